/**
 * Closing Payload's database while a query is still running (a jobs run the cron started, a request
 * being answered during a graceful shutdown) lets that query finish and does not crash the process.
 * The PostgreSQL pool is where this can go wrong (see src/server/closeDatabase.ts), so this runs in
 * the PostgreSQL pass of the suite.
 */
import { startTestPayload, testDatabaseKind, type TestPayload } from './helpers/testPayload'

const skipReason =
  testDatabaseKind() !== 'postgres' ? 'it runs in the PostgreSQL pass (DATABASE_URL=postgres://… npm test)' : undefined
if (skipReason) process.stderr.write(`\n⚠ SKIPPED: closing the database under a running query — ${skipReason}.\n\n`)
const describePostgres = skipReason ? describe.skip : describe

type Pool = { query: (text: string) => Promise<{ rows: Record<string, unknown>[] }>; ending?: boolean }

describePostgres('closing the database under a running query', () => {
  let ctx: TestPayload
  const uncaught: Error[] = []
  const onUncaught = (error: Error) => uncaught.push(error)

  beforeAll(async () => {
    ctx = await startTestPayload()
    process.on('uncaughtException', onUncaught)
  })
  afterAll(() => {
    process.off('uncaughtException', onUncaught)
  })

  it('lets the query finish, ends the pool and throws nothing afterwards', async () => {
    const pool = (ctx.payload.db as unknown as { pool: Pool }).pool
    const running = pool.query('select pg_sleep(0.5), 42 as answer')
    // Give the query time to reach the server before closing starts.
    await new Promise((resolve) => setTimeout(resolve, 50))
    await ctx.close()

    await expect(running).resolves.toMatchObject({ rows: [{ answer: 42 }] })
    expect(pool.ending).toBe(true)
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(uncaught).toEqual([])
  })
})
