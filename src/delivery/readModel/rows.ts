/**
 * Snapshot rows: what an anonymous reader gets for one document, one row per locale, and writing them —
 * a document's rows are replaced as a whole, in the transaction that changed it, under its lock and
 * after the earlier writes of the same transaction.
 */
import type { CollectionSlug, Payload } from 'payload'

import { READ_MODEL_COLLECTIONS, READ_MODEL_CONTEXT, type ReadModelContext, SNAPSHOTS, TIME_DEPENDENT } from './config'
import { readModelFingerprint } from './fingerprint'
import { lockSnapshots } from './locks'
import { collectRefs } from './references'
import { stateOf } from './state'
import { type Req, serially } from './writeQueue'

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

/** A top-level field of a document (of any collection) when it holds text. */
const text = (doc: object, name: string): string | null => {
  const value: unknown = Reflect.get(doc, name)
  return typeof value === 'string' ? value : null
}

/**
 * What an anonymous reader gets for one document, in each locale (REST's default depth), or no rows
 * when the public cannot see it (a draft, unpublished, deleted). Embargo and expiry are left to the
 * read (see READ_MODEL_CONTEXT): the snapshot of an item due tomorrow is written today.
 */
export async function snapshotRows(payload: Payload, source: string, id: string | number, req?: Req) {
  return (await snapshotRowsOf(payload, source, [id], req)).get(String(id)) ?? []
}

/** snapshotRows for many documents at once (a rebuild): the same reads, one per locale for all of them. */
export async function snapshotRowsOf(
  payload: Payload,
  source: string,
  ids: (string | number)[],
  req?: Req,
): Promise<Map<string, SnapshotRow[]>> {
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
  const rows = new Map<string, SnapshotRow[]>(ids.map((id) => [String(id), []]))
  for (const lang of locales) {
    const common = {
      collection: source as CollectionSlug,
      where: ids.length === 1 ? { id: { equals: ids[0] } } : { id: { in: ids } },
      ...(lang ? { locale: lang as 'zh' } : {}),
      draft: false,
      limit: ids.length,
      pagination: false,
    } as const
    // A request of its own (anonymous), in the caller's transaction: it sees the change being saved.
    const context: ReadModelContext = ids.length === 1 ? { id: ids[0]! } : { ids }
    const anonymous = { context: { [READ_MODEL_CONTEXT]: context }, transactionID: req?.transactionID }
    const { docs } = await payload.find({ ...common, overrideAccess: false, req: anonymous })
    // What they point at, from the stored ids: also the documents the public cannot see yet (shown as
    // null today, in full once published).
    const { docs: raw } = await payload.find({
      ...common,
      depth: 0,
      overrideAccess: true,
      req: { transactionID: req?.transactionID },
    })
    const stored = new Map(raw.map((doc) => [String(doc.id), doc]))
    const visible = new Set<string>()
    for (const doc of docs) {
      const docId = String(doc.id)
      visible.add(docId)
      const refs = new Set<string>()
      collectRefs(collection.config.flattenedFields, stored.get(docId), refs)
      rows.get(docId)?.push({
        key: `${source} ${docId} ${lang}`,
        source,
        docId,
        lang,
        slug: settings.filters.includes('slug') ? text(doc, 'slug') : null,
        category: settings.filters.includes('category') ? text(doc, 'category') : null,
        publishedAt: text(doc, 'publishedAt'),
        expiresAt: text(doc, 'expiresAt'),
        createdAt: text(doc, 'createdAt'),
        refs: refs.size ? ` ${[...refs].join(' ')} ` : '',
        dynamic: [...refs].some((ref) => TIME_DEPENDENT.has(ref.slice(0, ref.indexOf(':')))),
        build,
        json: JSON.stringify(doc),
      })
    }
    // Not visible in one locale: no rows at all (as for one document).
    for (const [docId] of rows) if (!visible.has(docId)) rows.set(docId, [])
  }
  return rows
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

/** A change to one document's snapshots; `rebuilding`: by the rebuild itself (not noted as touched). */
type DocumentWork = (
  payload: Payload,
  source: string,
  id: string | number,
  req?: Req,
  options?: { rebuilding?: boolean },
) => Promise<void>

/** Writes (or removes) the snapshots of one document, in the caller's transaction if given. */
export const refreshSnapshots: DocumentWork = (payload, source, id, req, { rebuilding = false } = {}) =>
  forDocument(payload, source, id, req, rebuilding, async () => {
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

/** Removes the snapshots of a deleted document. */
export const removeSnapshots: DocumentWork = (payload, source, id, req, { rebuilding = false } = {}) =>
  forDocument(payload, source, id, req, rebuilding, async () => undefined)

/**
 * Writes the snapshots of many documents of one source at once (a rebuild's page), in `req`'s
 * transaction, under each document's lock: their old rows go, their new ones come, with one read per
 * locale for all of them.
 */
export async function refreshSnapshotsOf(payload: Payload, source: string, ids: (string | number)[], req: Req) {
  if (!ids.length) return
  await serially(req, async () => {
    for (const id of ids) await lockSnapshots(payload, `${source} ${id}`, req)
    const rows = await snapshotRowsOf(payload, source, ids, req)
    await payload.db.deleteMany({
      collection: SNAPSHOTS as CollectionSlug,
      where: { and: [{ source: { equals: source } }, { docId: { in: ids.map(String) } }] },
      req,
    })
    const now = new Date().toISOString()
    for (const { createdAt, ...row } of [...rows.values()].flat()) {
      await payload.db.create({
        collection: SNAPSHOTS as CollectionSlug,
        data: { ...row, createdAt: createdAt ?? now, updatedAt: now },
        req,
        returning: false,
      })
    }
  })
}
