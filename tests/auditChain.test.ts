import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { archiveAuditLog, retentionDays, sealAuditLog, verifyAuditChain } from '../src/workflow/audit/chain'
import { jwt, signInStaff } from './helpers/principals'
import { testDatabaseKind } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

/**
 * The audit log as an auditor tries it: a hash chain that finds a row changed or removed by hand,
 * retention with archive files instead of silent deletion, and a CSV export of a date range.
 */
const archive = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-audit-archive-'))
process.env.PRIVATE_FILES_DIR = archive
const app = useTestApp({ seed: false, http: true })
let staff: Awaited<ReturnType<typeof signInStaff>>
const dir = path.join(archive, 'audit-archive')

afterAll(() => {
  delete process.env.PRIVATE_FILES_DIR
  fs.rmSync(archive, { recursive: true, force: true })
})

beforeAll(async () => {
  staff = await signInStaff(app.payload)
})

/** Audited work, done by staff over REST, many requests at once. */
async function busyNewsroom(count: number) {
  await Promise.all(
    Array.from({ length: count }, (_, i) =>
      fetch(`${app.http.url}/api/parks`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...jwt(staff.publisher.token) },
        body: JSON.stringify({ name: `Park ${i} ${Date.now()}`, kind: 'sub-park', _status: 'published' }),
      }).then((r) => expect(r.status).toBe(201)),
    ),
  )
}

const entries = async () =>
  (await app.payload.find({ collection: 'audit-log', sort: 'sequence', pagination: false, depth: 0 })).docs

