/**
 * The per-transaction write queue: one transaction's snapshot writes run one after the other. Payload
 * runs a bulk update's documents in parallel, and two of them may rewrite the same snapshot.
 */
import type { PayloadRequest } from 'payload'

/** The request whose transaction a read-model write runs in; none: outside any transaction. */
export type Req = Partial<PayloadRequest> | undefined

/** Per transaction id (writes outside a transaction share one queue): the last work queued. */
const queues = new Map<unknown, Promise<unknown>>()

/** Runs `work` after the work queued before it for the same transaction, whether that failed or not. */
export async function serially<T>(req: Req, work: () => Promise<T>): Promise<T> {
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
