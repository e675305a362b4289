import type { CollectionSlug, Payload, Where } from 'payload'

import { dependOn } from '../cache/dependencies'
import { SNAPSHOTS } from './config'

export type PageQuery = {
  source: string
  lang: string
  filters: { field: 'slug' | 'category'; value: string }[]
  /** Hide items before publishedAt and from expiresAt on, as of `now`. */
  current: boolean
  now: string
  /** ±publishedAt; ties go to the newest document first (Payload's own tie-breaker, -createdAt). */
  sort: 'publishedAt' | '-publishedAt'
  limit: number
  page: number
}

export type SnapshotPage = {
  docs: { json: string; dynamic: boolean | null; build: string | null }[]
  /** Payload's pagination envelope, keys in Payload's order, `docs` first. */
  envelope: Record<string, unknown>
}

type SqlTag = (strings: TemplateStringsArray, ...values: unknown[]) => unknown
type Columns = Record<'source' | 'lang' | 'slug' | 'category' | 'publishedAt' | 'expiresAt' | 'createdAt', unknown> &
  Record<'json' | 'dynamic' | 'build', unknown>
type SelectBuilder = {
  from: (table: unknown) => {
    where: (condition: unknown) => {
      orderBy: (...order: unknown[]) => { limit: (n: number) => { offset: (n: number) => Promise<unknown[]> } }
    } & Promise<unknown[]>
  }
}
type DrizzleAdapter = {
  name: string
  tables: Record<string, Columns>
  drizzle: { select: (fields: Record<string, unknown>) => SelectBuilder }
}

/**
 * Payload's pagination envelope for a query without joins, as @payloadcms/drizzle's findMany builds it
 * (a count of 0 gives one empty page, whatever page was asked for).
 */
function envelope(totalDocs: number, count: number, limit: number, page: number): Record<string, unknown> {
  const totalPages = totalDocs ? Math.ceil(totalDocs / limit) : 1
  const hasPrevPage = totalDocs ? page > 1 : false
  const hasNextPage = totalDocs ? totalPages > page : false
  return {
    docs: undefined,
    hasNextPage,
    hasPrevPage,
    limit,
    nextPage: hasNextPage ? page + 1 : null,
    page,
    pagingCounter: totalDocs ? (page - 1) * limit + 1 : 1,
    prevPage: hasPrevPage ? page - 1 : null,
    totalDocs: totalDocs || count,
    totalPages,
  }
}

/**
 * One page of snapshots and its count. On SQLite and PostgreSQL, two statements written here with the
 * adapter's own drizzle instance (building them through Payload's query layer cost more than running
 * them); on MongoDB, Payload's adapter query.
 */
export async function snapshotPage(payload: Payload, query: PageQuery): Promise<SnapshotPage> {
  // The SQL below bypasses the adapter, where reads are otherwise observed: a snapshot shows its source
  // collection, and is rewritten (a write of SNAPSHOTS) when a document it shows changes.
  dependOn(SNAPSHOTS, query.source)
  if (payload.db.name === 'sqlite' || payload.db.name === 'postgres') return sqlPage(payload, query)
  const and: Where[] = [{ source: { equals: query.source } }, { lang: { equals: query.lang } }]
  for (const { field, value } of query.filters) and.push({ [field]: { equals: value } })
  if (query.current) {
    and.push({ or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: query.now } }] })
    and.push({ or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: query.now } }] })
  }
  const { docs, ...rest } = await payload.db.find<{ json: string; dynamic: boolean | null; build: string | null }>({
    collection: SNAPSHOTS as CollectionSlug,
    where: { and },
    sort: query.sort,
    limit: query.limit,
    page: query.page,
    pagination: true,
    select: { json: true, dynamic: true, build: true },
  })
  return { docs, envelope: { docs: undefined, ...rest } }
}

async function sqlPage(payload: Payload, query: PageQuery): Promise<SnapshotPage> {
  const adapter = payload.db as unknown as DrizzleAdapter
  const { sql } = (await (adapter.name === 'sqlite'
    ? import('@payloadcms/db-sqlite')
    : import('@payloadcms/db-postgres'))) as unknown as {
    sql: SqlTag & { join: (parts: unknown[], separator: unknown) => unknown }
  }
  const t = adapter.tables[SNAPSHOTS.replace(/-/g, '_')]!
  const conditions = [sql`${t.source} = ${query.source}`, sql`${t.lang} = ${query.lang}`]
  for (const { field, value } of query.filters) conditions.push(sql`${t[field]} = ${value}`)
  if (query.current) {
    conditions.push(sql`(${t.publishedAt} is null or ${t.publishedAt} <= ${query.now})`)
    conditions.push(sql`(${t.expiresAt} is null or ${t.expiresAt} > ${query.now})`)
  }
  const where = sql.join(conditions, sql` and `)
  const direction = query.sort === 'publishedAt' ? sql`asc` : sql`desc`
  const [rows, counted] = await Promise.all([
    adapter.drizzle
      .select({ json: t.json, dynamic: t.dynamic, build: t.build })
      .from(t)
      .where(where)
      .orderBy(sql`${t.publishedAt} ${direction}`, sql`${t.createdAt} desc`)
      .limit(query.limit)
      .offset((query.page - 1) * query.limit),
    adapter.drizzle
      .select({ count: sql`count(*)` })
      .from(t)
      .where(where),
  ])
  const docs = rows as SnapshotPage['docs']
  const count = Number((counted as { count: unknown }[])[0]?.count ?? 0)
  return { docs, envelope: envelope(count, docs.length, query.limit, query.page) }
}
