import type { Payload } from 'payload'

import { dependOn } from '../cache/dependencies'
import { fts5Query, indexTerms, type QueryPart, termsMatch, tsQuery } from './terms'

/**
 * The search index's text index, one per adapter, over the terms syncSearchFields stores (terms.ts):
 *
 * - SQLite: an FTS5 table over `search_index_locales` (external content: the terms are stored once),
 *   kept current by triggers, ranked by bm25. Named `libsql_…` because Drizzle's schema push leaves
 *   tables of that prefix alone: any other name would be dropped on the next development start.
 * - PostgreSQL: GIN indexes on to_tsvector('simple', terms), declared in the schema
 *   (searchTermsIndexesPostgres, and so in the migrations), ranked by ts_rank.
 * - MongoDB: a text index over both locales' terms, ranked by its score; a query of prefixes only (one
 *   Chinese character, a word being typed) is a regular expression over the terms, which no text index
 *   serves.
 */
export const SEARCH_FTS = 'libsql_search_terms'
const LOCALES_TABLE = 'search_index_locales'

/** Where a query matched: in the title, or only in the summary and body. */
export type HitKind = 'title' | 'textOnly'
export type Hit = { id: number | string; score: number }

/**
 * A search: every part of the query (terms.ts) in one locale, of one collection when asked, and — for
 * readers who may not see every entry — only entries published by `visibleAt` and not expired at it (the
 * search index's read access, applied here so that counts and pages are exact; the page is then read
 * through Payload with access control all the same).
 */
export type SearchQuery = { parts: QueryPart[]; locale: string; collection?: string; visibleAt?: string }

type Sql = ((strings: TemplateStringsArray, ...values: unknown[]) => unknown) & {
  raw: (text: string) => unknown
  identifier?: (name: string) => unknown
}
type Executes = {
  name: string
  drizzle: unknown
  execute: (args: { drizzle: unknown; sql: unknown }) => Promise<{ rows: Record<string, unknown>[] }>
}

const sqlOf = async (name: string): Promise<Sql> =>
  (
    (await (name === 'sqlite' ? import('@payloadcms/db-sqlite') : import('@payloadcms/db-postgres'))) as unknown as {
      sql: Sql
    }
  ).sql

async function run(payload: Payload, statement: unknown): Promise<Record<string, unknown>[]> {
  const db = payload.db as unknown as Executes
  const result = await db.execute({ drizzle: db.drizzle, sql: statement })
  return result.rows ?? []
}

/** Creates SQLite's FTS table and its triggers where they are missing, and then fills it from the stored terms. */
async function ensureSqlite(payload: Payload): Promise<void> {
  const sql = await sqlOf('sqlite')
  const names = [SEARCH_FTS, `${SEARCH_FTS}_insert`, `${SEARCH_FTS}_delete`, `${SEARCH_FTS}_update`]
  const existing = await run(
    payload,
    sql`select name from sqlite_master where name in (${sql.raw(names.map((n) => `'${n}'`).join(', '))})`,
  )
  if (existing.length === names.length) return
  const columns = 'title_terms, text_terms'
  const statements = [
    `create virtual table if not exists ${SEARCH_FTS} using fts5(${columns}, content='${LOCALES_TABLE}', content_rowid='id', tokenize='unicode61 remove_diacritics 0')`,
    `create trigger if not exists ${SEARCH_FTS}_insert after insert on ${LOCALES_TABLE} begin
       insert into ${SEARCH_FTS}(rowid, ${columns}) values (new.id, new.title_terms, new.text_terms); end`,
    `create trigger if not exists ${SEARCH_FTS}_delete after delete on ${LOCALES_TABLE} begin
       insert into ${SEARCH_FTS}(${SEARCH_FTS}, rowid, ${columns}) values ('delete', old.id, old.title_terms, old.text_terms); end`,
    `create trigger if not exists ${SEARCH_FTS}_update after update on ${LOCALES_TABLE} begin
       insert into ${SEARCH_FTS}(${SEARCH_FTS}, rowid, ${columns}) values ('delete', old.id, old.title_terms, old.text_terms);
       insert into ${SEARCH_FTS}(rowid, ${columns}) values (new.id, new.title_terms, new.text_terms); end`,
    // Whatever was written while a trigger was missing (a schema push recreates the table without them).
    `insert into ${SEARCH_FTS}(${SEARCH_FTS}) values ('rebuild')`,
  ]
  for (const statement of statements) await run(payload, sql.raw(statement))
}

/** MongoDB's text index over the terms of both locales, titles weighing more. */
async function ensureMongo(payload: Payload): Promise<void> {
  const model = (payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> }).collections[
    'search-index'
  ]
  if (!model) return
  const locales = payload.config.localization ? payload.config.localization.localeCodes : []
  const keys: Record<string, 'text'> = {}
  const weights: Record<string, number> = {}
  for (const locale of locales) {
    keys[`titleTerms.${locale}`] = 'text'
    keys[`textTerms.${locale}`] = 'text'
    weights[`titleTerms.${locale}`] = 10
    weights[`textTerms.${locale}`] = 1
  }
  await model.collection.createIndex(keys, { name: 'search_terms_text', default_language: 'none', weights })
}

