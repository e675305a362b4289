import { createClient } from 'redis'

import { shareInvalidations } from '../delivery/cache/invalidation'
import { ConfigError } from '../env'

export type RedisClient = ReturnType<typeof createClient>

/** Connects to REDIS_URL (shared rate limits between instances), or says in one line why it cannot. */
export async function connectRedis(url: string): Promise<RedisClient> {
  const client = createClient({
    url,
    socket: { connectTimeout: 5_000, reconnectStrategy: (retries) => Math.min(retries * 200, 5_000) },
  })
  client.on('error', () => undefined) // reconnects by itself; a failed first connect is reported below
  try {
    // node-redis keeps retrying a refused first connection for ever: start-up gives it 10 s.
    let timer: NodeJS.Timeout | undefined
    const gaveUp = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('no connection within 10 s')), 10_000)
    })
    await Promise.race([client.connect().then(() => client.ping()), gaveUp]).finally(() => clearTimeout(timer))
  } catch (error) {
    await client.disconnect().catch(() => undefined)
    throw new ConfigError(
      `Cannot reach Redis at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${(error as Error).message}. Is it running? Unset REDIS_URL to keep limits in memory.`,
    )
  }
  return client
}

/**
 * REDIS_URL, for the server and the worker alike: a client (rate limits) and a subscriber, through
 * which every process tells the others' response caches about the changes it makes — the worker's
 * scheduled publications included. Nothing without REDIS_URL.
 */
export async function connectSharedState(
  url = process.env.REDIS_URL,
): Promise<{ redis?: RedisClient; close: () => Promise<unknown> }> {
  if (!url) return { close: async () => undefined }
  const redis = await connectRedis(url)
  const subscriber = await connectRedis(url)
  await shareInvalidations(redis, subscriber)
  return { redis, close: () => Promise.all([redis.quit(), subscriber.quit()]) }
}
