import crypto from 'node:crypto'

import type { Entry, SharedStore } from './responseCache'

type RedisLike = {
  get: (key: string) => Promise<string | null>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
}

/**
 * The Redis names of one deployment's response cache: its entries, its epoch counter and its
 * invalidation channel. REDIS_NAMESPACE (default `jinqiao`) keeps deployments that share one Redis
 * (staging and production, or test runs) from reading or clearing each other's cache.
 */
export function cacheNames(namespace = process.env.REDIS_NAMESPACE || 'jinqiao') {
  const prefix = `${namespace}:api-cache`
  return {
    epoch: `${prefix}:epoch`,
    channel: `${prefix}:invalidate`,
    entry: (epoch: number, key: string) =>
      `${prefix}:${epoch}:${crypto.createHash('sha1').update(key).digest('base64url')}`,
  }
}

/** The response cache's second level in Redis: one JSON value per response, expiring with it. */
export function redisStore(redis: RedisLike, names = cacheNames()): SharedStore {
  const entryKey = names.entry
  return {
    async get(epoch, key) {
      const raw = await redis.get(entryKey(epoch, key))
      if (!raw) return undefined
      const stored = JSON.parse(raw) as Omit<Entry, 'body'> & { body: string; key: string }
      // A hash collision would serve another URL's answer: check the key itself.
      if (stored.key !== key) return undefined
      return { ...stored, body: Buffer.from(stored.body, 'base64') }
    },
    async set(epoch, key, entry) {
      const ttl = entry.expiresAt - Date.now()
      if (ttl <= 0) return
      const value = JSON.stringify({ ...entry, key, body: entry.body.toString('base64') })
      await redis.set(entryKey(epoch, key), value, { PX: ttl })
    },
  }
}
