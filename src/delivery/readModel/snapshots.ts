import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug, FlattenedField, Payload, PayloadRequest, SanitizedConfig } from 'payload'

import { projectRoot } from '../../env'
import { onCommit } from '../../database/afterCommit'
import {
  READ_MODEL_COLLECTIONS,
  READ_MODEL_CONTEXT,
  type ReadModelContext,
  SNAPSHOTS,
  STATE_KEY,
  TIME_DEPENDENT,
} from './config'

type Req = Partial<PayloadRequest> | undefined
type Doc = Record<string, unknown>

/** A snapshot row (see PublishedSnapshots). */
export type SnapshotRow = {
  key: string
  source: string
  docId: string
  lang: string
  slug: string | null
  category: string | null
  publishedAt: string | null
  expiresAt: string | null
  createdAt: string | null
  refs: string
  dynamic: boolean
  build: string
  json: string
}

const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Every `{ relationTo, value }` pair inside a value: polymorphic relations, rich-text uploads, links. */
function collectTagged(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTagged(item, refs)
    return
  }
  if (!value || typeof value !== 'object') return
  const node = value as Doc
  if (typeof node.relationTo === 'string' && node.value !== undefined && node.value !== null) {
    refs.add(`${node.relationTo}:${idOf(node.value)}`)
  }
  for (const child of Object.values(node)) if (child && typeof child === 'object') collectTagged(child, refs)
}

/** The documents a document's JSON shows (populated or as ids): "collection:id". */
function collectRefs(fields: FlattenedField[], data: unknown, refs: Set<string>): void {
  if (!data || typeof data !== 'object') return
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = (data as Doc)[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (Array.isArray(field.relationTo)) collectTagged(value, refs)
        else for (const item of Array.isArray(value) ? value : [value]) refs.add(`${field.relationTo}:${idOf(item)}`)
        break
      case 'group':
      case 'tab':
        collectRefs(field.flattenedFields, value, refs)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) collectRefs(field.flattenedFields, row, refs)
        break
      case 'blocks':
      case 'richText':
      case 'json':
        collectTagged(value, refs)
        break
      default:
    }
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

/**
 * What an anonymous reader gets for one document, in each locale (REST's default depth), or no rows
 * when the public cannot see it (a draft, unpublished, deleted). Embargo and expiry are left to the
 * read (see READ_MODEL_CONTEXT): the snapshot of an item due tomorrow is written today.
 */
export async function snapshotRows(payload: Payload, source: string, id: string | number, req?: Req) {
  const settings = READ_MODEL_COLLECTIONS[source]
  const collection = payload.collections[source as CollectionSlug]
  if (!settings || !collection) throw new Error(`${source} is not a read-model collection.`)
  const locales = payload.config.localization ? payload.config.localization.localeCodes : ['']
  // Without a build stamp (no sources to hash) the rows are written but never served: a save still works.
  let build = 'unknown'
  try {
    build = readModelFingerprint(payload.config)
  } catch {
    // readModelReady() reports the cause once, when it fails for the same reason.
  }
  const rows: SnapshotRow[] = []
  for (const lang of locales) {
    const common = {
      collection: source as CollectionSlug,
      where: { id: { equals: id } },
      ...(lang ? { locale: lang as 'zh' } : {}),
      draft: false,
      limit: 1,
      pagination: false,
    } as const
    // A request of its own (anonymous), in the caller's transaction: it sees the change being saved.
    const context: ReadModelContext = { id }
    const anonymous = { context: { [READ_MODEL_CONTEXT]: context }, transactionID: req?.transactionID }
    const { docs } = await payload.find({
      ...common,
      overrideAccess: false,
      req: anonymous as Partial<PayloadRequest>,
    })
    const doc = docs[0] as unknown as Doc | undefined
    if (!doc) return []
    // What it points at, from the stored ids: also the documents the public cannot see yet (shown as
    // null today, in full once published).
    const { docs: raw } = await payload.find({
      ...common,
      depth: 0,
      overrideAccess: true,
      req: { transactionID: req?.transactionID } as Partial<PayloadRequest>,
    })
    const refs = new Set<string>()
    collectRefs(collection.config.flattenedFields, raw[0], refs)
    rows.push({
      key: `${source} ${id} ${lang}`,
      source,
      docId: String(id),
      lang,
      slug: settings.filters.includes('slug') ? text(doc.slug) : null,
      category: settings.filters.includes('category') ? text(doc.category) : null,
      publishedAt: text(doc.publishedAt),
      expiresAt: text(doc.expiresAt),
      createdAt: text(doc.createdAt),
      refs: refs.size ? ` ${[...refs].join(' ')} ` : '',
      dynamic: [...refs].some((ref) => TIME_DEPENDENT.has(ref.slice(0, ref.indexOf(':')))),
      build,
      json: JSON.stringify(doc),
    })
  }
  return rows
}

