import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { indexLocalesParentsPostgres, indexLocalesParentsSqlite, searchTermsIndexesPostgres } from './indexes'
import { postgresPool } from './pool'
import { currentDatabase, databasePoolMax, ensureSqliteFolder, isProduction } from '../env'
import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

/**
 * The adapter is chosen by DATABASE_URL (see env.ts). In development and tests the relational adapters
 * push the schema; in production they apply the committed migrations at start-up.
 */
export function databaseAdapter(): DatabaseAdapterObj {
  const target = currentDatabase()
  switch (target.kind) {
    case 'mongodb':
      return mongooseAdapter({
        url: target.url,
        connectOptions: { serverSelectionTimeoutMS: 10_000 },
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: target.url, connectionTimeoutMillis: 10_000, max: databasePoolMax() },
        migrationDir: 'src/database/migrations/postgres',
        afterSchemaInit: [indexLocalesParentsPostgres, searchTermsIndexesPostgres],
        prodMigrations: postgresMigrations,
      })
    case 'sqlite':
      ensureSqliteFolder(target.url)
      return sqliteAdapter({
        client: { url: target.url },
        // WAL lets the admin, the API and the jobs runner read while one of them writes.
        wal: true,
        busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
        migrationDir: 'src/database/migrations/sqlite',
        afterSchemaInit: [indexLocalesParentsSqlite],
        prodMigrations: isProduction() ? sqliteMigrations : undefined,
      })
  }
}

/** How long a write on SQLite waits for another one to finish before it fails with "database is locked". */
const SQLITE_BUSY_TIMEOUT_MS = 5_000

type LibsqlClient = Record<'execute' | 'batch' | 'executeMultiple' | 'migrate' | 'transaction', unknown>

/**
 * Every SQLite connection waits for a busy database, not only the first. Payload sets the busy timeout
 * once, on the connection it opens at connect. But the libsql client hands its connection over to each
 * transaction and opens a new one, with SQLite's default timeout of 0: from the first transaction on, a
 * write made while another was being written (an editor's save while the jobs runner publishes) failed at
 * once with "database is locked", a 500. Here the timeout is set again on each new connection, before its
 * first statement (libsql runs statements synchronously, so nothing can come between). Called once by
 * wrapAdapter.
 */
export function keepSqliteBusyTimeout(payload: Payload): void {
  // Cast: the SQLite adapter's libsql client is not in the generic adapter's type.
  const client = (payload.db as unknown as { client?: LibsqlClient }).client
  if (payload.db.name !== 'sqlite' || !client || typeof client.transaction !== 'function') return
  const execute = (client.execute as (sql: string) => Promise<unknown>).bind(client)
  // Whatever ran before this (migrations at connect) may have left the client on a new connection.
  let newConnection = true
  const methods = ['execute', 'batch', 'executeMultiple', 'migrate', 'transaction'] as const
  for (const name of methods) {
    const original = client[name]
    if (typeof original !== 'function') continue
    client[name] = (...args: unknown[]) => {
      if (newConnection) {
        newConnection = false
        void execute(`PRAGMA busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`)
      }
      const result = (original as (...a: unknown[]) => unknown).apply(client, args)
      // The transaction took the connection: the client opens another for what comes next.
      if (name === 'transaction') newConnection = true
      return result
    }
  }
}

/**
 * A PostgreSQL restart or a dropped connection makes the pool emit 'error' for its idle clients;
 * with no listener Node ends the process. Payload adds none, so this one logs it and lets the pool
 * open fresh connections when the database is back. Called once by wrapAdapter.
 */
export function surviveLostConnections(payload: Payload): void {
  const pool = postgresPool(payload)
  let lastWarning = 0
  pool?.on('error', (error) => {
    // One line per outage is enough: every idle client reports the same loss.
    if (Date.now() - lastWarning < 10_000) return
    lastWarning = Date.now()
    payload.logger.warn(`Lost a database connection (${error.message}); reconnecting on the next query.`)
  })
}

/** How often the pool is looked at, and how long queries must have been queuing before a warning. */
const POOL_CHECK_MS = 1_000
const POOL_WARN_AFTER_MS = 2_000

/**
 * Warns when every connection of the PostgreSQL pool has been in use, with queries queuing for one,
 * for a few seconds: requests then wait (and, after 10 s, fail) for a connection rather than for the
 * database. One line per 30 s at most, with the figures needed to size DATABASE_POOL_MAX. Called once
 * by wrapAdapter.
 */
export function watchPoolSaturation(payload: Payload): void {
  const pool = postgresPool(payload)
  if (!pool) return
  let queuingSince: number | undefined
  let lastWarning = 0
  let mostWaiting = 0
  const timer = setInterval(() => {
    // The pool has been closed (closeDatabase): nothing left to watch.
    if (pool.ending) return clearInterval(timer)
    const now = Date.now()
    if (pool.waitingCount === 0) {
      queuingSince = undefined
      mostWaiting = 0
      return
    }
    queuingSince ??= now
    mostWaiting = Math.max(mostWaiting, pool.waitingCount)
    if (now - queuingSince < POOL_WARN_AFTER_MS || now - lastWarning < 30_000) return
    lastWarning = now
    payload.logger.warn(
      `Database pool saturated for ${Math.round((now - queuingSince) / 1000)} s: all ${pool.totalCount} of ${pool.options.max} connections in use (one of them Payload's own), up to ${mostWaiting} queries waiting for one. If this lasts, raise DATABASE_POOL_MAX (and the database's max_connections) or add instances.`,
    )
  }, POOL_CHECK_MS)
  timer.unref()
}
