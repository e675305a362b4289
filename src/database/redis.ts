import { createClient } from 'redis'

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
    await client.connect()
    await client.ping()
  } catch (error) {
    await client.disconnect().catch(() => undefined)
    throw new ConfigError(
      `Cannot reach Redis at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${(error as Error).message}. Is it running? Unset REDIS_URL to keep limits in memory.`,
    )
  }
  return client
}