type ReadModelState = {
  ready: boolean
  /** Documents changed in this process while a rebuild runs: written again after it. */
  touched?: Set<string>
  preparing?: Promise<boolean>
}
const states = new WeakMap<Payload, ReadModelState>()
const stateOf = (payload: Payload): ReadModelState => {
  let state = states.get(payload)
  if (!state) states.set(payload, (state = { ready: false }))
  return state
}

/**
 * One transaction's snapshot writes, one after the other: Payload runs a bulk update's documents in
 * parallel, and two of them may rewrite the same snapshot.
 */
const queues = new Map<unknown, Promise<unknown>>()
async function serially<T>(req: Req, work: () => Promise<T>): Promise<T> {
  const key = (await req?.transactionID) ?? queues
  const previous = queues.get(key) ?? Promise.resolve()
  const next = previous.catch(() => undefined).then(work)
  queues.set(key, next)
  void next
    .catch(() => undefined)
    .finally(() => {
      if (queues.get(key) === next) queues.delete(key)
    })
  return next
}

/**
 * PostgreSQL: holds a lock on one document's snapshots until the transaction ends, so that two
 * transactions rewriting them (a park edit and an unpublish) do it one after the other, the second
 * reading what the first committed. (SQLite has one writer at a time; MongoDB without a replica set
 * has no transactions.)
 */
async function lockSnapshots(payload: Payload, key: string, req: Req): Promise<void> {
  if (payload.db.name !== 'postgres' || !req?.transactionID) return
  const session = (
    payload.db as unknown as { sessions?: Record<string, { db?: { execute: (q: unknown) => Promise<unknown> } }> }
  ).sessions?.[String(await req.transactionID)]
  if (!session?.db) return
  const { sql } = await import('@payloadcms/db-postgres')
  await session.db.execute(sql`select pg_advisory_xact_lock(hashtext(${`read-model ${key}`}))`)
}

/**
 * Work on one document's snapshots: noted for a rebuild running in this process, after the earlier work
 * of the same transaction, under the document's lock; its old rows are gone when `write` runs.
 */
function forDocument(
  payload: Payload,
  source: string,
  id: string | number,
  req: Req,
  rebuilding: boolean,
  write: () => Promise<void>,
): Promise<void> {
  if (!rebuilding) stateOf(payload).touched?.add(`${source} ${id}`)
  return serially(req, async () => {
    await lockSnapshots(payload, `${source} ${id}`, req)
    await payload.db.deleteMany({
      collection: SNAPSHOTS as CollectionSlug,
      where: { and: [{ source: { equals: source } }, { docId: { equals: String(id) } }] },
      req,
    })
    await write()
  })
}

/** Writes (or removes) the snapshots of one document, in the caller's transaction if given. */
export function refreshSnapshots(
  payload: Payload,
  source: string,
  id: string | number,
  req?: Req,
  { rebuilding = false } = {},
): Promise<void> {
  return forDocument(payload, source, id, req, rebuilding, async () => {
    const rows = await snapshotRows(payload, source, id, req)
    const now = new Date().toISOString()
    for (const { createdAt, ...row } of rows) {
      await payload.db.create({
        collection: SNAPSHOTS as CollectionSlug,
        // The document's own createdAt: Payload's tie-breaker after publishedAt, by the same index.
        data: { ...row, createdAt: createdAt ?? now, updatedAt: now },
        req,
        returning: false,
      })
    }
  })
}

/** Per Payload: the rewrites running in the background, one after another, and the documents queued. */
const rewrites = new WeakMap<Payload, { chain: Promise<void>; queued: Set<string> }>()

/** Rewrites one document's snapshots ("source id") in a transaction of its own. */
const rewrite = (payload: Payload, key: string, options?: { rebuilding: boolean }) => {
  const [source, id] = key.split(' ') as [string, string]
  return inTransaction(payload, (req) => refreshSnapshots(payload, source, id, req, options))
}

/**
 * Rewrites the snapshots of these documents ("source id") in the background, each in a transaction of
 * its own; a document already queued (and not started) is not queued twice.
 */
function rewriteLater(payload: Payload, keys: Iterable<string>): void {
  const background = rewrites.get(payload) ?? { chain: Promise.resolve(), queued: new Set<string>() }
  const list = [...keys].filter((key) => !background.queued.has(key))
  for (const key of list) background.queued.add(key)
  background.chain = background.chain.then(async () => {
    for (const key of list) {
      background.queued.delete(key)
      try {
        await rewrite(payload, key)
      } catch (error) {
        // The rows stay marked dynamic: Payload answers for them until their next change or rebuild.
        payload.logger.warn({ err: error, msg: `Read model: could not rewrite the snapshots of ${key}.` })
      }
    }
  })
  rewrites.set(payload, background)
}

