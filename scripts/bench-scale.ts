/**
 * `npm run bench:scale`: how cost grows with the data. For each database (embedded SQLite, and PostgreSQL
 * when it answers) the zone grows to each size in turn — announcements in both languages, with policies
 * (1 in 10) and events (1 in 20) — by `npm run seed -- --bulk`'s writer (src/content/seed/bulk.ts), its
 * seed and read-model rebuild timed; then our API (`npm run start:api`, response cache off, read model on)
 * is measured at 50 connections: the 10 newest, one by slug, a category page 50 deep, search in Chinese and
 * English, the GraphQL home bundle, and the admin's list (an editor's drafts view); and its memory.
 * Writes a section of docs/PERFORMANCE.md and a chart, docs/scale-latency.svg.
 *
 *   npm run bench:scale [-- --sizes 1000,10000,100000] [--databases sqlite,postgres] [--seconds 5]
 *
 * PostgreSQL: a scratch database next to SCALE_POSTGRES_URL (default: the local test server), dropped after.
 */
import fs from 'node:fs'
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import path from 'node:path'

import { loadGenerator, type Row, signIn, startApi } from './lib/load'

const argument = (name: string, fallback: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] ? process.argv[at + 1]! : fallback
}
const seconds = Number(argument('seconds', '5'))
const sizes = argument('sizes', '1000,10000')
  .split(',')
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0)
  .sort((a, b) => a - b)
const databases = argument('databases', 'sqlite,postgres').split(',')
const postgresUrl = process.env.SCALE_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/test'
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-scale-'))
const editor = { email: 'scale-editor@bench.local', password: 'violet harbour lantern 42' }

const common = {
  NODE_ENV: 'production' as const,
  PAYLOAD_SECRET: 'bench-secret',
  MEDIA_DIR: path.join(dir, 'media'),
  PUBLIC_SERVER_URL: 'http://cms.bench.local',
  PUBLIC_SITE_URL: 'http://www.bench.local',
  LOG_LEVEL: 'silent',
  PAYLOAD_LOG_LEVEL: 'error',
  RATE_LIMIT_GRAPHQL: '100000000/60',
  RATE_LIMIT_STAFF: '100000000/60',
  FORCE_PASSWORD_CHANGE: 'false',
}

/** Runs a snippet with the project's TypeScript, against DATABASE_URL; returns its last line, parsed as JSON. */
function inChild(databaseUrl: string, code: string): Record<string, number> {
  const file = path.join(process.cwd(), 'scripts', `.scale-child-${process.pid}.ts`)
  fs.writeFileSync(file, code)
  try {
    const result = spawnSync(
      process.execPath,
      ['--no-deprecation', '--conditions=production', '--import', 'tsx', file],
      {
        env: { ...process.env, ...common, DATABASE_URL: databaseUrl, NODE_OPTIONS: '' },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 64 * 1024 * 1024,
      },
    )
    const last = result.stdout.trim().split('\n').pop() ?? ''
    if (result.status !== 0) throw new Error(`seeding failed (${result.status}):\n${result.stdout.slice(-2000)}`)
    return JSON.parse(last) as Record<string, number>
  } finally {
    fs.rmSync(file, { force: true })
  }
}

/** Grows the database to `size` announcements (and the rest in proportion); the seed's and rebuild's seconds. */
const grow = (databaseUrl: string, size: number) =>
  inChild(
    databaseUrl,
    `
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../src/content/seed')
const { bulkCounts, bulkSeed, progressBar } = await import('../src/content/seed/bulk')
const { prepareReadModel, rebuildReadModel } = await import('../src/delivery/readModel/rebuild')
const { closeDatabase } = await import('../src/database/closeDatabase')
const payload = await getPayload({ config })
await seed(payload, { log: () => undefined })
const editor = ${JSON.stringify(editor)}
const account =
  (await payload.find({ collection: 'users', where: { email: { equals: editor.email } }, limit: 1 })).docs[0] ??
  (await payload.create({ collection: 'users', data: { ...editor, role: 'editor', name: 'Scale editor' } }))
// As after its owner has chosen their own password (an account set up by someone else may do nothing else).
await payload.update({ collection: 'users', id: account.id, data: { mustChangePassword: false } })
let started = performance.now()
const written = await bulkSeed(payload, bulkCounts(${size}), { onProgress: progressBar() })
const seedSeconds = (performance.now() - started) / 1000
started = performance.now()
await rebuildReadModel(payload)
await prepareReadModel(payload)
const rebuildSeconds = (performance.now() - started) / 1000
await closeDatabase(payload)
console.log(JSON.stringify({ written, seedSeconds, rebuildSeconds }))
process.exit(0)
`,
  )

