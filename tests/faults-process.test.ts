/**
 * The server process is stopped under load (SIGTERM) or killed mid-publication (SIGKILL). On a
 * PostgreSQL instance of this file's own (see helpers/privatePostgres.ts). Runs in the PostgreSQL pass
 * of the suite (DATABASE_URL=postgres://… npm test).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'

import { createPrivatePostgres, privatePostgresUnavailable, type PrivatePostgres } from './helpers/privatePostgres'
import { bootServer, type Spawned } from './helpers/spawnServer'
import { createStaff, startTestPayload, testDatabaseKind, type TestPayload } from './helpers/testPayload'
import { eventually, sleep, waitFor } from './helpers/wait'

const skipReason =
  testDatabaseKind() !== 'postgres'
    ? 'they run in the PostgreSQL pass (DATABASE_URL=postgres://… npm test)'
    : privatePostgresUnavailable()
if (skipReason) process.stderr.write(`\n⚠ SKIPPED: process fault tests (SIGTERM, SIGKILL) — ${skipReason}.\n\n`)
const describeFaults = skipReason ? describe.skip : describe

const PASSWORD = 'correct-horse-battery'

type Outcome = {
  what: string
  startedAt: number
  /** When the TCP connection was established (the server's kernel accepted it). */
  connectedAt?: number
  endedAt: number
  status?: number
  error?: string
  /** Response bytes received before an error. */
  received: number
  body?: string
}

type Body = { chunks: Buffer[]; gapMs?: number; stallAfter?: number }

/**
 * One request on a connection of its own (no keep-alive: a refused connection is unambiguous). The
 * body is written chunk by chunk, `gapMs` apart; with `stallAfter`, it stops after that many chunks
 * and never ends (a client gone quiet mid-upload).
 */
function send(
  base: string,
  what: string,
  method: string,
  route: string,
  headers: Record<string, string> = {},
  body?: Body,
): Promise<Outcome> {
  const outcome: Outcome = { what, startedAt: Date.now(), endedAt: 0, received: 0 }
  return new Promise((resolve) => {
    const done = (extra: Partial<Outcome>) => {
      if (outcome.endedAt) return
      Object.assign(outcome, extra, { endedAt: Date.now() })
      resolve(outcome)
    }
    const length = body ? body.chunks.reduce((n, c) => n + c.length, 0) : 0
    const req = http.request(`${base}${route}`, {
      method,
      agent: false,
      headers: { ...headers, ...(body ? { 'content-length': String(length) } : {}) },
    })
    req.on('socket', (socket) => socket.once('connect', () => (outcome.connectedAt = Date.now())))
    req.on('response', (res) => {
      outcome.status = res.statusCode
      const parts: Buffer[] = []
      res.on('data', (chunk: Buffer) => {
        outcome.received += chunk.length
        parts.push(chunk)
      })
      res.on('end', () => done({ body: Buffer.concat(parts).toString('utf8').slice(0, 300) }))
      res.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }))
    })
    req.on('error', (error: NodeJS.ErrnoException) => done({ error: error.code ?? error.message }))
    if (!body) {
      req.end()
      return
    }
    void (async () => {
      for (const [i, chunk] of body.chunks.entries()) {
        if (body.stallAfter !== undefined && i >= body.stallAfter) return
        if (req.destroyed) return
        req.write(chunk)
        if (body.gapMs) await sleep(body.gapMs)
      }
      req.end()
    })()
  })
}