/** Resolves once the background rewrites asked for so far are done. */
export const readModelSettled = async (payload: Payload): Promise<void> => {
  let current: Promise<void> | undefined
  while (current !== rewrites.get(payload)?.chain) await (current = rewrites.get(payload)?.chain)
}

/**
 * A document others show (a park, an image) changed: in this transaction, the snapshots that show it are
 * marked dynamic — from its commit on, Payload answers for them — and once it has committed they are
 * rewritten in the background. A park shown by a thousand announcements is saved in one statement more,
 * not in a thousand rewrites.
 */
export async function markReferencing(payload: Payload, collection: string, id: string | number, req?: Req) {
  const where = { refs: { contains: ` ${collection}:${id} ` } }
  const { docs } = await payload.db.find<{ source: string; docId: string }>({
    collection: SNAPSHOTS as CollectionSlug,
    where,
    limit: 0,
    pagination: false,
    select: { source: true, docId: true },
    req,
  })
  if (!docs.length) return
  const keys = [...new Set(docs.map((d) => `${d.source} ${d.docId}`))].sort()
  // PostgreSQL: after a rewrite of one of them still running (it holds the lock), so that its new rows
  // are marked too.
  for (const key of keys) await lockSnapshots(payload, key, req)
  await payload.db.updateMany!({ collection: SNAPSHOTS as CollectionSlug, where, data: { dynamic: true }, req })
  for (const key of keys) {
    if (!(await onCommit(req, `read-model ${key}`, () => rewriteLater(payload, [key])))) rewriteLater(payload, [key])
  }
}

/** Removes the snapshots of a deleted document. */
export function removeSnapshots(
  payload: Payload,
  source: string,
  id: string | number,
  req?: Req,
  { rebuilding = false } = {},
): Promise<void> {
  return forDocument(payload, source, id, req, rebuilding, async () => undefined)
}

/** Versions of the packages that shape a document's JSON. */
function packageVersions(): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const name of ['payload', '@payloadcms/richtext-lexical', '@payloadcms/drizzle', '@payloadcms/db-mongodb']) {
    try {
      const file = path.join(projectRoot(), 'node_modules', name, 'package.json')
      versions[name] = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    } catch {
      versions[name] = 'unknown'
    }
  }
  return versions
}

/**
 * Every source file under src/, by path (relative, so that two checkouts of one release agree) and
 * content, in one hash. Without the sources there is no telling which build wrote a snapshot: an error.
 */
function sourceHash(): string {
  const root = path.join(projectRoot(), 'src')
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).map((e) => e.name)
    for (const name of entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = path.join(dir, name)
      if (fs.statSync(file).isDirectory()) walk(file)
      else if (/\.(ts|tsx|js|mjs|json)$/.test(name)) {
        hash.update(`${path.relative(root, file).split(path.sep).join('/')}\0`).update(fs.readFileSync(file))
      }
    }
  }
  walk(root)
  return hash.digest('hex')
}

/**
 * What the snapshots depend on besides the data: this project's code (every file under src/), the
 * versions of the packages that shape a document's JSON, and the settings that show in it (the public
 * address in media URLs, the media storage). The same for every process of one deploy — the API and
 * the admin panel's bundle alike, which is why it is not taken from the config's functions — and
 * different after a change of code, which makes the stored snapshots stale.
 */
const fingerprints = new WeakMap<SanitizedConfig, string>()
export function readModelFingerprint(config: SanitizedConfig): string {
  const known = fingerprints.get(config)
  if (known) return known
  const json = JSON.stringify({
    // Raise it when the way snapshots are made changes in a way the sources would not show.
    format: 3,
    packages: packageVersions(),
    sources: sourceHash(),
    serverURL: config.serverURL,
    storage: ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_FORCE_PATH_STYLE'].map((name) => process.env[name] ?? ''),
  })
  const fingerprint = crypto.createHash('sha256').update(json).digest('hex').slice(0, 32)
  fingerprints.set(config, fingerprint)
  return fingerprint
}

