import pg from 'pg'

import { BackupError, run } from './archive'
import type { CollectionTable } from './sqlite'

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

/** pg_dump and pg_restore get the URL without its password (not shown by `ps`) and PGPASSWORD. */
function forTools(url: string): { dbname: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url)
  const password = decodeURIComponent(parsed.password)
  parsed.password = ''
  return { dbname: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } }
}

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 })
  try {
    await client.connect()
  } catch (error) {
    throw new BackupError(
      `Cannot reach PostgreSQL at ${url.replace(/\/\/[^@]*@/, '//***@')}: ${(error as Error).message}`,
    )
  }
  return client
}

/**
 * `pg_dump -Fc` of the live database. The documents are counted in a transaction whose snapshot
 * pg_dump then shares (`--snapshot`), so the counts in the manifest are those of the dump.
 */
export async function backupPostgres(url: string, destination: string, tables: CollectionTable[]) {
  const client = await connect(url)
  try {
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
    const snapshot = String((await client.query('SELECT pg_export_snapshot() AS id')).rows[0].id)
    const counts: Record<string, number | null> = {}
    for (const { slug, table } of tables) {
      const exists = (await client.query('SELECT to_regclass($1) AS oid', [quote(table)])).rows[0].oid
      counts[slug] = exists ? Number((await client.query(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0].n) : null
    }
    const { dbname, env } = forTools(url)
    await run(
      'pg_dump',
      ['--format=custom', `--snapshot=${snapshot}`, `--file=${destination}`, `--dbname=${dbname}`],
      env,
    )
    await client.query('COMMIT')
    return counts
  } finally {
    await client.end()
  }
}

/** True when no table of the database has a row. */
export async function isPostgresEmpty(url: string): Promise<boolean> {
  const client = await connect(url)
  try {
    const { rows } = await client.query<{ schema: string; name: string }>(
      `SELECT table_schema AS schema, table_name AS name FROM information_schema.tables
       WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    )
    for (const { schema, name } of rows) {
      const probe = await client.query(`SELECT 1 FROM ${quote(schema)}.${quote(name)} LIMIT 1`)
      if (probe.rowCount) return false
    }
    return true
  } finally {
    await client.end()
  }
}

/** `pg_restore --clean --if-exists` in a single transaction: all of the backup, or nothing changes. */
export async function restorePostgres(url: string, dumpFile: string): Promise<void> {
  const { dbname, env } = forTools(url)
  await run(
    'pg_restore',
    [
      '--clean',
      '--if-exists',
      '--no-owner',
      '--no-privileges',
      '--single-transaction',
      '--exit-on-error',
      `--dbname=${dbname}`,
      dumpFile,
    ],
    env,
  )
}