/** A multipart upload of `file` to the media collection, as the admin panel sends it. */
function multipart(file: Buffer, filename: string, alt: string): { headers: Record<string, string>; body: Buffer } {
  const boundary = `----jinqiao${crypto.randomBytes(8).toString('hex')}`
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt })}\r\n` +
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ])
  return { headers: { 'content-type': `multipart/form-data; boundary=${boundary}` }, body }
}

const chunked = (buffer: Buffer, count: number): Buffer[] => {
  const size = Math.ceil(buffer.length / count)
  return Array.from({ length: count }, (_, i) => buffer.subarray(i * size, (i + 1) * size)).filter((c) => c.length)
}

describeFaults('the server process', () => {
  let pg: PrivatePostgres
  let ctx: TestPayload
  let payload: Payload
  let adminEmail: string
  const servers: Spawned[] = []
  let mediaDir = ''

  beforeAll(async () => {
    pg = await createPrivatePostgres()
    await pg.start()
    ctx = await startTestPayload({ baseUrl: pg.url() })
    payload = ctx.payload
    adminEmail = (await createStaff(payload, 'admin')).email
    mediaDir = path.join(ctx.dir, 'media')
  }, 120_000)
  afterAll(async () => {
    for (const server of servers) {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL')
        await server.exited
      }
    }
    await ctx?.close()
    await pg?.destroy()
  })

  /** `npm start`'s command on this file's database; resolves once it is ready. */
  const startServer = async (env: Record<string, string> = {}) => {
    const server = await bootServer({
      DATABASE_URL: ctx.url,
      MEDIA_DIR: mediaDir,
      NODE_ENV: 'development',
      SEED_ON_START: 'false',
      PAYLOAD_LOG_LEVEL: 'info',
      ...env,
    })
    servers.push(server)
    return { server, base: server.base }
  }

  it('SIGTERM under load: no accepted request fails; in-flight uploads complete or leave nothing behind', async () => {
    const { server, base } = await startServer({ JOBS_RUNNER: 'off' })
    const login = await fetch(`${base}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: adminEmail, password: PASSWORD }),
    })
    const auth = { authorization: `JWT ${(await login.json()).token}` }
    const small = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#1e5aa0' } })
      .png()
      .toBuffer()
    // Noise does not compress: a ~0.5 MB PNG takes a while to send in slow chunks.
    const noise = await sharp(crypto.randomBytes(420 * 420 * 3), { raw: { width: 420, height: 420, channels: 3 } })
      .png()
      .toBuffer()
    const run = crypto.randomBytes(3).toString('hex')

    const outcomes: Outcome[] = []
    let stopping = false
    let n = 0
    const request = (): Promise<Outcome> => {
      const i = n++
      switch (i % 5) {
        case 0:
          return send(base, 'list', 'GET', `/api/parks?depth=0&r=${i}`)
        case 1:
          return send(base, 'slug', 'GET', `/api/industries?where[slug][equals]=finance&r=${i}`)
        case 2: {
          const body = Buffer.from(JSON.stringify({ query: '{ Parks { docs { slug name } } }' }))
          return send(
            base,
            'graphql',
            'POST',
            '/api/graphql',
            { 'content-type': 'application/json' },
            { chunks: [body] },
          )
        }
        case 3: {
          const body = Buffer.from(JSON.stringify({ title: `load ${run} ${i}`, category: 'news' }))
          return send(
            base,
            'create',
            'POST',
            '/api/announcements?draft=true',
            { ...auth, 'content-type': 'application/json' },
            { chunks: [body] },
          )
        }
        default: {
          const upload = multipart(small, `load-${run}-${i}.png`, `load ${i}`)
          return send(base, 'upload', 'POST', '/api/media', { ...auth, ...upload.headers }, { chunks: [upload.body] })
        }
      }
    }
    const loop = async () => {
      while (!stopping) {
        const outcome = await request()
        outcomes.push(outcome)
        // The server has closed its port: this client is done.
        if (outcome.error && outcome.received === 0 && outcome.startedAt > sigtermAt) return
      }
    }
    let sigtermAt = Number.POSITIVE_INFINITY
    const loops = Array.from({ length: 6 }, loop)
    await sleep(1_500)

    // Two slow uploads (about 3 s each) and one that stalls halfway, in flight when the signal comes.
    const slow = [0, 1].map((k) => {
      const upload = multipart(noise, `slow-${run}-${k}.png`, `slow ${k}`)
      return send(
        base,
        'slow upload',
        'POST',
        '/api/media',
        { ...auth, ...upload.headers },
        {
          chunks: chunked(upload.body, 30),
          gapMs: 100,
        },
      )
    })
    const stalledUpload = multipart(noise, `stalled-${run}.png`, 'stalled')
    const stalled = send(
      base,
      'stalled upload',
      'POST',
      '/api/media',
      { ...auth, ...stalledUpload.headers },
      {
        chunks: chunked(stalledUpload.body, 30),
        gapMs: 100,
        stallAfter: 15,
      },
    )
    await sleep(1_000)
    sigtermAt = Date.now()
    server.child.kill('SIGTERM')
    setTimeout(() => (stopping = true), 5_000)
    await Promise.all(loops)
    const [slowOutcomes, stalledOutcome] = [await Promise.all(slow), await stalled]
    expect(await server.exited).toBe(0)

    // Every answer the server gave was a success.
    const answered = outcomes.filter((o) => o.status !== undefined)
    const failedAnswers = answered.filter((o) => o.status! >= 300 || o.error)
    expect(failedAnswers).toEqual([])
    // Requests without an answer: only connections refused or reset once the server had stopped
    // listening, with nothing received (never one the server had accepted well before the signal).
    const unanswered = outcomes.filter((o) => o.status === undefined)
    for (const o of unanswered) {
      expect(o.received).toBe(0)
      expect(['ECONNREFUSED', 'ECONNRESET', 'EPIPE']).toContain(o.error)
      expect(o.connectedAt === undefined || o.connectedAt > sigtermAt - 250).toBe(true)
    }
    const inFlight = answered.filter((o) => o.startedAt < sigtermAt && o.endedAt > sigtermAt)
    expect(answered.length).toBeGreaterThanOrEqual(10)
    expect(inFlight.length).toBeGreaterThanOrEqual(1)

    // The slow uploads finished after the signal, and are stored with all their sizes.
    for (const o of slowOutcomes) {
      expect([o.status, o.error]).toEqual([201, undefined])
      expect(o.endedAt).toBeGreaterThan(sigtermAt)
    }
    const slowDocs = await payload.find({ collection: 'media', where: { filename: { like: `slow-${run}` } } })
    expect(slowDocs.totalDocs).toBe(2)
    for (const doc of slowDocs.docs) {
      // (Sizes larger than the image are not made: their filename is null.)
      const sizes = Object.values(doc.sizes ?? {}).map((size) => size?.filename)
      for (const name of [doc.filename, ...sizes].filter((n): n is string => Boolean(n))) {
        expect(fs.existsSync(path.join(mediaDir, name))).toBe(true)
      }
    }
    // The stalled one was cut off after the grace period, and left no document and no file.
    expect(stalledOutcome.status).toBeUndefined()
    expect(server.stdout() + server.stderr()).toMatch(/Requests still open after 15000 ms: closing them/)
    expect(
      (await payload.find({ collection: 'media', where: { filename: { like: `stalled-${run}` } } })).totalDocs,
    ).toBe(0)
    expect(fs.readdirSync(mediaDir).filter((f) => f.startsWith(`stalled-${run}`))).toEqual([])
    // Every write the server confirmed is there.
    const created = answered.filter((o) => o.what === 'create').length
    const stored = await payload.count({ collection: 'announcements', where: { title: { like: `load ${run}` } } })
    expect(stored.totalDocs).toBe(created)
    const uploaded = answered.filter((o) => o.what === 'upload').length
    const uploads = await payload.count({ collection: 'media', where: { filename: { like: `load-${run}` } } })
    expect(uploads.totalDocs).toBe(uploaded)
    expect(server.stdout()).toMatch(/Stopped cleanly/)
    process.stdout.write(
      `SIGTERM under load: ${answered.length} answered (all 2xx), ${inFlight.length} in flight at the signal, ${unanswered.length} refused after it; stalled upload cut after the grace period, nothing left behind.\n`,
    )
  }, 180_000)

  it('SIGKILL during a scheduled publication: after a restart each publication happens exactly once', async () => {
    const { server } = await startServer()
    const [inProgress, unrecorded] = await Promise.all(
      ['in progress', 'unrecorded'].map((title) =>
        payload.create({
          collection: 'announcements',
          data: { title: `Crash: ${title}`, slug: `crash-${title.replace(' ', '-')}`, category: 'notice' },
          draft: true,
        }),
      ),
    )
    // Locks hold the runner at the two moments a crash can catch a publication: one document's
    // publication waits on its row (the crash hits mid-transaction); the other commits, but the
    // runner cannot record that the job is done (job log table locked).
    // The audit log's sealer runs at second 0 of every minute, in the same queue: caught by the job log
    // lock below, it would hold the runner before it reaches the publications (the test then timed out
    // now and then). The publications are made due well clear of that moment.
    // Likewise any other job due soon (those the drafts above queued): the runner is left with nothing
    // but the two publications to run while the locks are held.
    const second = new Date().getSeconds()
    if (second < 3 || second > 35) await sleep(((63 - second) % 60) * 1000)
    await waitFor(
      async () =>
        (
          await payload.count({
            collection: 'payload-jobs',
            where: {
              completedAt: { exists: false },
              hasError: { not_equals: true },
              or: [
                { waitUntil: { exists: false } },
                { waitUntil: { less_than: new Date(Date.now() + 15_000).toISOString() } },
              ],
            },
          })
        ).totalDocs === 0,
      'the jobs queue to have nothing due in the next 15 s',
      { timeoutMs: 30_000, intervalMs: 200 },
    )
    const { default: pg } = await import('pg')
    const locks = new pg.Client({ connectionString: ctx.url })
    const logLock = new pg.Client({ connectionString: ctx.url })
    await Promise.all([locks.connect(), logLock.connect()])
    try {
      await locks.query('BEGIN')
      await locks.query('SELECT id FROM announcements WHERE id = $1 FOR UPDATE', [inProgress.id])
      await logLock.query('BEGIN')
      await logLock.query('LOCK TABLE payload_jobs_log IN EXCLUSIVE MODE')

      const due = new Date(Date.now() + 2_000)
      const jobs = await Promise.all(
        [inProgress, unrecorded].map((doc) =>
          payload.jobs.queue({
            task: 'schedulePublish',
            input: { type: 'publish', doc: { relationTo: 'announcements', value: doc.id } },
            waitUntil: due,
          }),
        ),
      )
      const status = (id: number) => payload.findByID({ collection: 'announcements', id }).then((d) => d._status)
      const job = (id: number | string) => payload.findByID({ collection: 'payload-jobs', id })
      await waitFor(
        async () => (await status(unrecorded.id)) === 'published' && (await job(jobs[0].id)).processing,
        'the runner to reach the publications',
        { timeoutMs: 30_000, intervalMs: 100 },
      )
      await sleep(300)
      server.child.kill('SIGKILL')
      await server.exited
      // The crash state: one publication not done, one done but not recorded; both jobs still "running".
      expect(await status(inProgress.id)).toBe('draft')
      for (const j of jobs) expect(await job(j.id)).toMatchObject({ processing: true, completedAt: null })
    } finally {
      await locks.query('ROLLBACK').catch(() => undefined)
      await logLock.query('ROLLBACK').catch(() => undefined)
      await Promise.all([locks.end(), logLock.end()])
    }

    const restarted = await startServer()
    const restartedAt = Date.now()
    // A finished job is deleted from the queue (Payload's deleteJobOnComplete).
    await eventually(
      async () =>
        (await payload.count({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } }))
          .totalDocs,
      (jobsLeft) => jobsLeft === 0,
      () => `the interrupted jobs were not finished:\n${restarted.server.stdout()}`,
      { timeoutMs: 90_000, intervalMs: 500 },
    )
    const doneAfter = Date.now() - restartedAt
    // Two more runner ticks: nothing runs again.
    await sleep(11_000)
    for (const doc of [inProgress, unrecorded]) {
      expect((await payload.findByID({ collection: 'announcements', id: doc.id }))._status).toBe('published')
      const publications = await payload.count({
        collection: 'audit-log',
        where: { action: { equals: 'publish' }, documentId: { equals: String(doc.id) } },
      })
      const publishedVersions = await payload.countVersions({
        collection: 'announcements',
        where: { parent: { equals: doc.id }, 'version._status': { equals: 'published' } },
      })
      expect([doc.slug, publications.totalDocs, publishedVersions.totalDocs]).toEqual([doc.slug, 1, 1])
    }
    expect(restarted.server.stdout()).toMatch(/Released 2 job\(s\) left unfinished by a runner that stopped/)
    expect(restarted.server.stdout()).toMatch(/had already taken effect: not run again/)
    process.stdout.write(
      `SIGKILL mid-publication: both interrupted publications done ${doneAfter} ms after the restart; 1 publish audit entry and 1 published version each.\n`,
    )
    restarted.server.child.kill('SIGTERM')
    expect(await restarted.server.exited).toBe(0)
  }, 240_000)
})
