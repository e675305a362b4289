/**
 * `npm run soak`: a long run of mixed reads and writes at a steady rate against the production server.
 * Starts `src/server.ts` (NODE_ENV=production, API only, jobs runner on) on a fresh embedded database in
 * a temporary folder — or on SOAK_DATABASE_URL — and sends, at SOAK_RPS requests a second, a mix of
 * what readers and staff do: lists in both languages, reads by slug, GraphQL, the sitemap and feeds;
 * new drafts that get published, edits of published items, image uploads, public inquiries.
 * Reports per minute the requests, errors, p50/p99 latency and the server's resident memory (RSS),
 * then the verdict: no errors, and RSS after warm-up grown by less than 20 %.
 *
 *   npm run soak                       10 minutes
 *   SOAK_MINUTES=1 npm run soak        a short check
 *   SOAK_RPS=40 SOAK_REPORT=soak.md npm run soak
 *   SOAK_CPU_PROFILE=/tmp/prof npm run soak    the server's CPU profile (.cpuprofile) in that folder
 *   SOAK_NODE_ARGS=--trace-gc SOAK_SERVER_LOG=/tmp/server.log npm run soak    more node flags; all server output
 *   SOAK_MALLOC=glibc npm run soak     the server on glibc's malloc rather than jemalloc (see below)
 *
 * The server runs on jemalloc, as in the Docker image, when the machine has it (Debian: libjemalloc2).
 *
 * Exit code 0 when the verdict holds, 1 otherwise. Not part of CI (it takes ten minutes).
 */