/** A fresh PostgreSQL database next to `url`, and how to drop it. */
async function scratchPostgres(url: string) {
  const { default: pg } = await import('pg')
  const name = `jinqiao_scale_${process.pid}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`drop database if exists ${name}`)
  await admin.query(`create database ${name}`)
  await admin.end()
  const scratch = new URL(url)
  scratch.pathname = `/${name}`
  return {
    url: scratch.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

async function postgresAnswers(url: string): Promise<boolean> {
  const { default: pg } = await import('pg')
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

const homeQuery = JSON.stringify({
  query: `{ Announcements(locale: en, limit: 5, sort: "-publishedAt") { docs { title slug publishedAt summary } }
            Parks(locale: en) { docs { name slug kind } } ZoneProfile(locale: en) { name keyFigures { label value unit } } }`,
})
const { run, generator } = loadGenerator({ seconds, dir })
console.log(`load generator: ${generator}; sizes ${sizes.join(', ')}; ${seconds} s per target`)

type Measured = {
  database: string
  size: number
  written: number
  seedSeconds: number
  rebuildSeconds: number
  rssMiB: number | undefined
  rows: Row[]
  categoryPage: number
}
const results: Measured[] = []

/** The targets at one size, against an API on `databaseUrl`. */
async function measure(database: string, databaseUrl: string, size: number, grown: Record<string, number>) {
  const api = await startApi('off', 'on', { ...common, DATABASE_URL: databaseUrl })
  const token = await signIn(api, editor)
  // A quarter of the announcements are news: page 50 of them, or the last page when there are fewer.
  const categoryPage = Math.max(1, Math.min(50, Math.floor(size / 4 / 10)))
  const targets: [string, string, Parameters<typeof run>[2]?][] = [
    ['10 newest', '/api/announcements?locale=en&limit=10&sort=-publishedAt'],
    ['by slug', `/api/announcements?locale=en&where[slug][equals]=bulk-announcements-${Math.floor(size / 2)}&limit=1`],
    [
      `category page ${categoryPage}`,
      `/api/announcements?locale=en&where[category][equals]=news&limit=10&page=${categoryPage}&sort=-publishedAt`,
    ],
    ['search zh (氢能公告)', `/api/search?q=${encodeURIComponent('氢能公告')}&locale=zh`],
    ['search en (hydrogen)', '/api/search?q=hydrogen&locale=en'],
    [
      'GraphQL home bundle',
      '/api/graphql',
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: homeQuery },
    ],
    [
      "admin's list (drafts view)",
      '/api/announcements?depth=0&draft=true&limit=10&sort=-updatedAt&locale=zh',
      { headers: { authorization: `JWT ${token}` } },
    ],
  ]
  const rows: Row[] = []
  for (const [name, target, opts] of targets) {
    const check = await fetch(`${api.base}${target}`, {
      method: opts?.method ?? 'GET',
      headers: opts?.headers,
      body: opts?.body,
    })
    if (!check.ok) throw new Error(`${name}: ${check.status} ${(await check.text()).slice(0, 300)}`)
    rows.push(await run(`${database} ${size}: ${name}`, `${api.base}${target}`, opts))
  }
  const rssMiB = api.rssMiB()
  await api.stop()
  results.push({
    database,
    size,
    written: grown.written ?? 0,
    seedSeconds: grown.seedSeconds ?? 0,
    rebuildSeconds: grown.rebuildSeconds ?? 0,
    rssMiB,
    rows,
    categoryPage,
  })
}

for (const database of databases) {
  let target: { url: string; drop: () => Promise<void> }
  if (database === 'sqlite') {
    const file = path.join(dir, 'scale.db')
    target = { url: `file:${file}`, drop: async () => fs.rmSync(file, { force: true }) }
  } else if (database === 'postgres') {
    if (!(await postgresAnswers(postgresUrl))) {
      console.log(`PostgreSQL at ${postgresUrl} does not answer: not measured.`)
      continue
    }
    target = await scratchPostgres(postgresUrl)
  } else throw new Error(`unknown database "${database}" (sqlite or postgres)`)
  try {
    for (const size of sizes) {
      console.log(`\n── ${database}, ${size.toLocaleString('en')} announcements ──`)
      const grown = grow(target.url, size)
      console.log(
        `seeded ${grown.written} documents in ${grown.seedSeconds!.toFixed(1)} s (${Math.round(grown.written! / grown.seedSeconds!)}/s); read model rebuilt in ${grown.rebuildSeconds!.toFixed(1)} s`,
      )
      await measure(database, target.url, size, grown)
    }
  } finally {
    await target.drop()
  }
}

// ── The report: a table per database, and p99 against size in a chart ────────────────────────────────────
const targetName = (row: Row) => row.name.replace(/^\S+ \d+: /, '').replace(/^category page \d+$/, 'category page')
const names = [...new Set(results.flatMap((r) => r.rows.map(targetName)))]
const colours = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2']

function chart(): string {
  const width = 760
  const height = 420
  const left = 70
  const right = 240
  const top = 30
  const bottom = 50
  const plotted = results.flatMap((r) => r.rows.map((row) => Math.max(row.p99, 0.1)))
  const allSizes = [...new Set(results.map((r) => r.size))].sort((a, b) => a - b)
  const [minX, maxX] = [Math.log10(allSizes[0] ?? 1000), Math.log10(allSizes.at(-1) ?? 1000)]
  const [minY, maxY] = [
    Math.floor(Math.log10(Math.min(...plotted, 1))),
    Math.ceil(Math.log10(Math.max(...plotted, 10))),
  ]
  const x = (size: number) =>
    left +
    (maxX === minX ? (width - left - right) / 2 : ((Math.log10(size) - minX) / (maxX - minX)) * (width - left - right))
  const y = (ms: number) => top + (1 - (Math.log10(Math.max(ms, 0.1)) - minY) / (maxY - minY)) * (height - top - bottom)
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="white"/>`,
    `<text x="${left}" y="18" font-size="14">p99 latency (ms, log scale) against announcements, uncached, 50 connections</text>`,
  ]
  for (let e = minY; e <= maxY; e++) {
    const value = 10 ** e
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y(value)}" y2="${y(value)}" stroke="#ddd"/>`)
    parts.push(
      `<text x="${left - 8}" y="${y(value) + 4}" text-anchor="end">${value >= 1 ? value : value.toFixed(1)}</text>`,
    )
  }
  for (const size of allSizes) {
    parts.push(`<line x1="${x(size)}" x2="${x(size)}" y1="${top}" y2="${height - bottom}" stroke="#eee"/>`)
    parts.push(
      `<text x="${x(size)}" y="${height - bottom + 18}" text-anchor="middle">${size.toLocaleString('en')}</text>`,
    )
  }
  parts.push(
    `<text x="${(left + width - right) / 2}" y="${height - 12}" text-anchor="middle">announcements (log scale)</text>`,
  )
  names.forEach((name, i) => {
    const colour = colours[i % colours.length]
    for (const database of [...new Set(results.map((r) => r.database))]) {
      const points = results
        .filter((r) => r.database === database)
        .map((r) => ({ size: r.size, p99: r.rows.find((row) => targetName(row) === name)?.p99 }))
        .filter((p): p is { size: number; p99: number } => p.p99 !== undefined)
      const dash = database === 'postgres' ? ' stroke-dasharray="6 4"' : ''
      parts.push(
        `<polyline fill="none" stroke="${colour}" stroke-width="2"${dash} points="${points.map((p) => `${x(p.size)},${y(p.p99)}`).join(' ')}"/>`,
      )
      for (const p of points) parts.push(`<circle cx="${x(p.size)}" cy="${y(p.p99)}" r="3" fill="${colour}"/>`)
    }
    parts.push(`<rect x="${width - right + 16}" y="${top + i * 20}" width="14" height="4" fill="${colour}"/>`)
    parts.push(
      `<text x="${width - right + 36}" y="${top + i * 20 + 6}">${name.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</text>`,
    )
  })
  const legendY = top + names.length * 20 + 10
  parts.push(`<text x="${width - right + 16}" y="${legendY + 6}">solid: SQLite · dashed: PostgreSQL</text>`)
  parts.push('</svg>')
  return parts.join('\n')
}