type MongoCollection = {
  createIndex: (keys: Record<string, unknown>, options: Record<string, unknown>) => Promise<unknown>
  find: (
    filter: Record<string, unknown>,
    options?: Record<string, unknown>,
  ) => {
    sort: (s: Record<string, unknown>) => {
      limit: (n: number) => { toArray: () => Promise<Record<string, unknown>[]> }
    }
  }
}

/**
 * Makes sure the text index exists (called at start-up): creates what is missing, then gives every
 * entry stored before terms existed its terms, in the background.
 */
export async function ensureTextIndex(payload: Payload): Promise<void> {
  if (payload.db.name === 'sqlite') await ensureSqlite(payload)
  else if (payload.db.name === 'mongoose') await ensureMongo(payload)
  void fillMissingTerms(payload).catch((error: unknown) =>
    payload.logger.error({ err: error }, 'Could not give older search entries their terms; search may miss them.'),
  )
}

/** Entries from before the terms existed (an upgraded database) get them, a page at a time. */
export async function fillMissingTerms(payload: Payload): Promise<number> {
  const locales = (payload.config.localization ? payload.config.localization.localeCodes : ['zh']) as ('zh' | 'en')[]
  let filled = 0
  for (const locale of locales) {
    for (;;) {
      const { docs } = await payload.find({
        collection: 'search-index',
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: 200,
        pagination: false,
        where: { and: [{ titleTerms: { exists: false } }, { title: { exists: true } }] },
        select: { title: true, text: true },
      })
      if (!docs.length) break
      for (const doc of docs) {
        await payload.update({
          collection: 'search-index',
          id: doc.id,
          locale,
          depth: 0,
          data: { titleTerms: indexTerms(doc.title), textTerms: indexTerms(doc.text) },
        })
      }
      filled += docs.length
    }
  }
  if (filled) payload.logger.info(`Search: gave ${filled} older entries their terms.`)
  return filled
}

export type PageHit = Hit & { matched: 'title' | 'text' }

const matched = (kind: HitKind): PageHit['matched'] => (kind === 'title' ? 'title' : 'text')

/** One kind of hit, ranked, `count` of them from `from` on (SQLite and PostgreSQL). */
async function relationalHits(payload: Payload, query: SearchQuery, kind: HitKind, from: number, count: number) {
  const { sql, from: source, score } = await relationalMatch(payload, query, kind)
  const rows = await run(
    payload,
    sql`select l._parent_id as id, ${score} as score ${source}
        order by score desc, s.priority desc, l._parent_id limit ${count} offset ${from}`,
  )
  return rows.map((row): PageHit => ({ id: row.id as number, score: Number(row.score), matched: matched(kind) }))
}

/**
 * One page of a search: the entries matching in their title first, then those matching only in their
 * text, each by relevance and then priority (search-index ids), and how many match in all.
 */
export async function searchPage(
  payload: Payload,
  query: SearchQuery,
  { offset, limit }: { offset: number; limit: number },
): Promise<{ totalDocs: number; hits: PageHit[] }> {
  if (!query.parts.length) return { totalDocs: 0, hits: [] }
  // Raw SQL bypasses the adapter, where an answer's reads are otherwise observed (cache/dependencies.ts).
  dependOn('search-index')
  if (payload.db.name === 'mongoose') {
    const found = await mongoMatches(payload, query)
    const all = (['title', 'textOnly'] as const).flatMap((kind) =>
      found[kind].map((hit) => ({ ...hit, matched: matched(kind) })),
    )
    return { totalDocs: all.length, hits: all.slice(offset, offset + limit) }
  }
  const [titleCount, textOnlyCount] = await Promise.all(
    (['title', 'textOnly'] as const).map(async (kind) => {
      const { sql, from } = await relationalMatch(payload, query, kind)
      return Number((await run(payload, sql`select count(*) as n ${from}`))[0]?.n ?? 0)
    }),
  )
  const hits: PageHit[] = []
  if (offset < titleCount!) hits.push(...(await relationalHits(payload, query, 'title', offset, limit)))
  if (hits.length < limit) {
    const from = Math.max(0, offset - titleCount!)
    hits.push(...(await relationalHits(payload, query, 'textOnly', from, limit - hits.length)))
  }
  return { totalDocs: titleCount! + textOnlyCount!, hits }
}

/**
 * SQLite and PostgreSQL: the FROM and WHERE of one kind of match — an entry's locale row matching in its
 * own text index, visible at `visibleAt`, of one collection (its column in the relations table) — and its
 * relevance (bm25, where lower is better, turned around; ts_rank).
 */