async function inTransaction(payload: Payload, work: (req: Req) => Promise<void>): Promise<void> {
  const transactionID = payload.db.beginTransaction ? await payload.db.beginTransaction() : null
  const req = transactionID ? ({ transactionID } as Partial<PayloadRequest>) : undefined
  try {
    await work(req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** Writes every snapshot again, drops those of documents that are gone, and records the build. */
export async function rebuildReadModel(payload: Payload, log: (message: string) => void = () => undefined) {
  const state = stateOf(payload)
  // Not complete until the end: a pass that stops halfway leaves no state, and the next start rebuilds.
  await payload.db.deleteMany({ collection: SNAPSHOTS as CollectionSlug, where: { key: { equals: STATE_KEY } } })
  state.touched = new Set()
  try {
    for (const source of Object.keys(READ_MODEL_COLLECTIONS)) {
      const started = Date.now()
      const { docs } = await payload.db.find<{ id: string | number }>({
        collection: source as CollectionSlug,
        limit: 0,
        pagination: false,
        select: { id: true },
      })
      const ids = new Set(docs.map((d) => String(d.id)))
      for (const id of ids) await rewrite(payload, `${source} ${id}`, { rebuilding: true })
      const { docs: rows } = await payload.db.find<{ docId: string }>({
        collection: SNAPSHOTS as CollectionSlug,
        where: { source: { equals: source } },
        limit: 0,
        pagination: false,
        select: { docId: true },
      })
      for (const docId of new Set(rows.map((r) => r.docId))) {
        if (ids.has(docId)) continue
        // Created by another process since the list was read? Then it is kept (and was written there).
        const exists = await payload.db.findOne({
          collection: source as CollectionSlug,
          where: { id: { equals: docId } },
          select: { id: true },
        })
        if (!exists) await removeSnapshots(payload, source, docId, undefined, { rebuilding: true })
      }
      log(`Read model: ${ids.size} ${source} written in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    }
    // Changed while the pass ran: the pass may have written what it read before the change.
    while (state.touched.size) {
      const again = [...state.touched]
      state.touched.clear()
      for (const key of again) await rewrite(payload, key, { rebuilding: true })
    }
  } finally {
    state.touched = undefined
  }
  await payload.db.create({
    collection: SNAPSHOTS as CollectionSlug,
    data: { key: STATE_KEY, source: '', docId: '', lang: '', json: readModelFingerprint(payload.config) },
    returning: false,
  })
}

/**
 * SQLite: gathers the statistics its planner needs to look a slug up by the slug index rather than by
 * walking the newest-first index (measured: 0.1 ms instead of 1.8 ms for the two statements), once per
 * start, after any rebuild. PostgreSQL's autovacuum keeps its own.
 */
async function analyze(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const { sql } = await import('@payloadcms/db-sqlite')
  const db = (payload.db as unknown as { drizzle: { run: (query: unknown) => Promise<unknown> } }).drizzle
  await db.run(sql.raw(`ANALYZE "${SNAPSHOTS.replace(/-/g, '_')}"`))
}

/**
 * Whether the stored snapshots are complete for this build; if not, rebuilds them (reads go to Payload
 * meanwhile). Runs once per process; later calls wait for the first.
 */
export function prepareReadModel(payload: Payload, log: (message: string) => void = () => undefined) {
  const state = stateOf(payload)
  state.preparing ??= (async () => {
    const stored = await payload.db.findOne<{ id: string | number; json: string }>({
      collection: SNAPSHOTS as CollectionSlug,
      where: { key: { equals: STATE_KEY } },
    })
    if (stored?.json !== readModelFingerprint(payload.config)) {
      log(
        stored
          ? 'Read model: this build shows documents differently; rewriting the snapshots (reads go to Payload meanwhile) …'
          : 'Read model: writing the snapshots of published documents (reads go to Payload meanwhile) …',
      )
      await rebuildReadModel(payload, log)
    }
    // Rows marked for a rewrite that never came (the process stopped): rewritten now, in the background.
    const { docs: marked } = await payload.db.find<{ source: string; docId: string }>({
      collection: SNAPSHOTS as CollectionSlug,
      where: { dynamic: { equals: true } },
      limit: 0,
      pagination: false,
      select: { source: true, docId: true },
    })
    if (marked.length) rewriteLater(payload, new Set(marked.map((d) => `${d.source} ${d.docId}`)))
    // Statistics are an optimisation: without them the read model is slower, not wrong.
    await analyze(payload).catch((error: unknown) =>
      payload.logger.warn({
        err: error,
        msg: 'Read model: could not gather SQLite statistics (lookups by slug are slower).',
      }),
    )
    state.ready = true
    return true
  })().catch((error: unknown) => {
    payload.logger.error({
      err: error,
      msg: 'Read model: not available; public reads go to Payload. Trying again in a minute.',
    })
    setTimeout(() => (state.preparing = undefined), 60_000).unref()
    return false
  })
  return state.preparing
}

/** True once this process knows the snapshots are complete (starts finding out on the first call). */
export function readModelReady(payload: Payload): boolean {
  const state = stateOf(payload)
  if (!state.preparing) void prepareReadModel(payload)
  return state.ready
}