const tables = [...new Set(results.map((r) => r.database))].map((database) => {
  const measured = results.filter((r) => r.database === database)
  const header = `| target | ${measured.map((r) => `${r.size.toLocaleString('en')}: req/s · p50 · p99 ms`).join(' | ')} |`
  const rule = `| --- | ${measured.map(() => '---:').join(' | ')} |`
  const lines = names.map((name) => {
    const cells = measured.map((r) => {
      const row = r.rows.find((candidate) => targetName(candidate) === name)
      return row ? `${row.rps} · ${row.p50} · ${row.p99}${row.errors ? ` (${row.errors} errors)` : ''}` : '–'
    })
    return `| ${name} | ${cells.join(' | ')} |`
  })
  const facts = [
    `| documents added at this size (announcements, policies, events) | ${measured.map((r) => r.written.toLocaleString('en')).join(' | ')} |`,
    `| seed: seconds (documents/s) | ${measured.map((r) => `${r.seedSeconds.toFixed(1)} (${Math.round(r.written / Math.max(r.seedSeconds, 0.001))}/s)`).join(' | ')} |`,
    `| read-model rebuild, seconds | ${measured.map((r) => r.rebuildSeconds.toFixed(1)).join(' | ')} |`,
    `| API resident memory after its targets, MiB | ${measured.map((r) => r.rssMiB ?? '–').join(' | ')} |`,
  ]
  return `### ${database === 'sqlite' ? 'Embedded SQLite' : 'PostgreSQL'}\n\n${header}\n${rule}\n${lines.join('\n')}\n${facts.join('\n')}`
})

