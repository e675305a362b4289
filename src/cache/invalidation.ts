import crypto from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { addChangeHooks } from '../plugins/addChangeHooks'
import { apiCache, type ResponseCache } from './responseCache'

/** Collections anonymous readers never see: their changes cannot affect a cached response. */
const INVISIBLE = new Set(['users', 'api-keys', 'audit-log'])

/** Transactions that changed content, to invalidate again once they are committed. */
const pendingCommits = new Set<string | number>()

async function invalidateFor(req: PayloadRequest): Promise<void> {
  // Now, and again after the commit: a read that started in between cannot store the old data.
  apiCache().invalidate()
  const transactionID = await req.transactionID
  if (transactionID !== undefined && transactionID !== null) pendingCommits.add(transactionID as string | number)
}

const afterChange: CollectionAfterChangeHook = async ({ doc, req }) => {
  await invalidateFor(req)
  return doc
}
const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
  await invalidateFor(req)
  return doc
}
const afterGlobalChange: GlobalAfterChangeHook = async ({ doc, req }) => {
  await invalidateFor(req)
  return doc
}

/** Every change to content the public can read invalidates the API response cache. */
export const cacheInvalidationPlugin = (config: Config): Config =>
  addChangeHooks(config, {
    collections: (slug) => !INVISIBLE.has(slug),
    afterChange,
    afterDelete,
    afterGlobalChange,
  })

/** Invalidates once more when a transaction that changed content commits. Called from onInit. */
export function invalidateOnCommit(payload: Payload): void {
  const commit = payload.db.commitTransaction.bind(payload.db)
  payload.db.commitTransaction = async (id) => {
    await commit(id)
    const resolved = await id
    if (pendingCommits.delete(resolved as string | number)) apiCache().invalidate()
  }
}

/**
 * The next moment at which anonymous visibility changes by itself — an embargo ends
 * (announcements.publishedAt) or an item expires (announcements.expiresAt) — so that no cached
 * response outlives it.
 */
export async function refreshVisibilityBoundary(payload: Payload, cache: ResponseCache = apiCache()): Promise<void> {
  const generation = cache.generation
  const now = new Date().toISOString()
  const next = async (field: 'expiresAt' | 'publishedAt') => {
    const { docs } = await payload.find({
      collection: 'announcements',
      where: { [field]: { greater_than: now } },
      sort: field,
      limit: 1,
      depth: 0,
      pagination: false,
      select: { [field]: true },
    })
    const value = (docs[0] as unknown as Record<string, string | null | undefined> | undefined)?.[field]
    return value ? Date.parse(value) : Number.POSITIVE_INFINITY
  }
  const [published, expires] = await Promise.all([next('publishedAt'), next('expiresAt')])
  cache.setBoundary(Math.min(published, expires), generation)
}

type PubSubClient = {
  publish: (channel: string, message: string) => Promise<unknown>
  subscribe: (channel: string, listener: (message: string) => void) => Promise<unknown>
}

/** With Redis, an invalidation in one instance clears the cache of every instance. */
export async function shareInvalidations(
  publisher: PubSubClient,
  subscriber: PubSubClient,
  cache: ResponseCache = apiCache(),
) {
  const self = crypto.randomUUID()
  const channel = 'jinqiao:api-cache:invalidate'
  await subscriber.subscribe(channel, (message) => {
    if (message !== self) cache.invalidate({ fromPeer: true })
  })
  return cache.onInvalidate(() => void publisher.publish(channel, self).catch(() => undefined))
}
