/**
 * Background rewrites: the snapshots that show a changed document (a park, an image) are marked dynamic
 * in its transaction — Payload answers for them from its commit on — and rewritten after the commit,
 * one document at a time, each in a transaction of its own.
 */
import type { CollectionSlug, Payload } from 'payload'

import { onCommit } from '../../database/afterCommit'
import { SNAPSHOTS } from './config'
import { lockSnapshots } from './locks'
import { refreshSnapshots } from './rows'
import type { Req } from './writeQueue'

/** Runs `work` in a transaction of its own (when the adapter has transactions). */
export async function inTransaction(payload: Payload, work: (req: Req) => Promise<void>): Promise<void> {
  const transactionID = payload.db.beginTransaction ? await payload.db.beginTransaction() : null
  const req: Req = transactionID ? { transactionID } : undefined
  try {
    await work(req)
    if (transactionID) await payload.db.commitTransaction(transactionID)
  } catch (error) {
    if (transactionID) await payload.db.rollbackTransaction(transactionID)
    throw error
  }
}

/** Per Payload: the rewrites running in the background, one after another, and the documents queued. */
const rewrites = new WeakMap<Payload, { chain: Promise<void>; queued: Set<string> }>()

/** Rewrites one document's snapshots ("source id") in a transaction of its own. */
export const rewrite = (payload: Payload, key: string, options?: { rebuilding: boolean }) => {
  const [source, id] = key.split(' ') as [string, string]
  return inTransaction(payload, (req) => refreshSnapshots(payload, source, id, req, options))
}

/**
 * Rewrites the snapshots of these documents ("source id") in the background, each in a transaction of
 * its own; a document already queued (and not started) is not queued twice.
 */
export function rewriteLater(payload: Payload, keys: Iterable<string>): void {
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