describe('the audit hash chain', () => {
  it('links every entry to the one before it, with no gap and no fork, under concurrent writes', async () => {
    await busyNewsroom(12)
    await sealAuditLog(app.payload)
    const docs = await entries()
    expect(docs.length).toBeGreaterThanOrEqual(12)
    expect(docs.map((d) => d.sequence)).toEqual(docs.map((_, i) => i + 1))
    for (let i = 1; i < docs.length; i++) expect(docs[i]!.previousHash).toBe(docs[i - 1]!.hash)
    const report = await verifyAuditChain(app.payload, { dir })
    expect(report).toMatchObject({ ok: true, checked: docs.length, unsealed: 0 })
  })

  it('seals new entries by itself, shortly after they are written', async () => {
    await busyNewsroom(2)
    const deadline = Date.now() + 10_000
    while ((await app.payload.count({ collection: 'audit-log', where: { sequence: { exists: false } } })).totalDocs) {
      if (Date.now() > deadline) throw new Error('entries were not sealed within 10 s')
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  })

  it('finds a row edited by hand in the database, and names it', async () => {
    const docs = await entries()
    const victim = docs[4]!
    await app.payload.db.updateOne({
      collection: 'audit-log',
      id: victim.id,
      data: { userEmail: 'someone.else@jinqiao.test' },
    })
    const report = await verifyAuditChain(app.payload, { dir })
    expect(report.ok).toBe(false)
    expect(report.problem).toMatchObject({ sequence: victim.sequence, id: victim.id })
    expect(report.problem!.message).toMatch(/was changed after it was written/)
    await app.payload.db.updateOne({ collection: 'audit-log', id: victim.id, data: { userEmail: victim.userEmail } })
    expect((await verifyAuditChain(app.payload, { dir })).ok).toBe(true)
  })

  it('finds a row deleted by hand', async () => {
    const docs = await entries()
    const victim = docs[6]!
    await app.payload.db.deleteOne({ collection: 'audit-log', where: { id: { equals: victim.id } } })
    const report = await verifyAuditChain(app.payload, { dir })
    expect(report.ok).toBe(false)
    expect(report.problem!.message).toBe(
      `Entry #${victim.sequence} is missing: the chain jumps to #${victim.sequence! + 1}.`,
    )
    // Put back as it was, for the tests below.
    const { id: _id, ...rest } = victim
    await app.payload.db.create({ collection: 'audit-log', data: rest })
    expect((await verifyAuditChain(app.payload, { dir })).ok).toBe(true)
  })

  it('the command reports the break and exits 1; whole, it exits 0', async () => {
    if (testDatabaseKind() !== 'sqlite') {
      console.log('audit:verify as a command is run here on SQLite only (the function is tested on every adapter).')
      return
    }
    // Not spawnSync: the server in this process keeps answering meanwhile.
    const run = () =>
      new Promise<{ status: number; stdout: string; stderr: string }>((resolve) => {
        execFile(
          process.execPath,
          [
            '--no-deprecation',
            '--conditions=production',
            '--import',
            'tsx',
            'src/workflow/audit/verifyCli.ts',
            '--no-seal',
          ],
          { env: { ...process.env, DATABASE_URL: app.ctx.url, PRIVATE_FILES_DIR: archive, NODE_OPTIONS: '' } },
          (error, stdout, stderr) => resolve({ status: error ? Number(error.code) : 0, stdout, stderr }),
        )
      })
    const whole = await run()
    expect([whole.status, whole.stdout]).toEqual([0, expect.stringMatching(/hash chain is whole: \d+ entries/)])
    const victim = (await entries())[2]!
    await app.payload.db.updateOne({ collection: 'audit-log', id: victim.id, data: { action: 'login' } })
    const broken = await run()
    expect(broken.status).toBe(1)
    expect(broken.stderr).toContain(`Entry #${victim.sequence} (id ${victim.id}) was changed after it was written`)
    await app.payload.db.updateOne({ collection: 'audit-log', id: victim.id, data: { action: victim.action } })
  }, 60_000)
})

describe('retention', () => {
  it('refuses a retention shorter than 180 days', () => {
    expect(() => retentionDays({ AUDIT_RETENTION_DAYS: '30' })).toThrow(/at least 180/)
    expect(retentionDays({ AUDIT_RETENTION_DAYS: '400' })).toBe(400)
    expect(retentionDays({})).toBe(180)
  })

  it('moves entries past the retention period to a checksummed archive file, never deleting them unseen', async () => {
    const before = await entries()
    // A year from now, everything written so far is past 180 days.
    const result = await archiveAuditLog(app.payload, { now: new Date(Date.now() + 365 * 86_400_000) })
    // All but the newest, which stays as the anchor of the chain.
    expect(result.archived).toBe(before.length - 1)
    const lines = fs.readFileSync(result.file!, 'utf8').trim().split('\n')
    expect(lines.map((l) => (JSON.parse(l) as { hash: string }).hash)).toEqual(before.slice(0, -1).map((d) => d.hash))
    expect(fs.readFileSync(`${result.file}.sha256`, 'utf8')).toContain(result.checksum)
    await sealAuditLog(app.payload)
    const kept = await entries()
    // What is left: the newest entry, then the record of the archiving itself.
    expect(kept.map((d) => [d.sequence, d.action])).toEqual([
      [before.length, before.at(-1)!.action],
      [before.length + 1, 'archive'],
    ])
    expect(kept[1]!.documentTitle).toContain(result.checksum)
    expect(await verifyAuditChain(app.payload, { dir })).toMatchObject({ ok: true, archives: 1, checked: 2 })

    // An archive file changed afterwards is found as well.
    fs.appendFileSync(result.file!, ' ')
    const report = await verifyAuditChain(app.payload, { dir })
    expect(report.problem!.message).toMatch(/does not match its checksum/)
    fs.writeFileSync(result.file!, lines.join('\n') + '\n')
  })
})

describe('export for auditors', () => {
  it('an administrator exports a date range as CSV, recorded in the log itself', async () => {
    const today = new Date().toISOString().slice(0, 10)
    const response = await fetch(`${app.http.url}/api/audit-log/export.csv?from=${today}&to=${today}`, {
      headers: jwt(staff.admin.token),
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(`audit-log-${today}-to-${today}.csv`)
    const csv = (await response.text()).replace(/^\uFEFF/, '')
    expect(csv.split('\n')[0]).toBe(
      'Sequence,Time (UTC),Action,Collection,Document id,Document,User,IP address,Changed fields,Comment,Previous hash,Hash',
    )
    expect(csv).toContain(',archive,audit-log,')
    await sealAuditLog(app.payload)
    const last = (await entries()).at(-1)!
    expect([last.action, last.collectionSlug, last.userEmail]).toEqual(['export', 'audit-log', staff.admin.user.email])
  })

  it('is for administrators only, and a wrong range gets a 400 that shows the right form', async () => {
    for (const role of ['publisher', 'editor'] as const) {
      const response = await fetch(`${app.http.url}/api/audit-log/export.csv`, { headers: jwt(staff[role].token) })
      expect(response.status).toBe(403)
    }
    expect((await fetch(`${app.http.url}/api/audit-log/export.csv`)).status).toBe(403)
    for (const query of ['from=yesterday', 'from=2026-02-30x', 'from=2026-06-30&to=2026-06-01']) {
      const response = await fetch(`${app.http.url}/api/audit-log/export.csv?${query}`, {
        headers: jwt(staff.admin.token),
      })
      expect([query, response.status]).toEqual([query, 400])
      expect(JSON.stringify(await response.json())).toContain('?from=2026-06-01&to=2026-06-30')
    }
  })
})
