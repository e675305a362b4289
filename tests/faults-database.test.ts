/**
 * The database fails under a running server: it is not there at start, it stops, it hangs. On a
 * PostgreSQL instance of this file's own (see helpers/privatePostgres.ts), so that stopping it
 * disturbs nothing else. Runs in the PostgreSQL pass of the suite (DATABASE_URL=postgres://… npm test).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { createPrivatePostgres, privatePostgresUnavailable, type PrivatePostgres } from './helpers/privatePostgres'
import { spawnServerOnFreePort, type Listening } from './helpers/spawnServer'
import { testDatabaseKind } from './helpers/testPayload'
import { eventually } from './helpers/wait'

const skipReason =
  testDatabaseKind() !== 'postgres'
    ? 'they run in the PostgreSQL pass (DATABASE_URL=postgres://… npm test)'
    : privatePostgresUnavailable()
if (skipReason) process.stderr.write(`\n⚠ SKIPPED: database fault tests — ${skipReason}.\n\n`)
const describeFaults = skipReason ? describe.skip : describe

const REQUEST_TIMEOUT_MS = 4_000
const ADMIN = { email: 'admin@faults.local', password: 'faults-admin-password' }

type Answer = { status: number; ms: number; body: string; retryAfter: string | null }

describeFaults('PostgreSQL faults under a running server', () => {
  let pg: PrivatePostgres
  let server: Listening | undefined
  const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-faults-db-'))

  beforeAll(async () => {
    pg = await createPrivatePostgres()
  })
  afterAll(async () => {
    await server?.stop()
    await pg?.destroy()
    fs.rmSync(mediaDir, { recursive: true, force: true })
  })

  const call = async (route: string, init?: RequestInit): Promise<Answer> => {
    const started = Date.now()
    const res = await fetch(`${server!.base}${route}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS * 3) })
    return {
      status: res.status,
      ms: Date.now() - started,
      body: await res.text(),
      retryAfter: res.headers.get('retry-after'),
    }
  }
  const json = (body: unknown): RequestInit => ({
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  /** What a reader and an editor do; none of these is in the response cache. */
  const traffic = async () => ({
    list: await call(`/api/announcements?limit=5&page=${Math.floor(Math.random() * 1e6) + 1}`),
    bySlug: await call(`/api/industries?where[slug][equals]=finance&r=${Math.random()}`),
    // A query of its own each time (the alias), as the REST reads above: answers already in the cache are
    // still served while the database is away (they cannot be stale: nothing changes meanwhile).
    graphql: await call(
      '/api/graphql',
      json({ query: `{ r${Math.floor(Math.random() * 1e9)}: Parks { docs { slug } } }` }),
    ),
    login: await call('/api/users/login', json(ADMIN)),
    feed: await call(`/feeds/announcements.en.xml?r=${Math.random()}`),
  })

  /** /readyz and the API answer 200 again within 15 s of the database's return, without any help; how long it took. */
  const recovered = async (): Promise<number> => {
    const started = Date.now()
    await eventually(
      async () => [await call('/readyz'), await call(`/api/parks?depth=0&r=${Math.random()}`)],
      ([ready, api]) => ready.status === 200 && api.status === 200,
      ([ready, api]) => `no recovery: /readyz ${ready.status}, API ${api.status}`,
      { timeoutMs: 15_000, intervalMs: 250 },
    )
    return Date.now() - started
  }

  it('database unreachable at start: retries with backoff, a line per attempt, ready once it comes', async () => {
    server = await spawnServerOnFreePort({
      DATABASE_URL: pg.url('zone'),
      MEDIA_DIR: mediaDir,
      NODE_ENV: 'development',
      SEED_ON_START: 'true',
      SEED_ADMIN_EMAIL: ADMIN.email,
      SEED_ADMIN_PASSWORD: ADMIN.password,
      REQUEST_TIMEOUT_MS: String(REQUEST_TIMEOUT_MS),
      DATABASE_CONNECT_TIMEOUT_MS: undefined,
      // The outage's start and end are logged at warn and info level.
      PAYLOAD_LOG_LEVEL: 'info',
    })
    await server.waitFor(/(Waiting for the postgres database[^\n]*\n[^]*){3}/, 60_000)
    const waits = [...server.stdout().matchAll(/\(attempt (\d+): ([^)]*)\); next try in ([\d.]+) s/g)]
    expect(waits.map((m) => Number(m[1]))).toEqual(waits.map((_, i) => i + 1))
    expect(waits[0][2]).toMatch(/ECONNREFUSED/)
    // Exponential backoff: each wait twice the one before (0.5 s, 1 s, 2 s …).
    const delays = waits.map((m) => Number(m[3]))
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeCloseTo(Math.min(delays[i - 1] * 2, 10), 1)
    expect(server.child.exitCode).toBeNull()

    await pg.start()
    await server.waitFor(/Jinqiao CMS ready/, 90_000)
    expect(server.stdout()).toMatch(/Reached the postgres database \(attempt \d+\)/)
    process.stdout.write(
      `Unreachable at start: ${waits.length} attempts logged (waits ${delays.join(' s, ')} s) before the database came; ready after it did.\n`,
    )
    expect((await call('/readyz')).status).toBe(200)
    expect((await call('/api/parks?depth=0')).body).toMatch(/"totalDocs":3/)
  }, 180_000)

  it('database stopped while serving: /readyz 503, the API 503 JSON with a message, recovery by itself', async () => {
    expect(server?.child.exitCode).toBeNull()
    const before = await traffic()
    for (const answer of Object.values(before)) expect(answer.status).toBe(200)

    await pg.stop('fast')
    const ready = await call('/readyz')
    expect(ready.status).toBe(503)
    expect(JSON.parse(ready.body).error).toMatch(/The database is not reachable: .*ECONNREFUSED/)
    const slowest = { ms: 0 }
    for (const round of [await traffic(), await traffic()]) {
      for (const [what, answer] of Object.entries(round)) {
        slowest.ms = Math.max(slowest.ms, answer.ms)
        expect([what, answer.status]).toEqual([what, 503])
        expect(JSON.parse(answer.body).errors[0].message).toMatch(/The database is unreachable at the moment/)
        expect(answer.retryAfter).toBe('5')
        expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS)
      }
    }
    expect((await call('/healthz')).status).toBe(200)

    await pg.start()
    const recovery = await recovered()
    const after = await traffic()
    for (const [what, answer] of Object.entries(after)) expect([what, answer.status]).toEqual([what, 200])
    process.stdout.write(
      `Stopped database: /readyz 503 in ${ready.ms} ms; REST, GraphQL, login and feed 503 in ${slowest.ms} ms at most; all 200 again ${recovery} ms after it restarted.\n`,
    )
    expect(server!.stdout()).toMatch(
      /The database is unreachable \(connect ECONNREFUSED[^)]*\): answering API requests with 503/,
    )
    expect(server!.stdout()).toMatch(/The database answers again/)
  }, 60_000)

  it('database hanging (no answer, connections open): 503 within the timeout, recovery by itself', async () => {
    await pg.freeze()
    try {
      const ready = await call('/readyz')
      expect(ready.status).toBe(503)
      expect(ready.ms).toBeLessThan(REQUEST_TIMEOUT_MS)
      const answers = await Promise.all([
        call('/api/announcements?limit=3&page=7'),
        call('/api/graphql', json({ query: '{ Industries { docs { slug } } }' })),
        call('/api/users/login', json(ADMIN)),
        call('/feeds/announcements.zh.atom?r=1'),
      ])
      for (const answer of answers) {
        expect(answer.status).toBe(503)
        expect(JSON.parse(answer.body).errors[0].message).toMatch(/try again/)
        // REQUEST_TIMEOUT_MS, plus room for a loaded machine.
        expect(answer.ms).toBeLessThan(REQUEST_TIMEOUT_MS + 3_000)
      }
      expect((await call('/healthz')).ms).toBeLessThan(1_000)
      process.stdout.write(
        `Hanging database: /readyz 503 in ${ready.ms} ms; the API 503 in ${Math.max(...answers.map((a) => a.ms))} ms at most (REQUEST_TIMEOUT_MS=${REQUEST_TIMEOUT_MS}).\n`,
      )
    } finally {
      await pg.thaw()
    }
    process.stdout.write(`  all 200 again ${await recovered()} ms after it resumed.\n`)
    const after = await traffic()
    for (const [what, answer] of Object.entries(after)) expect([what, answer.status]).toEqual([what, 200])

    expect(await server!.stop()).toBe(0)
    // Nothing the driver threw went unhandled.
    expect(server!.stderr()).not.toMatch(/Unhandled|uncaught/i)
  }, 60_000)
})