const section = `<!-- scale:start (written by npm run bench:scale; npm run bench keeps it) -->
## Scale: latency against the size of the zone

Measured with \`npm run bench:scale -- --sizes ${sizes.join(',')}\` (scripts/bench-scale.ts) on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'},
load from ${generator}, 50 connections, ${seconds} s per target, our API with the response cache **off** (read model on).
Each size grows the same database: bilingual announcements (a quarter of them news), policies (1 in 10) and events
(1 in 20), written by \`npm run seed -- --bulk\` (src/content/seed/bulk.ts), then the read model rebuilt. "Seed" counts
the documents added at that size (the earlier sizes' are kept). The admin's list is the REST query of its drafts
view, by a signed-in editor. Cells: req/s · p50 ms · p99 ms.

![p99 latency against size](scale-latency.svg)

${tables.join('\n\n')}
<!-- scale:end -->`

fs.mkdirSync('docs', { recursive: true })
fs.writeFileSync('docs/scale-latency.svg', chart())
const file = 'docs/PERFORMANCE.md'
const existing = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n'
const marked = /<!-- scale:start[\s\S]*?<!-- scale:end -->/
fs.writeFileSync(
  file,
  marked.test(existing) ? existing.replace(marked, section) : `${existing.trimEnd()}\n\n${section}\n`,
)
console.log(`\nwritten to ${file} and docs/scale-latency.svg`)
fs.rmSync(dir, { recursive: true, force: true })
process.exit(0)
