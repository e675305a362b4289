import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

import { bootServer, spawnServer } from './helpers/spawnServer'

// Made at load time: it.each tables below are built before any hook runs.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-startup-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const sqlite = (name: string) => ({
  DATABASE_URL: `file:${path.join(dir, `${name}.db`)}`,
  MEDIA_DIR: path.join(dir, 'media'),
})

/** Lines on stderr, ignoring Node's own experimental-feature warnings. */
const errorLines = (stderr: string) =>
  stderr.split('\n').filter((line) => line.trim() && !/ExperimentalWarning|--trace-warnings/.test(line))

describe('the server on a fresh embedded database', () => {
  it('seeds, prints the default admin with a warning, serves the API and stops cleanly on SIGTERM', async () => {
    const server = await bootServer(
      { ...sqlite('fresh'), NODE_ENV: 'development', SEED_ADMIN_EMAIL: undefined, SEED_ADMIN_PASSWORD: undefined },
      90_000,
    )
    try {
      expect(server.stdout()).toMatch(/email: +admin@jinqiao\.local/)
      expect(server.stdout()).toMatch(/WARNING: these are default credentials/)
      expect(server.stdout()).toMatch(/jobs runner on/)
      const parks = await (await fetch(`${server.base}/api/parks?depth=0`)).json()
      expect(parks.totalDocs).toBe(3)
      expect((await fetch(`${server.base}/readyz`)).status).toBe(200)
    } finally {
      server.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
    expect(server.stdout()).toMatch(/Stopped cleanly/)
  }, 120_000)
})

describe('a misconfigured start ends with one clear line and a non-zero exit', () => {
  it.each([
    [
      'an unknown DATABASE_URL scheme',
      { DATABASE_URL: 'mysql://root@localhost/zone' },
      /DATABASE_URL has the unsupported scheme "mysql"/,
    ],
    [
      'an unreachable database, after retrying for DATABASE_CONNECT_TIMEOUT_MS',
      { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/zone', DATABASE_CONNECT_TIMEOUT_MS: '1500' },
      /Cannot reach the postgres database at postgres:\/\/postgres@127\.0\.0\.1:1\/zone: .*\(gave up after [2-9] attempts/,
    ],
    [
      'a missing PAYLOAD_SECRET in production',
      { ...sqlite('prod'), NODE_ENV: 'production', PAYLOAD_SECRET: undefined },
      /PAYLOAD_SECRET is not set/,
    ],
    [
      'a production start without the public addresses',
      {
        ...sqlite('public'),
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'startup-test-secret',
        PUBLIC_SERVER_URL: undefined,
        PUBLIC_SITE_URL: undefined,
      },
      /Not starting in production: set PUBLIC_SERVER_URL .*; set PUBLIC_SITE_URL /,
    ],
    [
      'a production start that would send unsigned webhooks',
      {
        ...sqlite('webhooks'),
        NODE_ENV: 'production',
        PAYLOAD_SECRET: 'startup-test-secret',
        PUBLIC_SERVER_URL: 'https://cms.example.test',
        PUBLIC_SITE_URL: 'https://www.example.test',
        WEBHOOK_URLS: 'https://www.example.test/api/revalidate',
        WEBHOOK_SECRET: undefined,
      },
      /Not starting in production: set WEBHOOK_SECRET/,
    ],
    ['a PORT that is not a number', { ...sqlite('port'), PORT: 'eighty' }, /PORT must be a number/],
  ])('%s', async (_name, env, message) => {
    const server = spawnServer(env)
    expect(await server.exited).toBe(1)
    const lines = errorLines(server.stderr())
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(message)
  })

  it('a port in use', async () => {
    const blocker = net.createServer().listen(0, '0.0.0.0')
    await new Promise((resolve) => blocker.once('listening', resolve))
    const { port } = blocker.address() as net.AddressInfo
    try {
      const server = spawnServer({ ...sqlite('busy'), PORT: String(port), NODE_ENV: 'development' })
      expect(await server.exited).toBe(1)
      const lines = errorLines(server.stderr())
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(new RegExp(`Port ${port} is already in use`))
    } finally {
      blocker.close()
    }
  })
})

describe('the jobs runner', () => {
  it('is off in a server started with JOBS_RUNNER=off, and `npm run worker` runs the queue instead', async () => {
    const env = { ...sqlite('worker'), NODE_ENV: 'development' }
    const server = await bootServer({ ...env, JOBS_RUNNER: 'off' }, 90_000)
    let worker: ReturnType<typeof spawnServer> | undefined
    try {
      expect(server.stdout()).toMatch(/jobs runner off/)
      worker = spawnServer({ ...env, JOBS_RUNNER: undefined }, 'src/worker.ts')
      await worker.waitFor(/Jobs worker running/, 90_000)
      worker.child.kill('SIGTERM')
      expect(await worker.exited).toBe(0)
    } finally {
      server.child.kill('SIGTERM')
      worker?.child.kill('SIGTERM')
    }
    expect(await server.exited).toBe(0)
  }, 120_000)
})
