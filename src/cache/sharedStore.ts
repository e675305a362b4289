import crypto from 'node:crypto'

import type { Entry, SharedStore } from './responseCache'

type RedisLike = {
  get: (key: string) => Promise<string | null>
  set: (key: string, value: string, options: { PX: number }) => Promise<unknown>
}

const PREFIX = 'jinqiao:api-cache'
export const EPOCH_KEY = `${PREFIX}:epoch`

const entryKey = (epoch: number, key: string) =>
  `${PREFIX}:${epoch}:${crypto.createHash('sha1').update(key).digest('base64url')}`

/** The response cache's second level in Redis: one JSON value per response, expiring with it. */
export function redisStore(redis: RedisLike): SharedStore {
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
