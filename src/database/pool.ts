import type { Payload } from 'payload'

export type PgClient = { release?: (error?: Error) => void }

/** The parts of pg's Pool this application uses: counts, events, ending, and the client lists closing reads. */
export type PostgresPool = {
  on: (event: 'error', listener: (e: Error) => void) => void
  totalCount: number
  idleCount: number
  waitingCount: number
  options: { max: number }
  ending: boolean
  end: () => Promise<void>
  _clients?: PgClient[]
  _idle?: { client: PgClient }[]
}

/** The PostgreSQL adapter's pool; undefined on SQLite and MongoDB. */
export const postgresPool = (payload: Payload): PostgresPool | undefined =>
  // Cast: payload.db is typed as Payload's generic adapter; the PostgreSQL adapter's pool is not in that type.
  (payload.db as unknown as { pool?: PostgresPool }).pool