import { type ChildProcess, spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import sharp from 'sharp'

import { freePort } from './lib/freePort'

const minutes = Number(process.env.SOAK_MINUTES || 10)
const rps = Number(process.env.SOAK_RPS || 20)
const durationMs = minutes * 60_000
/** Memory is compared from the end of the warm-up on: caches fill and code is compiled before it. */
const warmupMs = Math.min(120_000, durationMs / 3)
/** Medians over this long at the start of the measured part and at the end. */
const windowMs = Math.min(60_000, durationMs / 6)
const MAX_RSS_GROWTH = 0.2
const TIMEOUT_MS = 10_000

const root = path.resolve(import.meta.dirname, '..')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-soak-'))
const admin = { email: 'soak@jinqiao.local', password: crypto.randomBytes(12).toString('hex') }

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const database = process.env.SOAK_DATABASE_URL || `file:${path.join(dir, 'soak.db')}`
/** jemalloc, as the Docker image preloads it, when this machine has it and SOAK_MALLOC is not `glibc`. */
const jemalloc =
  process.env.SOAK_MALLOC === 'glibc'
    ? undefined
    : ['/usr/lib/x86_64-linux-gnu', '/usr/lib/aarch64-linux-gnu', '/usr/lib64', '/usr/lib']
        .map((folder) => path.join(folder, 'libjemalloc.so.2'))
        .find((file) => fs.existsSync(file))
const allocator = jemalloc ? 'jemalloc' : 'glibc malloc'
console.log(
  `soak: ${minutes} min at ${rps} requests/s on ${database.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')}, server on ${allocator}`,
)

// `npm start`'s command, without npm in between.
const server: ChildProcess = spawn(
  process.execPath,
  [
    '--no-deprecation',
    '--conditions=production',
    ...(process.env.SOAK_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.SOAK_CPU_PROFILE}`] : []),
    ...(process.env.SOAK_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? []),
    '--import',
    'tsx',
    'src/server.ts',
  ],
  {
    cwd: root,
    env: {
      ...process.env,
      // jemalloc, or none: an LD_PRELOAD from the environment (the Docker image sets one) is not passed on.
      LD_PRELOAD: jemalloc ?? '',
      NODE_ENV: 'production',
      PUBLIC_SERVER_URL: `http://127.0.0.1:${port}`,
      PUBLIC_SITE_URL: 'http://www.soak.local',
      NODE_OPTIONS: '',
      SERVE_ADMIN: 'false',
      PORT: String(port),
      DATABASE_URL: database,
      MEDIA_DIR: path.join(dir, 'media'),
      PAYLOAD_SECRET: crypto.randomBytes(32).toString('hex'),
      SEED_ON_START: 'true',
      SEED_ADMIN_EMAIL: admin.email,
      SEED_ADMIN_PASSWORD: admin.password,
      LOG_LEVEL: 'warn',
      PAYLOAD_LOG_LEVEL: 'warn',
      // One client sends everything: the per-IP limits would refuse most of it. The soak measures the
      // handlers behind them.
      RATE_LIMIT_LOGIN: '100000/60',
      RATE_LIMIT_GRAPHQL: '100000/60',
      RATE_LIMIT_STAFF: '100000/60',
      RATE_LIMIT_INQUIRIES: '100000/60',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
)
let serverLog = ''
const serverLogFile = process.env.SOAK_SERVER_LOG
for (const stream of [server.stdout!, server.stderr!]) {
  stream.on('data', (chunk) => {
    serverLog = (serverLog + chunk).slice(-20_000)
    if (serverLogFile) fs.appendFileSync(serverLogFile, chunk)
  })
}
const stop = () => {
  if (server.exitCode === null) server.kill('SIGTERM')
}
process.on('exit', () => {
  stop()
  if (!process.env.SOAK_DATABASE_URL) fs.rmSync(dir, { recursive: true, force: true })
})
process.on('SIGINT', () => process.exit(130))

const deadline = Date.now() + 180_000
for (;;) {
  if (server.exitCode !== null) {
    console.error(`The server exited (${server.exitCode}) before it was ready:\n${serverLog}`)
    process.exit(1)
  }
  if (Date.now() > deadline) {
    console.error(`The server was not ready within 3 minutes:\n${serverLog}`)
    process.exit(1)
  }
  const ready = await fetch(`${base}/readyz`).then(
    (r) => r.ok,
    () => false,
  )
  if (ready) break
  await new Promise((resolve) => setTimeout(resolve, 500))
}

// ── The workload ─────────────────────────────────────────────────────────────────────────────────

const login = await fetch(`${base}/api/users/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(admin),
})
const token = ((await login.json()) as { token: string }).token
const staff = { authorization: `JWT ${token}` }
const json = { 'content-type': 'application/json' }
const image = await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#1e5aa0' } })
  .jpeg()
  .toBuffer()
const slugs = {
  parks: ['south-park', 'nanhui-industrial-park', 'jinqiao-economic-and-technological-development-zone'],
  industries: ['artificial-intelligence', 'new-energy-vehicles', 'finance', 'advanced-manufacturing'],
}
const published: number[] = []
const pick = <T>(items: T[]): T => items[Math.floor(Math.random() * items.length)]
const locale = () => pick(['zh', 'en'])
let serial = 0

type Call = { kind: string; path: string; init?: RequestInit; expect?: number; then?: (body: unknown) => void }

/** The mix, by weight: mostly reads, as on the public site, and the writes staff and investors make. */
const MIX: [number, () => Call][] = [
  [20, () => ({ kind: 'list', path: `/api/announcements?locale=${locale()}&limit=10&sort=-publishedAt` })],
  [10, () => ({ kind: 'list', path: `/api/parks?locale=${locale()}&depth=1` })],
  [8, () => ({ kind: 'list', path: `/api/industries?locale=${locale()}&limit=20` })],
  [
    12,
    () => {
      const collection = pick(['parks', 'industries'] as const)
      return {
        kind: 'slug',
        path: `/api/${collection}?locale=${locale()}&where[slug][equals]=${pick(slugs[collection])}`,
      }
    },
  ],
  [
    12,
    () => ({
      kind: 'graphql',
      path: '/api/graphql',
      init: {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          query: `{ Announcements(locale: ${locale()}, limit: 5, sort: "-publishedAt") { docs { title slug publishedAt } }
                    Parks(locale: en) { docs { name slug industries { name } } } }`,
        }),
      },
    }),
  ],
  [4, () => ({ kind: 'feeds', path: pick(['/api/sitemap', `/feeds/announcements.${locale()}.xml`]) })],
  [
    10,
    () => {
      const n = ++serial
      return {
        kind: 'publish',
        path: '/api/announcements?draft=true',
        init: {
          method: 'POST',
          headers: { ...staff, ...json },
          body: JSON.stringify({ title: `浸泡测试公告 ${n}`, slug: `soak-${n}`, category: 'news', summary: '测试。' }),
        },
        expect: 201,
        then: (body) => {
          const id = (body as { doc: { id: number } }).doc.id
          void call({
            kind: 'publish',
            path: `/api/announcements/${id}`,
            init: { method: 'PATCH', headers: { ...staff, ...json }, body: JSON.stringify({ _status: 'published' }) },
            then: () => published.push(id),
          })
        },
      }
    },
  ],
  [
    5,
    () =>
      published.length
        ? {
            kind: 'edit',
            path: `/api/announcements/${pick(published)}?locale=en`,
            init: {
              method: 'PATCH',
              headers: { ...staff, ...json },
              body: JSON.stringify({ title: `Soak announcement, edited ${new Date().toISOString()}` }),
            },
          }
        : { kind: 'list', path: '/api/announcements?limit=1' },
  ],
  [
    4,
    () => {
      const boundary = `----soak${crypto.randomBytes(6).toString('hex')}`
      const body = Buffer.concat([
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n${JSON.stringify({ alt: '浸泡测试图片' })}\r\n` +
            `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="soak-${++serial}.jpg"\r\nContent-Type: image/jpeg\r\n\r\n`,
        ),
        image,
        Buffer.from(`\r\n--${boundary}--\r\n`),
      ])
      return {
        kind: 'upload',
        path: '/api/media',
        init: {
          method: 'POST',
          headers: { ...staff, 'content-type': `multipart/form-data; boundary=${boundary}` },
          body,
        },
        expect: 201,
      }
    },
  ],
  [
    8,
    () => ({
      kind: 'inquiry',
      path: '/api/inquiries',
      init: {
        method: 'POST',
        headers: json,
        body: JSON.stringify({
          company: `Soak Robotics ${++serial}`,
          contactName: 'Ada Lovelace',
          email: 'ada@example.com',
          country: 'Germany',
          message: 'We would like to open a robotics plant in the Jinqiao zone next year.',
          consent: true,
        }),
      },
      expect: 201,
    }),
  ],
]
const totalWeight = MIX.reduce((sum, [weight]) => sum + weight, 0)
const nextCall = (): Call => {
  let r = Math.random() * totalWeight
  for (const [weight, make] of MIX) if ((r -= weight) < 0) return make()
  return MIX[0][1]()
}

