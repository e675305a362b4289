import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj, Payload } from 'payload'

import { indexLocalesParentsPostgres, indexLocalesParentsSqlite } from './databaseIndexes'
import { ensureSqliteFolder, isProduction, currentDatabase } from './env'
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
        pool: { connectionString: target.url, connectionTimeoutMillis: 10_000 },
        migrationDir: 'src/migrations/postgres',
        afterSchemaInit: [indexLocalesParentsPostgres],
        prodMigrations: postgresMigrations,
      })
    case 'sqlite':
      ensureSqliteFolder(target.url)
      return sqliteAdapter({
        client: { url: target.url },
        // WAL lets the admin, the API and the jobs runner read while one of them writes.
        wal: true,
        busyTimeout: 5_000,
        migrationDir: 'src/migrations/sqlite',
        afterSchemaInit: [indexLocalesParentsSqlite],
        prodMigrations: isProduction() ? sqliteMigrations : undefined,
      })
  }
}

/**
 * A PostgreSQL restart or a dropped connection makes the pool emit 'error' for its idle clients;
 * with no listener Node ends the process. Payload adds none, so this one logs it and lets the pool
 * open fresh connections when the database is back. Called once from the config's onInit.
 */
export function surviveLostConnections(payload: Payload): void {
  const pool = (payload.db as unknown as { pool?: { on: (event: 'error', listener: (e: Error) => void) => void } }).pool
  let lastWarning = 0
  pool?.on('error', (error) => {
    // One line per outage is enough: every idle client reports the same loss.
    if (Date.now() - lastWarning < 10_000) return
    lastWarning = Date.now()
    payload.logger.warn(`Lost a database connection (${error.message}); reconnecting on the next query.`)
  })
}
