import crypto from 'node:crypto'

import type { SharedEntry, SharedStore } from './responseCache'

type RedisLike = {
  get: (key: string) => Promise<string | null>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
}

/**
 * The Redis names of one deployment's response cache: its entries, its tag versions (a hash: one
 * counter per dependency tag) and its invalidation channel. REDIS_NAMESPACE (default `jinqiao`) keeps deployments that share one Redis
 * (staging and production, or test runs) from reading or clearing each other's cache.
 */
export function cacheNames(namespace = process.env.REDIS_NAMESPACE || 'jinqiao') {
  const prefix = `${namespace}:api-cache`
  return {
    versions: `${prefix}:versions`,
    channel: `${prefix}:invalidate`,
    entry: (key: string) => `${prefix}:entry:${crypto.createHash('sha1').update(key).digest('base64url')}`,
  }
}

/** The response cache's second level in Redis: one JSON value per response (with its tag versions), expiring with it. */
export function redisStore(redis: RedisLike, names = cacheNames()): SharedStore {
  const entryKey = names.entry
  return {
    async get(key) {
      const raw = await redis.get(entryKey(key))
      if (!raw) return undefined
      const stored = JSON.parse(raw) as Omit<SharedEntry, 'body'> & { body: string; key: string }
      // A hash collision would serve another URL's answer: check the key itself.
      if (stored.key !== key || !Array.isArray(stored.tags) || typeof stored.versions !== 'object') return undefined
      return { ...stored, body: Buffer.from(stored.body, 'base64') }
    },
    async set(key, entry) {
      const ttl = entry.expiresAt - Date.now()
      if (ttl <= 0) return
      const value = JSON.stringify({ ...entry, key, body: entry.body.toString('base64') })
      await redis.set(entryKey(key), value, { PX: ttl })
    },
  }
}