// ── Measuring ────────────────────────────────────────────────────────────────────────────────────

type Sample = { at: number; ms: number; ok: boolean; kind: string }
const samples: Sample[] = []
const errors: string[] = []
const rss: { at: number; mb: number }[] = []
const started = Date.now()

async function call({ kind, path: route, init, expect, then }: Call): Promise<void> {
  const t0 = performance.now()
  let ok = false
  try {
    const res = await fetch(`${base}${route}`, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) })
    const text = await res.text()
    ok = expect ? res.status === expect : res.ok
    if (!ok) errors.push(`${kind} ${init?.method ?? 'GET'} ${route} → ${res.status} ${text.slice(0, 200)}`)
    else if (then) then(JSON.parse(text))
  } catch (error) {
    errors.push(`${kind} ${init?.method ?? 'GET'} ${route} → ${(error as Error).message}`)
  }
  samples.push({ at: Date.now() - started, ms: performance.now() - t0, ok, kind })
}

const readRss = (): number | undefined => {
  try {
    const status = fs.readFileSync(`/proc/${server.pid}/status`, 'utf8')
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024
  } catch {
    return undefined
  }
}
const rssTimer = setInterval(() => {
  const mb = readRss()
  if (mb) rss.push({ at: Date.now() - started, mb })
}, 2_000)

