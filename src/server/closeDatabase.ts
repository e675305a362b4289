import type { Payload } from 'payload'

type PgClient = {
  release?: (error?: Error) => void
  activeQuery?: unknown
  queryQueue?: unknown[]
}
type PgPool = { _clients?: PgClient[]; _idle?: { client: PgClient }[]; end: () => Promise<void>; ending?: boolean }

/** How long closing waits for queries already running (a jobs run, a request) to finish. */
const IN_FLIGHT_GRACE_MS = 5_000

const busy = (client: PgClient) => Boolean(client.activeQuery) || (client.queryQueue?.length ?? 0) > 0

const checkedOut = (pool: PgPool): PgClient[] => {
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  return (pool._clients ?? []).filter((client) => !idle.has(client))
}

/**
 * Stops Payload's crons and closes the database connection. Payload's destroy() leaves the
 * PostgreSQL pool (with one client it checked out at connect and never released) and the SQLite
 * client open, which keeps a process — or jest — alive; this closes them too.
 *
 * Queries still running when this is called (a jobs run the cron had started, a request being
 * answered) get a short grace to finish. A client handed back here is released once only: if its
 * holder releases it later (its query failed when the pool ended), that second release is a no-op
 * rather than pg-pool's "Release called on client which has already been released" thrown
 * from a socket callback, which would crash the process.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { pool?: PgPool; client?: { close: () => void } }
  const pool = db.pool
  const client = db.client
  await payload.destroy()
  if (pool && !pool.ending) {
    const deadline = Date.now() + IN_FLIGHT_GRACE_MS
    while (checkedOut(pool).some(busy) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 25))
    }
    for (const held of checkedOut(pool)) {
      const release = held.release
      if (!release) continue
      held.release = () => {}
      release()
    }
    await pool.end()
  }
  if (client && typeof client.close === 'function') client.close()
}
