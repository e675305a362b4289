import type { Payload } from 'payload'

import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

/** Import of policies, opportunities and events (Payload's import-export plugin) with a dry run; export. */

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createStaff>>

const csvFile = (rows: string[]) => {
  const data = Buffer.from(rows.join('\n') + '\n', 'utf8')
  return { data, mimetype: 'text/csv', name: `policies-${Date.now()}.csv`, size: data.length }
}

// Row 2 has no title, row 4 an end date before its start: both must be reported, by row.
const rows = [
  'title,slug,documentNumber,effectiveFrom,effectiveUntil',
  '人才安居补贴,talent-housing,浦府规〔2026〕3号,2026-01-01T00:00:00.000Z,',
  ',no-title,浦府规〔2026〕4号,2026-01-01T00:00:00.000Z,',
  '研发费用补贴,rd-subsidy,浦府规〔2026〕5号,2026-02-01T00:00:00.000Z,2027-02-01T00:00:00.000Z',
  '倒序日期,backwards,浦府规〔2026〕6号,2026-03-01T00:00:00.000Z,2026-01-01T00:00:00.000Z',
]

type ImportDoc = {
  id: number | string
  status?: string
  validRows?: number | null
  summary?: { imported?: number; issues?: number; issueDetails?: { row: number; error: string }[] | null }
}

const runImport = (dryRun: boolean) =>
  payload.create({
    collection: 'imports',
    data: { collectionSlug: 'policies', importMode: 'create', dryRun } as never,
    file: csvFile(rows),
    user: editor,
    overrideAccess: false,
  }) as unknown as Promise<ImportDoc>

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
})

afterAll(async () => {
  await ctx?.close()
})

describe('import with a dry run', () => {
  it('a dry run reports every bad row and writes nothing', async () => {
    const result = await runImport(true)
    expect(result.status).toBe('failed')
    expect(result.validRows).toBe(2)
    expect(result.summary?.imported).toBe(0)
    const problems = (result.summary?.issueDetails ?? []).map((d) => [d.row, d.error])
    expect(problems.map(([row]) => row)).toEqual([2, 4])
    expect(String(problems[0]?.[1])).toMatch(/title|标题/i)
    expect(String(problems[1]?.[1])).toMatch(/effectiveUntil|有效期至/)
    expect((await payload.count({ collection: 'policies' })).totalDocs).toBe(0)
    // The stored import record says the same.
    const stored = (await payload.findByID({ collection: 'imports', id: result.id })) as unknown as ImportDoc
    expect(stored.validRows).toBe(2)
    expect(stored.summary?.issues).toBe(2)
  })

  it('the real import writes the good rows as drafts (never published), and lists the bad ones', async () => {
    const result = await runImport(false)
    expect(result.status).toBe('partial')
    expect(result.summary?.imported).toBe(2)
    expect((result.summary?.issueDetails ?? []).map((d) => d.row)).toEqual([2, 4])
    const { docs } = await payload.find({ collection: 'policies', draft: true, sort: 'slug' })
    expect(docs.map((d) => [d.slug, d._status])).toEqual([
      ['rd-subsidy', 'draft'],
      ['talent-housing', 'draft'],
    ])
    // Nothing became visible to the public.
    expect((await payload.find({ collection: 'policies', overrideAccess: false, user: null })).totalDocs).toBe(0)
  })

  it('a dry run of updates (upsert by slug) changes nothing either', async () => {
    const before = await payload.find({ collection: 'policies', draft: true, sort: 'slug', depth: 0 })
    const data = Buffer.from('slug,title,documentNumber\ntalent-housing,改过的标题,X-1\nbrand-new,新政策,X-2\n', 'utf8')
    const result = (await payload.create({
      collection: 'imports',
      data: { collectionSlug: 'policies', importMode: 'upsert', matchField: 'slug', dryRun: true } as never,
      file: { data, mimetype: 'text/csv', name: 'upsert.csv', size: data.length },
      user: editor,
      overrideAccess: false,
    })) as unknown as ImportDoc
    expect(result.summary?.imported).toBe(0)
    const after = await payload.find({ collection: 'policies', draft: true, sort: 'slug', depth: 0 })
    expect(after.docs.map((d) => [d.slug, d.title, d.updatedAt])).toEqual(
      before.docs.map((d) => [d.slug, d.title, d.updatedAt]),
    )
    const versions = await payload.countVersions({ collection: 'policies' })
    expect(versions.totalDocs).toBe(2)
  })

  it('only staff may import or export', async () => {
    await expect(
      payload.create({
        collection: 'imports',
        data: { collectionSlug: 'policies', importMode: 'create' } as never,
        file: csvFile(rows),
        overrideAccess: false,
        user: null,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(payload.find({ collection: 'exports', overrideAccess: false, user: null })).rejects.toMatchObject({
      status: 403,
    })
  })

  it('exports policies as CSV for staff', async () => {
    const created = (await payload.create({
      collection: 'exports',
      data: { collectionSlug: 'policies', format: 'csv', locale: 'zh', drafts: 'yes' } as never,
      user: editor,
      overrideAccess: false,
    })) as unknown as { id: number | string; filename?: string }
    const stored = (await payload.findByID({ collection: 'exports', id: created.id })) as unknown as {
      filename?: string
      url?: string
    }
    expect(stored.filename).toMatch(/\.csv$/)
    const fs = await import('node:fs')
    const path = await import('node:path')
    const dir = payload.collections.exports.config.upload.staticDir!
    const csv = fs.readFileSync(path.join(dir, stored.filename!), 'utf8')
    expect(csv).toContain('talent-housing')
    expect(csv).toContain('浦府规〔2026〕5号')
  })
})
