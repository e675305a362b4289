/**
 * Rebuild and readiness: whether the stored snapshots are complete for this build, writing them all
 * again when they are not (at start, or by `npm run read-model:rebuild`), and telling the read path
 * when it may use them.
 */
import type { CollectionSlug, Payload } from 'payload'

import { inTransaction, rewrite, rewriteLater } from './background'
import { READ_MODEL_COLLECTIONS, SNAPSHOTS, STATE_KEY } from './config'
import { readModelFingerprint } from './fingerprint'
import { refreshSnapshotsOf, removeSnapshots } from './rows'

/** How many documents a rebuild writes per transaction (and reads per query). */
const REBUILD_PAGE = 200
import { stateOf } from './state'

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
      // A page of documents per transaction, each page read with one query per locale.
      const all = docs.map((d) => d.id)
      for (let start = 0; start < all.length; start += REBUILD_PAGE) {
        const page = all.slice(start, start + REBUILD_PAGE)
        await inTransaction(payload, (req) => refreshSnapshotsOf(payload, source, page, req))
      }
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
    while (state.touched?.size) {
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
 * Gathers the statistics the planner needs for the snapshots, once per start, after any rebuild. SQLite:
 * to look a slug up by the slug index rather than by walking the newest-first index (measured: 0.1 ms
 * instead of 1.8 ms for the two statements). PostgreSQL's autovacuum keeps its own, but only some time
 * after a rebuild has rewritten the whole table.
 */
async function analyze(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return
  const db = payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
  }
  await db.execute({ drizzle: db.drizzle, raw: `ANALYZE "${SNAPSHOTS.replace(/-/g, '_')}"` })
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
        msg: 'Read model: could not gather the planner statistics (lookups by slug may be slower).',
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
