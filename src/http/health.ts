import type { Request, Response } from 'express'
import type { Payload } from 'payload'

/** /healthz: the process is up and its event loop answers. */
export const healthz = (_req: Request, res: Response): void => {
  res.set('Cache-Control', 'no-store').json({ status: 'ok', uptime: Math.round(process.uptime()) })
}

export const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ])

/** Asks the database for the cheapest possible answer, whatever the adapter. */
export async function pingDatabase(payload: Payload): Promise<void> {
  // Cast: each adapter's way to ping (drizzle's execute, mongoose's connection) is outside the generic adapter's type.
  const db = payload.db as unknown as {
    name: string
    connection?: { db?: { admin: () => { ping: () => Promise<unknown> } } }
    execute?: (args: { raw: string; drizzle?: unknown }) => Promise<unknown>
    drizzle?: unknown
  }
  if (db.name === 'mongoose') {
    await db.connection?.db?.admin().ping()
    return
  }
  if (typeof db.execute === 'function') {
    await db.execute({ drizzle: db.drizzle, raw: 'SELECT 1' })
    return
  }
  await payload.count({ collection: 'users' })
}

/** The driver's own words (drizzle wraps them in "Failed query: …"). */
export const reasonOf = (error: unknown): string => {
  const cause = (error as { cause?: { message?: string } }).cause
  return cause?.message || (error as Error).message || String(error)
}

/** /readyz: the database answers; a load balancer sends traffic only while this is 200. */
export const readyz =
  (payload: Payload, timeoutMs = 2_000) =>
  async (_req: Request, res: Response): Promise<void> => {
    res.set('Cache-Control', 'no-store')
    try {
      await withTimeout(pingDatabase(payload), timeoutMs)
      res.json({ status: 'ready', database: payload.db.name })
    } catch (error) {
      res.status(503).json({
        status: 'unavailable',
        database: payload.db.name,
        error: `The database is not reachable: ${reasonOf(error)}`,
      })
    }
  }
