import { startTestPayload, testDatabaseKind, type TestPayload } from './helpers/testPayload'

/**
 * Reads fetch each document with all its translations (`where _parent_id = ?` on a `*_locales` table).
 * Without an index that starts with _parent_id, every document of a list scanned the whole table: a
 * list's cost grew with the square of the collection, and a 10-minute soak ground to 10-second reads.
 */
let ctx: TestPayload

beforeAll(async () => {
  if (relational) ctx = await startTestPayload()
})
afterAll(async () => {
  await ctx?.close()
})

type Row = Record<string, unknown>
type PgClient = { query: (sql: string) => Promise<{ rows: Row[] }>; release: () => void }
const query = async (sql: string, params: unknown[] = []): Promise<Row[]> => {
  const db = ctx.payload.db as unknown as {
    pool?: { query: (sql: string, params: unknown[]) => Promise<{ rows: Row[] }> }
    client?: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Row[] }> }
  }
  if (db.pool) return (await db.pool.query(sql, params)).rows
  if (db.client) return (await db.client.execute({ sql, args: params })).rows
  throw new Error(`no SQL client on the ${ctx.kind} adapter`)
}

/**
 * PostgreSQL's plan for a statement with sequential scans priced out: a small table is scanned whatever
 * its indexes, and this shows whether there is one it can use. (SET LOCAL: only inside this transaction,
 * on this one connection.)
 */
async function postgresPlan(statement: string): Promise<string> {
  const pool = (ctx.payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool
  const client = await pool.connect()
  try {
    await client.query('begin')
    await client.query('set local enable_seqscan = off')
    const plan = (await client.query(`explain ${statement}`)).rows
    await client.query('rollback')
    return JSON.stringify(plan)
  } finally {
    client.release()
  }
}

/** Tables holding localized fields, and whether an index leads with _parent_id on each. */
async function localesTables(): Promise<Record<string, boolean>> {
  const result: Record<string, boolean> = {}
  if (ctx.kind === 'postgres') {
    const tables = await query(
      `select tablename from pg_tables where schemaname = current_schema() and tablename like '%\\_locales'`,
    )
    for (const { tablename } of tables) {
      const leading = await query(
        `select a.attname from pg_index i
           join pg_class t on t.oid = i.indrelid
           join pg_attribute a on a.attrelid = t.oid and a.attnum = i.indkey[0]
          where t.relname = $1`,
        [tablename],
      )
      result[String(tablename)] = leading.some((row) => row.attname === '_parent_id')
    }
  } else {
    const tables = await query(
      `select name from sqlite_master where type = 'table' and name like '%\\_locales' escape '\\'`,
    )
    for (const { name } of tables) {
      const indexes = await query(`select name from pragma_index_list(?)`, [name])
      let leads = false
      for (const index of indexes) {
        const columns = await query(`select name from pragma_index_info(?) order by seqno`, [index.name])
        if (columns[0]?.name === '_parent_id') leads = true
      }
      result[String(name)] = leads
    }
  }
  return result
}

const relational = testDatabaseKind() !== 'mongodb'
if (!relational)
  console.warn('indexes.test.ts: skipped on MongoDB, which keeps translations inside the document (no locales tables).')
const describeRelational = relational ? describe : describe.skip

describeRelational('database indexes for reading translations', () => {
  it('every table of localized fields has an index on the document it belongs to', async () => {
    const tables = await localesTables()
    // The content collections and globals all have some: the check must have found them.
    expect(Object.keys(tables)).toEqual(
      expect.arrayContaining(['announcements_locales', 'parks_locales', 'policies_locales', 'zone_profile_locales']),
    )
    const missing = Object.entries(tables)
      .filter(([, indexed]) => !indexed)
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('the database uses it to read one document’s translations', async () => {
    if (ctx.kind === 'postgres') {
      expect(await postgresPlan('select * from announcements_locales where _parent_id = 1')).toMatch(
        /(Index|Index Only|Bitmap Index) Scan (using|on) announcements_locales_parent_idx/,
      )
    } else {
      const plan = await query(`explain query plan select * from announcements_locales where _parent_id = 1`)
      expect(JSON.stringify(plan)).toMatch(/USING INDEX announcements_locales_parent_idx/)
    }
  })
})

describeRelational('the search text index', () => {
  it('a search is looked up in the text index, not by reading every entry', async () => {
    if (ctx.kind === 'postgres') {
      const plan = await postgresPlan(
        `select _parent_id from search_index_locales
          where to_tsvector('simple', coalesce(title_terms, '')) @@ to_tsquery('simple', '集成 <-> 成电')`,
      )
      expect(plan).toMatch(/Bitmap Index Scan on search_index_locales_title_terms_fts/)
    } else {
      const plan = await query(
        `explain query plan select rowid from libsql_search_terms where libsql_search_terms match 'title_terms : "集成"'`,
      )
      expect(JSON.stringify(plan)).toMatch(/VIRTUAL TABLE INDEX/)
    }
  })
})
