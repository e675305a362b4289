/**
 * `npm run bench`: read throughput of the public API on this machine.
 * Seeds 1,000 bilingual announcements into a fresh embedded database, then measures at 50 connections
 * (autocannon, loopback only, bounded in time), alternating targets:
 *   - plain node:http returning the same bytes as the 10-newest list (the ceiling);
 *   - our API with the response cache, and with it off (API_CACHE=off), for: the 10 newest announcements,
 *     one announcement by slug, and a GraphQL home-page bundle;
 *   - stock Payload through Next's route handler (`next start` on the same database), for the same two
 *     REST reads — when the admin panel has been built (`npm run build`); otherwise it says so.
 * Writes the table to docs/PERFORMANCE.md. Usage: npm run bench [-- --seconds 10]
 */
import fs from 'node:fs'
import { spawn } from 'node:child_process'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'

import autocannon from 'autocannon'

const seconds = Number(process.argv[process.argv.indexOf('--seconds') + 1]) || 10
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-bench-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.PAYLOAD_SECRET ||= 'bench-secret'
process.env.LOG_LEVEL = 'silent'
process.env.PAYLOAD_LOG_LEVEL = 'error'
process.env.RATE_LIMIT_GRAPHQL = '100000000/60'

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../src/seed')
const { paragraphs } = await import('../src/seed/richText')
const { createApp, listen } = await import('../src/server')
const { apiCache } = await import('../src/cache/responseCache')
const { closeDatabase } = await import('../src/server/closeDatabase')

const payload = await getPayload({ config })
await seed(payload, { log: () => undefined })
const { totalDocs } = await payload.count({ collection: 'announcements' })
const categories = ['news', 'notice', 'policy-interpretation', 'event'] as const
console.log('seeding 1,000 bilingual announcements …')
for (let i = totalDocs; i < 1_000; i++) {
  const doc = await payload.create({
    collection: 'announcements',
    locale: 'zh',
    data: {
      title: `金桥开发区公告 第 ${i} 号`,
      slug: `bench-announcement-${i}`,
      category: categories[i % 4],
      summary: '金桥经济技术开发区管理委员会发布的公告摘要，用于性能测试。'.repeat(2),
      body: paragraphs(
        '金桥经济技术开发区位于上海浦东。'.repeat(10),
        '人工智能、智能网联汽车、智能机器人与智能硬件。'.repeat(5),
      ),
      publishedAt: new Date(Date.now() - i * 3_600_000).toISOString(),
      _status: 'published',
    },
  })
  await payload.update({
    collection: 'announcements',
    id: doc.id,
    locale: 'en',
    data: {
      title: `Jinqiao zone announcement no. ${i}`,
      summary: 'Summary of an announcement by the Administrative Committee, for the benchmark. '.repeat(2),
      body: paragraphs(
        'The Jinqiao zone lies in Shanghai Pudong. '.repeat(10),
        'AI, ICV, robots and hardware. '.repeat(5),
      ),
    },
  })
}

const server = await listen(createApp({ payload }), 0, '127.0.0.1')
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
const listPath = '/api/announcements?locale=en&limit=10&sort=-publishedAt'
const slugPath = '/api/announcements?locale=en&where[slug][equals]=bench-announcement-500&limit=1'
const homeQuery = JSON.stringify({
  query: `{ Announcements(locale: en, limit: 5, sort: "-publishedAt") { docs { title slug publishedAt summary } }
            Parks(locale: en) { docs { name slug kind } } ZoneProfile(locale: en) { name keyFigures { label value unit } } }`,
})
const listBytes = Buffer.from(await (await fetch(`${base}${listPath}`)).arrayBuffer())
const plain = http.createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': listBytes.length })
  res.end(listBytes)
})
await new Promise<void>((resolve) => plain.listen(0, '127.0.0.1', resolve))
const plainBase = `http://127.0.0.1:${(plain.address() as { port: number }).port}`

