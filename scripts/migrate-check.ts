/**
 * `npm run migrate:check`: fails when the config has schema changes that no committed migration covers,
 * for SQLite and PostgreSQL (src/database/migrations/{sqlite,postgres}). For each adapter, on a fresh database:
 *  1. the committed migrations are applied the way production applies them (NODE_ENV=production);
 *  2. the database's tables and columns are compared with the ones the config needs;
 *  3. the config is compared with the newest committed snapshot — what `npm run migrate:create` diffs.
 * Both must be empty. PostgreSQL: a scratch database is created next to MIGRATE_POSTGRES_URL (default: the
 * local test server) and dropped afterwards.
 *
 * Runs itself once per adapter in a child process (`--adapter`), since the config picks its database
 * when it is loaded.
 */
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

type Finding = { kind: string; database: string[]; snapshot: string[]; snapshotFile: string | null }

const CHILD_TIMEOUT_MS = 240_000
const self = fileURLToPath(import.meta.url)
const root = path.resolve(path.dirname(self), '..')

/** The adapter's side, in a process whose DATABASE_URL names a fresh database. */
async function checkThisDatabase(): Promise<Finding> {
  const [{ default: config }, { getPayload }] = await Promise.all([import('../src/payload.config'), import('payload')])
  const payload = await getPayload({ config, cron: false })
  type DrizzleJson = { version: string }
  const db = payload.db as unknown as {
    name: string
    schema: Record<string, unknown>
    drizzle: unknown
    migrationDir: string
    defaultDrizzleSnapshot: DrizzleJson
    rawTables: Record<string, { name: string; columns: Record<string, { name: string }> }>
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
    requireDrizzleKit: () => {
      generateDrizzleJson: (schema: Record<string, unknown>) => Promise<DrizzleJson>
      generateMigration: (before: DrizzleJson, after: DrizzleJson) => Promise<string[]>
      upSnapshot?: (snapshot: DrizzleJson) => DrizzleJson
    }
    destroy?: () => Promise<void>
  }
  const kit = db.requireDrizzleKit()
  const kind = db.name === 'postgres' ? 'postgres' : 'sqlite'

  // 2. The migrated database against the config: every table and column the config needs, and no more.
  // (By name: Drizzle's own push diff also reports defaults that only differ in spelling.) Tables Drizzle
  // leaves alone are not the config's: SQLite's own, and libsql_* (the search's FTS table, textIndex.ts).
  const query =
    kind === 'postgres'
      ? `SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema()`
      : `SELECT m.name AS table_name, p.name AS column_name FROM sqlite_master m JOIN pragma_table_info(m.name) p
         WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' AND m.name NOT LIKE 'libsql_%'`
  const { rows } = await db.execute({ drizzle: db.drizzle, raw: query })
  const actual = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`))
  const expected = new Set(
    Object.values(db.rawTables).flatMap((table) =>
      Object.values(table.columns).map((column) => `${table.name}.${column.name}`),
    ),
  )
  const database = [
    ...[...expected].filter((column) => !actual.has(column)).map((column) => `missing column ${column}`),
    ...[...actual].filter((column) => !expected.has(column)).map((column) => `column not in the config: ${column}`),
  ]

  // 3. The newest committed snapshot against the config (what migrate:create would write).
  const after = await kit.generateDrizzleJson(db.schema)
  const snapshotFile =
    fs
      .readdirSync(db.migrationDir)
      .filter((file) => file.endsWith('.json'))
      .sort()
      .pop() ?? null
  let before = snapshotFile
    ? (JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshotFile), 'utf8')) as DrizzleJson)
    : db.defaultDrizzleSnapshot
  if (kit.upSnapshot && before.version < after.version) before = kit.upSnapshot(before)
  const snapshot = await kit.generateMigration(before, after)

  await db.destroy?.()
  return { kind, database, snapshot, snapshotFile }
}

/** Runs the check for one database URL in a child process; resolves with what it found. */
function runChild(kind: string, databaseUrl: string): Promise<Finding> {
  const resultFile = path.join(os.tmpdir(), `jinqiao-migrate-check-${crypto.randomBytes(4).toString('hex')}.json`)
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--no-deprecation', '--conditions=production', '--import', 'tsx', self, '--adapter'],
      {
        cwd: root,
        // No terminal: should Drizzle want to ask (a rename?), it cannot wait for an answer forever.
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'production',
          DATABASE_URL: databaseUrl,
          PAYLOAD_SECRET: 'migrate-check',
          PAYLOAD_LOG_LEVEL: 'error',
          MIGRATE_CHECK_RESULT: resultFile,
          MEDIA_DIR: path.join(os.tmpdir(), 'jinqiao-migrate-check-media'),
        },
      },
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), CHILD_TIMEOUT_MS)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (code === 0 && fs.existsSync(resultFile)) {
        resolve(JSON.parse(fs.readFileSync(resultFile, 'utf8')) as Finding)
        fs.rmSync(resultFile, { force: true })
        return
      }
      const question = /(Is \S+ (?:column|table)[^\n?]*\?)/.exec(output)?.[1]
      if (question) {
        reject(
          new Error(
            `${kind}: the config has schema changes that no committed migration covers, and Drizzle asks: "${question}"\n  Run \`npm run migrate:create -- <name>\`, answer it there, and commit src/database/migrations/.`,
          ),
        )
        return
      }
      const why = signal
        ? `stopped after ${CHILD_TIMEOUT_MS / 1000} s (waiting for a question about a rename?)`
        : `exit code ${code}`
      reject(
        new Error(`${kind}: the check could not run (${why}):\n${output.trim().split('\n').slice(-15).join('\n')}`),
      )
    })
  })
}

