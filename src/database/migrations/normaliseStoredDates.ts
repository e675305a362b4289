import { sql } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'

import { CANONICAL_DATE, normaliseDate } from '../../content/fields/normaliseDate'
import { SNAPSHOTS, STATE_KEY } from '../../delivery/readModel/config'

/** What the SQLite adapter's drizzle instance (or a transaction of it) offers for raw statements. */
type SQL = ReturnType<typeof sql>
export type SqliteRunner = {
  run: (query: SQL) => Promise<{ rows: ArrayLike<unknown>[] | Record<string, unknown>[]; rowsAffected: number }>
}

type RawTables = Record<string, { name: string; columns: Record<string, { name: string; type: string }> }>

/** `YYYY-MM-DDTHH:mm:ss.sssZ` as a GLOB pattern: rows that already match it are not read at all. */
const CANONICAL_GLOB = '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'

const id = (name: string) => sql.identifier(name)

export type NormaliseResult = {
  /** Values rewritten to the toISOString() form, per `table.column`. */
  rewritten: Record<string, number>
  /** Values that are no date at all: left as they are, and logged. */
  unreadable: { table: string; column: string; value: string }[]
}

/**
 * SQLite stores a date field as the text the client sent and compares it as text: a value with an offset
 * (2026-12-01T09:00:00+08:00) sorts against the …Z times Payload compares it with as if it were UTC, so an
 * expired announcement stayed public, or an embargo ended early, by the offset's hours. New writes are
 * normalised (src/http/rejectMalformedData.ts); this rewrites what older code stored.
 *
 * Every date column of every table — main tables, `_v` version tables, array, block and locale tables —
 * as Payload's own schema description names it (`rawTables`, columns of type 'timestamp'; the only type
 * date fields and createdAt / updatedAt are given), and that exists in the database. Values already in
 * `toISOString()` form are not read (a GLOB in the query), so a run with nothing to do is one query per
 * table with date columns, and writes nothing. Each value is rewritten only if it is still the one read
 * (another process may have written since). Idempotent. The read model's snapshots show dates in their JSON: when anything was rewritten,
 * they are marked stale, and rewritten at the next start (or by `npm run read-model:rebuild`).
 *
 * `db`: the migration's transaction; by default the adapter's drizzle instance, the rewrites in a
 * transaction of their own.
 */
export async function normaliseStoredDates(payload: Payload, db?: SqliteRunner): Promise<NormaliseResult> {
  const result: NormaliseResult = { rewritten: {}, unreadable: [] }
  if (payload.db.name !== 'sqlite') return result
  const adapter = payload.db as unknown as {
    rawTables: RawTables
    drizzle: SqliteRunner & { transaction: <T>(work: (tx: SqliteRunner) => Promise<T>) => Promise<T> }
  }
  const reader = db ?? adapter.drizzle
  // The config may name columns an older database does not have yet (a migration still to come).
  const present = new Set(
    (
      await reader.run(
        sql`SELECT m.name AS t, p.name AS c FROM sqlite_master m JOIN pragma_table_info(m.name) p WHERE m.type = 'table'`,
      )
    ).rows.map((row) => `${(row as Record<string, unknown>).t}.${(row as Record<string, unknown>).c}`),
  )
  type Change = { table: string; column: string; rowid: unknown; from: unknown; to: string }
  const changes: Change[] = []
  for (const table of Object.values(adapter.rawTables)) {
    const columns = Object.values(table.columns)
      .filter((column) => column.type === 'timestamp' && present.has(`${table.name}.${column.name}`))
      .map((column) => column.name)
    if (!columns.length) continue
    const offending = sql.join(
      columns.map((column) => sql`(${id(column)} IS NOT NULL AND ${id(column)} NOT GLOB ${CANONICAL_GLOB})`),
      sql` OR `,
    )
    const selected = sql.join(
      columns.map((column) => id(column)),
      sql`, `,
    )
    const { rows } = await reader.run(
      sql`SELECT rowid AS _rowid, ${selected} FROM ${id(table.name)} WHERE ${offending}`,
    )
    for (const row of rows as Record<string, unknown>[]) {
      for (const column of columns) {
        const value = row[column]
        if (value === null || value === undefined) continue
        const text = String(value)
        if (typeof value === 'string' && CANONICAL_DATE.test(text)) continue
        const normalised = normaliseDate(text)
        if (normalised) changes.push({ table: table.name, column, rowid: row._rowid, from: value, to: normalised })
        else result.unreadable.push({ table: table.name, column, value: text.slice(0, 100) })
      }
    }
  }

  const write = async (runner: SqliteRunner) => {
    for (const { table, column, rowid, from, to } of changes) {
      // Only if it is still the value read: another process may have written since.
      const { rowsAffected } = await runner.run(
        sql`UPDATE ${id(table)} SET ${id(column)} = ${to} WHERE rowid = ${rowid} AND ${id(column)} = ${from}`,
      )
      if (rowsAffected) result.rewritten[`${table}.${column}`] = (result.rewritten[`${table}.${column}`] ?? 0) + 1
    }
    const snapshots = SNAPSHOTS.replace(/-/g, '_')
    if (Object.keys(result.rewritten).length && present.has(`${snapshots}.key`)) {
      // The snapshots' JSON shows the old spellings: the read model rewrites them when it is next prepared (at start).
      await runner.run(sql`DELETE FROM ${id(snapshots)} WHERE ${id('key')} = ${STATE_KEY}`)
    }
  }
  if (changes.length) {
    if (db) await write(db)
    else await adapter.drizzle.transaction(write)
  }

  const count = Object.values(result.rewritten).reduce((sum, n) => sum + n, 0)
  if (count) {
    payload.logger.info(
      `Dates: rewrote ${count} stored date value(s) to UTC ISO-8601 (${Object.entries(result.rewritten)
        .map(([column, n]) => `${column}: ${n}`)
        .join(', ')}).`,
    )
  }
  if (result.unreadable.length) {
    payload.logger.warn(
      `Dates: ${result.unreadable.length} stored value(s) in date columns are no date and were left as they are: ${result.unreadable
        .slice(0, 10)
        .map(({ table, column, value }) => `${table}.${column} = ${JSON.stringify(value)}`)
        .join(', ')}${result.unreadable.length > 10 ? ', …' : ''}. Correct them in the admin panel.`,
    )
  }
  return result
}
