import type { Payload, PayloadRequest } from 'payload'

/** Per transaction: work to run once it has committed, by key (one run per key and transaction). */
const pending = new Map<unknown, Map<string, () => void>>()

/**
 * Runs `work` once the request's transaction has committed; never if it rolls back. Work given twice
 * under one key in one transaction runs once. Returns false, without running anything, when the request
 * has no transaction (MongoDB without a replica set): the caller does the work itself.
 */
export async function onCommit(req: Partial<PayloadRequest> | undefined, key: string, work: () => void) {
  const transactionID = await req?.transactionID
  if (transactionID === undefined || transactionID === null) return false
  const works = pending.get(transactionID) ?? new Map<string, () => void>()
  if (!works.has(key)) works.set(key, work)
  pending.set(transactionID, works)
  return true
}

/** Makes the adapter run onCommit's work after each commit and drop it on rollback. Called by wrapAdapter. */
export function runWorkAfterCommit(payload: Payload): void {
  const commit = payload.db.commitTransaction.bind(payload.db)
  payload.db.commitTransaction = async (id) => {
    await commit(id)
    const resolved = await id
    const works = pending.get(resolved)
    pending.delete(resolved)
    for (const work of works?.values() ?? []) work()
  }
  const rollback = payload.db.rollbackTransaction.bind(payload.db)
  payload.db.rollbackTransaction = async (id) => {
    pending.delete(await id)
    await rollback(id)
  }
}