async function relationalMatch(payload: Payload, { parts, locale, collection, visibleAt }: SearchQuery, kind: HitKind) {
  const sql = await sqlOf(payload.db.name)
  const scope = collection
    ? sql`and exists (select 1 from search_index_rels r where r.parent_id = l._parent_id and r.path = 'doc'
          and r.${sql.raw(`"${collection.replace(/-/g, '_')}_id"`)} is not null)`
    : sql``
  const visible = visibleAt
    ? sql`and (s.published_at is null or s.published_at <= ${visibleAt})
          and (s.expires_at is null or s.expires_at > ${visibleAt})`
    : sql``
  const entries = sql`join search_index s on s.id = l._parent_id`
  if (payload.db.name === 'sqlite') {
    const fts = sql.raw(SEARCH_FTS)
    const expression = fts5Query(parts)
    const match =
      kind === 'title'
        ? `title_terms : (${expression})`
        : `text_terms : (${expression}) NOT title_terms : (${expression})`
    return {
      sql,
      score: sql`-bm25(${fts})`,
      // CROSS JOIN keeps this order: the text index first. Left to itself, SQLite's planner walked every
      // locale row and asked the index about each (130 ms instead of 0.3 ms at 2,000 announcements).
      from: sql`from ${fts} cross join ${sql.raw(LOCALES_TABLE)} l on l.id = ${fts}.rowid cross ${entries}
                where ${fts} match ${match} and l._locale = ${locale} ${visible} ${scope}`,
    }
  }
  const vector = (field: string) => sql`to_tsvector('simple', coalesce(${sql.raw(`l."${field}_terms"`)}, ''))`
  const query = sql`to_tsquery('simple', ${tsQuery(parts)})`
  const matches =
    kind === 'title'
      ? sql`${vector('title')} @@ ${query}`
      : sql`${vector('text')} @@ ${query} and not ${vector('title')} @@ ${query}`
  return {
    sql,
    score: sql`ts_rank(${vector(kind === 'title' ? 'title' : 'text')}, ${query})`,
    from: sql`from ${sql.raw(LOCALES_TABLE)} l ${entries}
              where ${matches} and l._locale = ${locale} ${visible} ${scope}`,
  }
}

/** The most entries MongoDB's search considers per query (its text index ranks them; the rest is done here). */
const MONGO_CANDIDATES = 1_000

/**
 * MongoDB: candidates from the text index (phrases) or a regular expression (prefixes only), visible at
 * `visibleAt`, then split by where their own locale's terms match, best first.
 */
async function mongoMatches(
  payload: Payload,
  { parts, locale, collection, visibleAt }: SearchQuery,
): Promise<Record<HitKind, Hit[]>> {
  const model = (payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> }).collections[
    'search-index'
  ]
  if (!model) return { title: [], textOnly: [] }
  const filter: Record<string, unknown>[] = collection ? [{ 'doc.relationTo': collection }] : []
  if (visibleAt) {
    const at = new Date(visibleAt)
    filter.push({ $or: [{ publishedAt: null }, { publishedAt: { $lte: at } }] })
    filter.push({ $or: [{ expiresAt: null }, { expiresAt: { $gt: at } }] })
  }
  const projection = { [`titleTerms.${locale}`]: 1, [`textTerms.${locale}`]: 1, priority: 1 }
  const phrases = parts.filter((part) => part.kind === 'phrase')
  let docs: Record<string, unknown>[]
  if (phrases.length) {
    const search = phrases.map((part) => `"${part.terms.join(' ')}"`).join(' ')
    docs = await model.collection
      .find(
        { $and: [...filter, { $text: { $search: search } }] },
        { projection: { ...projection, score: { $meta: 'textScore' } } },
      )
      .sort({ score: { $meta: 'textScore' } })
      .limit(MONGO_CANDIDATES)
      .toArray()
  } else {
    const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const starts = (part: QueryPart) => `(^| )${escape(part.kind === 'prefix' ? part.term : '')}`
    const either = parts.map((part) => ({
      $or: [
        { [`titleTerms.${locale}`]: { $regex: starts(part) } },
        { [`textTerms.${locale}`]: { $regex: starts(part) } },
      ],
    }))
    docs = await model.collection
      .find({ $and: [...filter, ...either] }, { projection })
      .sort({ priority: -1 })
      .limit(MONGO_CANDIDATES)
      .toArray()
  }
  const terms = (doc: Record<string, unknown>, field: 'titleTerms' | 'textTerms') =>
    (doc[field] as Record<string, string> | undefined)?.[locale]
  const result: Record<HitKind, (Hit & { priority: number })[]> = { title: [], textOnly: [] }
  // The text index spans both locales and both fields: each entry goes by its own locale's terms.
  for (const doc of docs) {
    const hit = { id: String(doc._id), score: Number(doc.score ?? 0), priority: Number(doc.priority ?? 0) }
    if (termsMatch(terms(doc, 'titleTerms'), parts)) result.title.push(hit)
    else if (termsMatch(terms(doc, 'textTerms'), parts)) result.textOnly.push(hit)
  }
  for (const list of Object.values(result)) list.sort((a, b) => b.score - a.score || b.priority - a.priority)
  return result
}
