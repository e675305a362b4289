/**
 * The PostgreSQL connection pool: its size comes from DATABASE_POOL_MAX, the log says when every
 * connection is busy and queries queue for one, and closing the database while a query is still running
 * (a jobs run the cron started, a request being answered during a graceful shutdown) lets that query
 * finish and does not crash the process (see src/database/closeDatabase.ts). Runs in the PostgreSQL pass.
 */
import { startTestPayload, testDatabaseKind, type TestPayload } from './helpers/testPayload'
import { sleep } from './helpers/wait'

const skipReason =
  testDatabaseKind() !== 'postgres' ? 'it runs in the PostgreSQL pass (DATABASE_URL=postgres://… npm test)' : undefined
if (skipReason) process.stderr.write(`\n⚠ SKIPPED: PostgreSQL pool tests — ${skipReason}.\n\n`)
const describePostgres = skipReason ? describe.skip : describe

type Rows = Promise<{ rows: Record<string, unknown>[] }>
type Pool = {
  query: (text: string) => Rows
  connect: () => Promise<{ query: (text: string) => Rows; release: () => void }>
  ending?: boolean
  options: { max: number }
  totalCount: number
}

describePostgres('the PostgreSQL pool', () => {
  let ctx: TestPayload
  let pool: Pool

  beforeAll(async () => {
    process.env.DATABASE_POOL_MAX = '3'
    ctx = await startTestPayload()
    delete process.env.DATABASE_POOL_MAX
    pool = (ctx.payload.db as unknown as { pool: Pool }).pool
  })
  let closed = false
  afterAll(async () => {
    if (!closed) await ctx?.close()
  })

  it('has DATABASE_POOL_MAX connections at most, and says so in the log when queries queue for one', async () => {
    expect(pool.options.max).toBe(3)
    const warnings: string[] = []
    const logger = ctx.payload.logger as unknown as { warn: (message: unknown) => void }
    const warn = logger.warn
    logger.warn = (message) => warnings.push(String(message))
    try {
      // Payload keeps one connection for itself: two at a time run, the others queue for ~5 s.
      const sleeping = Array.from({ length: 10 }, () => pool.query('select pg_sleep(1.2)'))
      await sleep(300)
      expect(pool.totalCount).toBe(3)
      await Promise.all(sleeping)
    } finally {
      logger.warn = warn
    }
    expect(warnings).toEqual([
      expect.stringMatching(
        /^Database pool saturated for \d+ s: all 3 of 3 connections in use \(one of them Payload's own\), up to \d+ queries waiting/,
      ),
    ])
  })

  it('closing waits for work in progress: a running query and an open transaction finish, nothing is thrown', async () => {
    const running = pool.query('select pg_sleep(0.5), 42 as answer')
    const held = await pool.connect()
    await held.query('begin')
    await sleep(50)
    const closing = ctx.close()
    await sleep(200)
    // The transaction goes on after closing began: its connection was neither taken from it nor ended.
    await expect(held.query('select 7 as answer')).resolves.toMatchObject({ rows: [{ answer: 7 }] })
    await held.query('commit')
    held.release()
    await closing
    closed = true

    await expect(running).resolves.toMatchObject({ rows: [{ answer: 42 }] })
    expect(pool.ending).toBe(true)
    // pg-pool's double release was thrown from a socket callback after the pool ended (the CI failure this
    // guards against); jest fails the test in progress on such an uncaught error, so give it time to land.
    await sleep(200)
  })
})