type Row = { name: string; rps: number; p50: number; p99: number; errors: number; bytes: number }
const run = async (name: string, url: string, opts: Partial<autocannon.Options> = {}): Promise<Row> => {
  const result = await autocannon({ url, connections: 50, duration: seconds, ...opts })
  const row = {
    name,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    bytes: Math.round(result.throughput.average / Math.max(1, result.requests.average)),
  }
  console.log(
    `${name.padEnd(44)} ${String(row.rps).padStart(7)} req/s   p50 ${row.p50} ms   p99 ${row.p99} ms   errors ${row.errors}`,
  )
  return row
}
const graphql = { method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: homeQuery }

/** Stock Payload: the Next app on its own, serving /api through Payload's route handler. */
async function startStockPayload(): Promise<{ base: string; stop: () => void } | undefined> {
  if (!fs.existsSync('.next/BUILD_ID')) {
    console.log('(stock Payload through Next is not measured: run `npm run build` first)')
    return undefined
  }
  const port = 20_000 + Math.floor(Math.random() * 20_000)
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '-p', String(port), '-H', '127.0.0.1'],
    {
      env: { ...process.env, NODE_ENV: 'production', NODE_OPTIONS: '--no-deprecation --conditions=production' },
      stdio: 'ignore',
    },
  )
  const base = `http://127.0.0.1:${port}`
  for (let i = 0; i < 120; i++) {
    const ok = await fetch(`${base}${listPath}`)
      .then((r) => r.ok)
      .catch(() => false)
    if (ok) return { base, stop: () => child.kill('SIGTERM') }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  child.kill('SIGKILL')
  console.log('(stock Payload through Next did not answer within 60 s: not measured)')
  return undefined
}
const stock = await startStockPayload()

const rows: Row[] = []
for (const cache of ['on', 'off'] as const) {
  apiCache().settings.enabled = cache === 'on'
  apiCache().invalidate()
  rows.push(await run('plain node:http, same bytes as the list', `${plainBase}/`))
  rows.push(await run(`10 newest announcements (cache ${cache})`, `${base}${listPath}`))
  rows.push(await run(`announcement by slug (cache ${cache})`, `${base}${slugPath}`))
  rows.push(await run(`GraphQL home bundle (cache ${cache})`, `${base}/api/graphql`, graphql))
}
if (stock) {
  rows.push(await run('stock Payload via Next: 10 newest', `${stock.base}${listPath}`))
  rows.push(await run('stock Payload via Next: by slug', `${stock.base}${slugPath}`))
  stock.stop()
}
const rps = (name: string) => rows.find((r) => r.name === name)?.rps ?? 0
const ratio = (a: string, b: string) => (rps(b) ? `${(rps(a) / rps(b)).toFixed(1)}×` : 'not measured')
const summary = [
  `- cached list vs plain node:http: ${Math.round((100 * rps('10 newest announcements (cache on)')) / rps('plain node:http, same bytes as the list'))}% (target ≥ 50%)`,
  `- uncached list vs stock Payload via Next: ${ratio('10 newest announcements (cache off)', 'stock Payload via Next: 10 newest')} (target ≥ 5×)`,
  `- uncached by-slug vs stock Payload via Next: ${ratio('announcement by slug (cache off)', 'stock Payload via Next: by slug')}`,
].join('\n')
console.log(summary)

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const table = rows.map((r) => `| ${r.name} | ${r.rps} | ${r.p50} | ${r.p99} | ${r.errors} |`).join('\n')
const report = `# Performance

Measured with \`npm run bench\` (scripts/bench.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${cpu},
${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, embedded SQLite, 1,000 bilingual announcements,
autocannon at 50 connections for ${seconds} s per target, all on loopback. The list is ${listBytes.length} bytes.

| target | req/s | p50 ms | p99 ms | errors |
| --- | ---: | ---: | ---: | ---: |
${table}

${summary}

"Stock Payload via Next" is \`next start\` serving Payload's own REST route (src/app/(payload)/api) on the same
database file, with the same config: the difference is the serving path (and our response cache when on).
`
fs.mkdirSync('docs', { recursive: true })
fs.writeFileSync('docs/PERFORMANCE.md', report)
console.log('\nwritten to docs/PERFORMANCE.md')
server.closeAllConnections()
server.close()
plain.close()
await closeDatabase(payload)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
