import fs from 'node:fs'
import path from 'node:path'

import { type Client, createClient } from '@libsql/client'

import { projectRoot } from '../../env'
import { BackupError } from './archive'

export type CollectionTable = { slug: string; table: string }

/** The file behind a `file:` URL, resolved as env.ts does. */
export const sqliteFile = (url: string): string =>
  path.resolve(projectRoot(), url.replace(/^file:(\/\/)?/, '').replace(/\?.*$/, ''))

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

async function open(file: string): Promise<Client> {
  const client = createClient({ url: `file:${file}` })
  await client.execute('PRAGMA busy_timeout = 10000')
  return client
}

async function countRows(client: Client, tables: CollectionTable[]): Promise<Record<string, number | null>> {
  const { rows } = await client.execute(`SELECT name FROM sqlite_master WHERE type = 'table'`)
  const existing = new Set(rows.map((row) => String(row.name)))
  const counts: Record<string, number | null> = {}
  for (const { slug, table } of tables) {
    counts[slug] = existing.has(table)
      ? Number((await client.execute(`SELECT count(*) AS n FROM ${quote(table)}`)).rows[0].n)
      : null
  }
  return counts
}

/**
 * A consistent copy of the live database (`VACUUM INTO`: a read transaction, so the server may keep
 * running and writing), checked with `PRAGMA quick_check`. Returns the documents per collection in it.
 */
export async function backupSqlite(url: string, destination: string, tables: CollectionTable[]) {
  const source = sqliteFile(url)
  if (!fs.existsSync(source))
    throw new BackupError(`There is no database at ${source} (DATABASE_URL): nothing to back up.`)
  const live = await open(source)
  try {
    await live.execute({ sql: 'VACUUM INTO ?', args: [destination] })
  } finally {
    live.close()
  }
  const copy = await open(destination)
  try {
    const check = String((await copy.execute('PRAGMA quick_check')).rows[0]?.[0])
    if (check !== 'ok') throw new BackupError(`The copy of ${source} fails SQLite's quick_check: ${check}`)
    return await countRows(copy, tables)
  } finally {
    copy.close()
  }
}

/** True when the database file is missing or none of its tables has a row. */
export async function isSqliteEmpty(url: string): Promise<boolean> {
  const file = sqliteFile(url)
  if (!fs.existsSync(file)) return true
  const client = await open(file)
  try {
    const { rows } = await client.execute(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`,
    )
    for (const row of rows) {
      const probe = await client.execute(`SELECT 1 FROM ${quote(String(row.name))} LIMIT 1`)
      if (probe.rows.length) return false
    }
    return true
  } finally {
    client.close()
  }
}

/**
 * Replaces the content of the target database with the backup's, in one transaction, inside the
 * existing file (so its WAL, owner and permissions stay valid): drops every table, recreates the
 * backup's tables, copies their rows, then its indexes, views and triggers.
 */
export async function restoreSqlite(url: string, backupFile: string): Promise<void> {
  const target = sqliteFile(url)
  fs.mkdirSync(path.dirname(target), { recursive: true })
  const client = await open(target)
  try {
    await client.execute('PRAGMA foreign_keys = OFF')
    await client.execute({ sql: 'ATTACH DATABASE ? AS backup', args: [backupFile] })
    const tx = await client.transaction('write')
    try {
      // Views, then virtual tables (which drop their own shadow tables), then the other tables.
      const current = await tx.execute(
        `SELECT type, name FROM main.sqlite_master WHERE type IN ('view', 'table') AND name NOT LIKE 'sqlite_%'
          ORDER BY type DESC, sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
      )
      for (const row of current.rows)
        await tx.execute(`DROP ${String(row.type).toUpperCase()} IF EXISTS main.${quote(String(row.name))}`)

      const objects = (
        await tx.execute(
          `SELECT type, name, sql FROM backup.sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'`,
        )
      ).rows.map((row) => ({ type: String(row.type), name: String(row.name), sql: String(row.sql) }))
      // A full-text table (the search's, src/delivery/search/textIndex.ts) makes its shadow tables itself and
      // is rebuilt from the restored rows it indexes, once its triggers exist again.
      const virtual = objects.filter((object) => object.type === 'table' && /^CREATE VIRTUAL TABLE/i.test(object.sql))
      const shadowOf = (name: string) => virtual.some((table) => name.startsWith(`${table.name}_`))
      const tables = objects.filter((object) => object.type === 'table' && !shadowOf(object.name))
      for (const table of tables) await tx.execute(table.sql)
      for (const table of tables) {
        if (virtual.includes(table)) continue
        await tx.execute(`INSERT INTO main.${quote(table.name)} SELECT * FROM backup.${quote(table.name)}`)
      }
      const sequences = await tx.execute(
        `SELECT (SELECT count(*) FROM main.sqlite_master WHERE name = 'sqlite_sequence') AS main, (SELECT count(*) FROM backup.sqlite_master WHERE name = 'sqlite_sequence') AS backup`,
      )
      if (Number(sequences.rows[0].main) && Number(sequences.rows[0].backup)) {
        await tx.execute('DELETE FROM main.sqlite_sequence')
        await tx.execute('INSERT INTO main.sqlite_sequence SELECT * FROM backup.sqlite_sequence')
      }
      for (const object of objects.filter((o) => o.type !== 'table')) await tx.execute(object.sql)
      for (const table of virtual) {
        if (/\busing\s+fts5\b/i.test(table.sql))
          await tx.execute(`INSERT INTO main.${quote(table.name)}(${quote(table.name)}) VALUES ('rebuild')`)
      }
      await tx.commit()
    } catch (error) {
      await tx.rollback()
      throw new BackupError(`Restoring ${target} failed and was rolled back: ${(error as Error).message}`)
    } finally {
      tx.close()
    }
  } finally {
    client.close()
  }
}