const inFlight = new Set<Promise<void>>()
let sent = 0
let lastMinute = 0
let shownErrors = 0
await new Promise<void>((resolve) => {
  const tick = () => {
    const elapsed = Date.now() - started
    if (elapsed >= durationMs || server.exitCode !== null) {
      resolve()
      return
    }
    // Steady rate: as many requests as are due by now, whatever the latency of earlier ones.
    const due = Math.floor((elapsed / 1000) * rps)
    while (sent < due) {
      sent++
      const p = call(nextCall()).finally(() => inFlight.delete(p))
      inFlight.add(p)
    }
    const minute = Math.floor(elapsed / 60_000)
    if (minute > lastMinute) {
      lastMinute = minute
      process.stdout.write(`  … ${minute} min, ${samples.length} requests, ${errors.length} errors\n`)
      // The first errors as they come: a run that goes wrong early says why without waiting for the end.
      for (const error of errors.slice(shownErrors, 3)) process.stdout.write(`      ${error.slice(0, 300)}\n`)
      shownErrors = Math.max(shownErrors, Math.min(errors.length, 3))
    }
    setTimeout(tick, 10)
  }
  tick()
})
// Every request has a 10 s timeout; should one still never settle, the report is not held back by it.
const stragglers = await Promise.race([
  Promise.all(inFlight).then(() => 0),
  new Promise<number>((resolve) => setTimeout(() => resolve(inFlight.size), TIMEOUT_MS + 5_000)),
])
if (stragglers) errors.push(`${stragglers} request(s) never settled`)
clearInterval(rssTimer)
const crashed = server.exitCode !== null

// ── Report ───────────────────────────────────────────────────────────────────────────────────────

const quantile = (values: number[], q: number) => {
  if (!values.length) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
}
const median = (values: number[]) => quantile(values, 0.5)
const rows: string[] = []
const p99s: number[] = []
for (let m = 0; m * 60_000 < durationMs; m++) {
  const inMinute = samples.filter((s) => s.at >= m * 60_000 && s.at < (m + 1) * 60_000)
  const latencies = inMinute.map((s) => s.ms)
  const memory = rss.filter((r) => r.at >= m * 60_000 && r.at < (m + 1) * 60_000).map((r) => r.mb)
  const p99 = quantile(latencies, 0.99)
  if ((m + 1) * 60_000 > warmupMs) p99s.push(p99)
  rows.push(
    `| ${m + 1} | ${inMinute.length} | ${inMinute.filter((s) => !s.ok).length} | ${median(latencies).toFixed(1)} | ${p99.toFixed(1)} | ${median(memory).toFixed(0)} |`,
  )
}
const baseline = median(rss.filter((r) => r.at >= warmupMs && r.at < warmupMs + windowMs).map((r) => r.mb))
const final = median(rss.filter((r) => r.at >= durationMs - windowMs).map((r) => r.mb))
const growth = final / baseline - 1
const byKind = new Map<string, number>()
for (const s of samples) byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + 1)
const holds = !crashed && errors.length === 0 && growth < MAX_RSS_GROWTH

const report = [
  `Soak: ${minutes} min at ${rps} requests/s (production server on ${allocator}, ${database.startsWith('file:') ? 'embedded SQLite' : database.split(':')[0]}), ${new Date().toISOString().slice(0, 16)} UTC, ${os.cpus().length} CPUs, load average at the end ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
  `Mix: ${[...byKind].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
  '',
  '| minute | requests | errors | p50 ms | p99 ms | RSS MB |',
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows,
  '',
  `Requests: ${samples.length}, errors: ${errors.length}${crashed ? ' — THE SERVER EXITED' : ''}`,
  `RSS after warm-up (${(warmupMs / 1000).toFixed(0)} s): ${baseline.toFixed(0)} MB → at the end ${final.toFixed(0)} MB: ${growth >= 0 ? '+' : ''}${(growth * 100).toFixed(1)} % (limit +${MAX_RSS_GROWTH * 100} %)`,
  `p99 per minute after warm-up: ${p99s.map((p) => p.toFixed(0)).join(', ')} ms`,
  `Verdict: ${holds ? 'holds' : 'FAILS'} (no errors, RSS growth < ${MAX_RSS_GROWTH * 100} %)`,
].join('\n')
console.log(`\n${report}`)
if (errors.length) console.log(`\nFirst errors:\n${errors.slice(0, 10).join('\n')}`)
if (crashed) console.log(`\nServer output:\n${serverLog.slice(-4000)}`)
if (process.env.SOAK_REPORT) fs.writeFileSync(process.env.SOAK_REPORT, `${report}\n`)
stop()
process.exit(holds ? 0 : 1)