async function withScratchPostgres<T>(run: (url: string) => Promise<T>): Promise<T> {
  const base = process.env.MIGRATE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const { default: pg } = await import('pg')
  const name = `jq_migrate_check_${crypto.randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: base, connectionTimeoutMillis: 5_000 })
  try {
    await admin.connect()
  } catch (error) {
    throw new Error(
      `postgres: cannot reach ${base.replace(/\/\/[^@]*@/, '//***@')} (${(error as Error).message}). Start PostgreSQL or set MIGRATE_POSTGRES_URL.`,
    )
  }
  await admin.query(`CREATE DATABASE "${name}"`)
  await admin.end()
  const url = new URL(base)
  url.pathname = `/${name}`
  try {
    return await run(url.toString())
  } finally {
    const cleanup = new pg.Client({ connectionString: base })
    await cleanup.connect()
    await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
    await cleanup.end()
  }
}

function report(finding: Finding): boolean {
  const folder = `src/database/migrations/${finding.kind}`
  if (!finding.database.length && !finding.snapshot.length) {
    console.log(
      `✔ ${finding.kind}: the committed migrations match the config (${folder}, up to ${finding.snapshotFile}).`,
    )
    return true
  }
  const show = (statements: string[]) =>
    statements
      .slice(0, 8)
      .map((statement) => `      ${statement.replace(/\s+/g, ' ').trim().slice(0, 150)}`)
      .join('\n') + (statements.length > 8 ? `\n      … and ${statements.length - 8} more` : '')
  console.error(`✖ ${finding.kind}: the config has schema changes that no committed migration in ${folder} covers.`)
  if (finding.database.length) {
    console.error(
      `    A database built by the committed migrations differs from the config in ${finding.database.length} column(s):`,
    )
    console.error(show(finding.database))
  }
  if (finding.snapshot.length && !finding.database.length) {
    console.error(
      `    The newest snapshot (${finding.snapshotFile}) is behind the config by ${finding.snapshot.length} statement(s):`,
    )
    console.error(show(finding.snapshot))
  }
  return false
}

async function main() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-migrate-check-'))
  const checks: [string, () => Promise<Finding>][] = [
    ['sqlite', () => runChild('sqlite', `file:${path.join(scratch, 'check.db')}`)],
    ['postgres', () => withScratchPostgres((url) => runChild('postgres', url))],
  ]
  let ok = true
  for (const [, run] of checks) {
    try {
      ok = report(await run()) && ok
    } catch (error) {
      console.error(`✖ ${(error as Error).message}`)
      ok = false
    }
  }
  fs.rmSync(scratch, { recursive: true, force: true })
  if (!ok) {
    console.error(
      '\nCreate the missing migration for both adapters with `npm run migrate:create -- <name>` and commit src/database/migrations/.',
    )
    process.exit(1)
  }
}

if (process.argv.includes('--adapter')) {
  const finding = await checkThisDatabase()
  fs.writeFileSync(process.env.MIGRATE_CHECK_RESULT!, JSON.stringify(finding))
  process.exit(0)
} else {
  await main()
}
