import type { Payload } from 'payload'

import { type PgClient, type PostgresPool, postgresPool } from './pool'

/** How long closing waits for work already running (a jobs run, a request's transaction) to finish. */
const IN_FLIGHT_GRACE_MS = 5_000
/** How long closing waits for the pool to end once every client has been handed back. */
const POOL_END_TIMEOUT_MS = 5_000

const checkedOut = (pool: PostgresPool): PgClient[] => {
  const idle = new Set((pool._idle ?? []).map((item) => item.client))
  return (pool._clients ?? []).filter((client) => !idle.has(client))
}

/** The client Payload's PostgreSQL adapter checks out at connect and never gives back, per instance. */
const payloadsOwnClients = new WeakMap<Payload, Set<PgClient>>()

/**
 * Notes the PostgreSQL client Payload keeps checked out for itself (it takes one at connect and never
 * releases it), so that closing can tell it from clients still in use by a request or a job. Called
 * once by wrapAdapter, before any request or job runs.
 */
export function rememberPayloadsOwnClient(payload: Payload): void {
  const pool = postgresPool(payload)
  if (pool) payloadsOwnClients.set(payload, new Set(checkedOut(pool)))
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * Stops Payload's crons and closes the database connection. Payload's destroy() leaves the
 * PostgreSQL pool (with the client it checked out at connect) and the SQLite client open, which keeps
 * a process — or jest — alive; this closes them too.
 *
 * In order: the crons stop, so no new jobs run; work still holding a connection (a jobs run, a
 * request's transaction, a query) gets up to 5 s to finish and hand it back; then Payload lets go of
 * the database and whatever is still checked out is destroyed — never returned to the pool for
 * someone else, and released once only: a later release by its holder does nothing, rather than
 * pg-pool's "Release called on client which has already been released" thrown from a socket
 * callback, which would crash the process.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  // Cast: the SQLite adapter's libsql client is not in the generic adapter's type.
  const db = payload.db as unknown as { client?: { close: () => void } }
  const pool = postgresPool(payload)
  const client = db.client
  const crons = payload.crons.splice(0, payload.crons.length)
  await Promise.all(crons.map((cron) => cron.stop()))

  if (pool && !pool.ending) {
    const own = payloadsOwnClients.get(payload)
    const inUse = () => checkedOut(pool).filter((held) => !own?.has(held))
    // Without a note of Payload's own client (an instance configured elsewhere), nothing can be told
    // apart: the grace is waited out only if something holds more than that one client.
    const deadline = Date.now() + IN_FLIGHT_GRACE_MS
    while ((own ? inUse().length > 0 : checkedOut(pool).length > 1) && Date.now() < deadline) await sleep(25)
  }
  await payload.destroy()

  if (pool && !pool.ending) {
    for (const held of checkedOut(pool)) {
      const release = held.release
      if (!release) continue
      held.release = () => {}
      // With an error, pg-pool ends the client instead of handing it to the next query in line.
      release(new Error('The database connection is closing.'))
    }
    // The timer is cleared once the pool has ended: left pending, it would keep the process (or a jest
    // worker) alive for those seconds after everything else is closed.
    let timer: NodeJS.Timeout | undefined
    await Promise.race([pool.end(), new Promise((resolve) => (timer = setTimeout(resolve, POOL_END_TIMEOUT_MS)))])
    clearTimeout(timer)
  }
  if (client && typeof client.close === 'function') client.close()
}
