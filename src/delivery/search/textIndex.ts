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

export type TextField = 'title' | 'text'
export type Hit = { id: number | string; score: number }

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

type SearchArgs = { parts: QueryPart[]; locale: string; field: TextField; collection?: string; limit: number }

/**
 * The best-ranked entries (search-index ids, best first) whose title or text, in one locale, holds every
 * part of the query; at most `limit`, of one collection when asked. Visibility is not applied here: the
 * caller reads the entries through Payload, with access control.
 */
export async function textSearch(payload: Payload, args: SearchArgs): Promise<Hit[]> {
  if (!args.parts.length) return []
  // Raw SQL bypasses the adapter, where an answer's reads are otherwise observed (cache/dependencies.ts).
  dependOn('search-index')
  if (payload.db.name === 'sqlite' || payload.db.name === 'postgres') return relationalSearch(payload, args)
  return mongoSearch(payload, args)
}

/**
 * SQLite and PostgreSQL: the entries' locale rows matching the query in their own text index, ranked
 * (bm25, lower is better, is turned around), of one collection (its column in the relations table).
 */
async function relationalSearch(
  payload: Payload,
  { parts, locale, field, collection, limit }: SearchArgs,
): Promise<Hit[]> {
  const sqlite = payload.db.name === 'sqlite'
  const sql = await sqlOf(payload.db.name)
  const scope = collection
    ? sql`and exists (select 1 from search_index_rels r where r.parent_id = l._parent_id and r.path = 'doc'
          and r.${sql.raw(`"${collection.replace(/-/g, '_')}_id"`)} is not null)`
    : sql``
  const fts = sql.raw(SEARCH_FTS)
  const vector = sql`to_tsvector('simple', coalesce(${sql.raw(`l."${field}_terms"`)}, ''))`
  const rows = await run(
    payload,
    sqlite
      ? sql`select l._parent_id as id, -bm25(${fts}) as score
            from ${fts} join ${sql.raw(LOCALES_TABLE)} l on l.id = ${fts}.rowid
            where ${fts} match ${`${field}_terms : (${fts5Query(parts)})`} and l._locale = ${locale} ${scope}
            order by score desc limit ${limit}`
      : sql`select l._parent_id as id, ts_rank(${vector}, q) as score
            from ${sql.raw(LOCALES_TABLE)} l, to_tsquery('simple', ${tsQuery(parts)}) q
            where ${vector} @@ q and l._locale = ${locale} ${scope}
            order by score desc limit ${limit}`,
  )
  return rows.map((row) => ({ id: row.id as number, score: Number(row.score) }))
}

async function mongoSearch(payload: Payload, { parts, locale, field, collection, limit }: SearchArgs): Promise<Hit[]> {
  const model = (payload.db as unknown as { collections: Record<string, { collection: MongoCollection }> }).collections[
    'search-index'
  ]
  if (!model) return []
  const path = `${field}Terms.${locale}`
  const phrases = parts.filter((part) => part.kind === 'phrase')
  const filter: Record<string, unknown> = collection ? { 'doc.relationTo': collection } : {}
  let docs: Record<string, unknown>[]
  if (phrases.length) {
    const search = phrases.map((part) => `"${part.terms.join(' ')}"`).join(' ')
    docs = await model.collection
      .find({ ...filter, $text: { $search: search } }, { projection: { score: { $meta: 'textScore' }, [path]: 1 } })
      .sort({ score: { $meta: 'textScore' } })
      .limit(limit * 5)
      .toArray()
  } else {
    const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    const and = parts.map((part) => ({ [path]: { $regex: `(^| )${escape(part.kind === 'prefix' ? part.term : '')}` } }))
    docs = await model.collection
      .find({ ...filter, $and: and }, { projection: { [path]: 1 } })
      .sort({ priority: -1 })
      .limit(limit * 5)
      .toArray()
  }
  const termsOf = (doc: Record<string, unknown>) =>
    (doc[`${field}Terms`] as Record<string, string> | undefined)?.[locale]
  // The text index spans both locales and both fields: keep the entries whose own terms match.
  return docs
    .filter((doc) => termsMatch(termsOf(doc), parts))
    .slice(0, limit)
    .map((doc) => ({ id: String(doc._id), score: Number(doc.score ?? 0) }))
}
