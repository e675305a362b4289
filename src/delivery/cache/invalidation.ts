import crypto from 'node:crypto'

import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Config,
  GlobalAfterChangeHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { INVISIBLE } from '../../workflow/access/trust'
import { onCommit } from '../../database/afterCommit'
import { addChangeHooks } from '../../content/plugins/addChangeHooks'
import { apiCache, type ResponseCache } from './responseCache'
import { cacheNames, redisStore } from './sharedStore'

async function invalidateFor(req: PayloadRequest): Promise<void> {
  // Now, and again after the commit: a read that started in between cannot store the old data.
  apiCache().invalidate()
  await onCommit(req, 'api-cache', () => apiCache().invalidate())
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

/**
 * Every change to content the public can read invalidates the API response cache. Collections the
 * public never reads (the trust declaration's INVISIBLE) do not: a flood of (public) inquiries must not
 * empty the cache.
 */
export const cacheInvalidationPlugin = (config: Config): Config =>
  addChangeHooks(config, {
    collections: (slug) => !INVISIBLE.has(slug),
    afterChange,
    afterDelete,
    afterGlobalChange,
  })

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
    const value: unknown = docs[0] ? Reflect.get(docs[0], field) : undefined
    return typeof value === 'string' && value ? Date.parse(value) : Number.POSITIVE_INFINITY
  }
  const [published, expires] = await Promise.all([next('publishedAt'), next('expiresAt')])
  cache.setBoundary(Math.min(published, expires), generation)
}

type PubSubClient = {
  publish: (channel: string, message: string) => Promise<unknown>
  subscribe: (channel: string, listener: (message: string) => void) => Promise<unknown>
}
type RedisCommands = PubSubClient & {
  get: (key: string) => Promise<string | null>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
  incr: (key: string) => Promise<number>
}

/**
 * With Redis, an invalidation in one instance clears the cache of every instance; and, given a client
 * for commands, responses are shared too: one instance's answer serves the others until the next
 * change. Each change moves everyone to a new namespace (`epoch`, a Redis counter), so no instance
 * reads an entry from before it; while the new epoch is being agreed, the shared level is not used.
 */
export async function shareInvalidations(
  publisher: PubSubClient | RedisCommands,
  subscriber: PubSubClient,
  cache: ResponseCache = apiCache(),
  names = cacheNames(),
) {
  const self = crypto.randomUUID()
  const { channel, epoch: EPOCH_KEY } = names
  const commands = 'incr' in publisher ? publisher : undefined
  let pending = 0
  let latest = 0
  if (commands) {
    cache.shared = redisStore(commands, names)
    latest = Number((await commands.get(EPOCH_KEY)) ?? 0)
    cache.epoch = latest
  }
  await subscriber.subscribe(channel, (message) => {
    const [from, epoch] = message.split(' ')
    if (from === self) return
    if (commands && epoch) {
      latest = Math.max(latest, Number(epoch))
      if (pending === 0) cache.epoch = latest
    }
    cache.invalidate({ fromPeer: true })
  })
  return cache.onInvalidate(() => {
    if (!commands) {
      void publisher.publish(channel, self).catch(() => undefined)
      return
    }
    // Not until every new epoch asked for is known: a late answer must not bring back an old one.
    cache.epoch = undefined
    pending += 1
    void commands
      .incr(EPOCH_KEY)
      .then((epoch) => {
        latest = Math.max(latest, epoch)
        return publisher.publish(channel, `${self} ${epoch}`)
      })
      .catch(() => undefined)
      .finally(() => {
        pending -= 1
        if (pending === 0 && latest > 0) cache.epoch = latest
      })
  })
}
