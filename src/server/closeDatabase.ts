import type { Payload } from 'payload'

type PgClient = { release?: (error?: Error) => void }
type PgPool = { _clients?: PgClient[]; _idle?: { client: PgClient }[]; end: () => Promise<void>; ending?: boolean }

/**
 * Stops Payload's crons and closes the database connection. Payload's destroy() leaves the
 * PostgreSQL pool (with one client it checked out at connect and never released) and the SQLite
 * client open, which keeps a process — or jest — alive; this closes them too.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as unknown as { pool?: PgPool; client?: { close: () => void } }
  const pool = db.pool
  const client = db.client
  await payload.destroy()
  if (pool && !pool.ending) {
    const idle = new Set((pool._idle ?? []).map((item) => item.client))
    for (const checkedOut of pool._clients ?? []) {
      if (!idle.has(checkedOut)) checkedOut.release?.()
    }
    await pool.end()
  }
  if (client && typeof client.close === 'function') client.close()
}
