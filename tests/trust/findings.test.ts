/**
 * The side doors found by trying the CMS as an attacker would (an anonymous visitor, an editor, a
 * read-only API key), one test each: every one of these failed before the trust model was enforced.
 * Dates with an offset: tests/dates.test.ts; accounts (unlock, GraphQL login): tests/accounts.test.ts.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { pdfDocument } from '../helpers/files'
import { apiKey, createKeys, jwt, signInStaff } from '../helpers/principals'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import { sleep } from '../helpers/wait'

let ctx: TestPayload
let payload: Payload
let http: { url: string; close: () => Promise<void> }
let staff: Awaited<ReturnType<typeof signInStaff>>
let keys: Awaited<ReturnType<typeof createKeys>>
const hour = 60 * 60 * 1000
let counter = 0

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  staff = await signInStaff(payload)
  keys = await createKeys(payload)
  // Imported after Payload started on this file's database, so that files go to its folder.
  const { startHttp } = await import('../helpers/httpServer')
  http = await startHttp(payload)
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

type Answer = { status: number; headers: Headers; body: Record<string, unknown> & { docs?: { slug?: string }[] } }

async function call(method: string, path: string, headers: Record<string, string> = {}, body?: unknown) {
  const response = await fetch(`${http.url}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  let parsed: Answer['body'] = {}
  try {
    parsed = text ? JSON.parse(text) : {}
  } catch {
    parsed = { text }
  }
  return { status: response.status, headers: response.headers, body: parsed } satisfies Answer
}
const get = (path: string, headers?: Record<string, string>) => call('GET', path, headers)
const graphql = (query: string, headers: Record<string, string> = {}) =>
  call('POST', '/api/graphql', headers, { query })

async function published(data: Record<string, unknown> = {}) {
  counter += 1
  return payload.create({
    collection: 'announcements',
    data: { title: `Live ${counter}`, slug: `live-${counter}`, category: 'news', _status: 'published', ...data },
  })
}
async function draft() {
  counter += 1
  return payload.create({
    collection: 'announcements',
    data: { title: `Draft ${counter}`, slug: `draft-${counter}`, category: 'news' },
    draft: true,
  })
}
/** A one-page PDF in the media library, uploaded by the system. */
async function uploadPdf(alt: string) {
  const data = fs.readFileSync(pdfDocument(ctx.dir))
  const name = `${alt.toLowerCase().replace(/\W+/g, '-')}.pdf`
  return payload.create({
    collection: 'media',
    data: { alt },
    file: { data, mimetype: 'application/pdf', name, size: data.length },
  })
}
const publicSlugs = async () => ((await get('/api/announcements?limit=100&depth=0')).body.docs ?? []).map((d) => d.slug)

describe('1. review cannot be bypassed', () => {
  it('an editor’s plain PATCH changes the draft, not what readers see (title, slug, embargo, expiry)', async () => {
    const doc = await published({ publishedAt: new Date(Date.now() - hour).toISOString() })
    const edit = {
      title: 'Unreviewed title',
      slug: 'unreviewed-slug',
      publishedAt: new Date(Date.now() - 2 * hour).toISOString(),
      expiresAt: new Date(Date.now() - hour / 2).toISOString(),
    }
    const res = await call('PATCH', `/api/announcements/${doc.id}`, jwt(staff.editor.token), edit)
    expect(res.status).toBe(200)
    const live = await get(`/api/announcements/${doc.id}?depth=0`)
    expect(live.status).toBe(200)
    expect(live.body).toMatchObject({ title: doc.title, slug: doc.slug })
    expect(await publicSlugs()).toContain(doc.slug)
    expect(await publicSlugs()).not.toContain('unreviewed-slug')
    // The editor's change waits as a draft for review.
    const mine = await get(`/api/announcements/${doc.id}?draft=true&depth=0`, jwt(staff.editor.token))
    expect(mine.body).toMatchObject({ title: 'Unreviewed title', slug: 'unreviewed-slug' })
  })

  it('an editor cannot lift an embargo early', async () => {
    const embargoed = await published({ publishedAt: new Date(Date.now() + hour).toISOString() })
    await call('PATCH', `/api/announcements/${embargoed.id}`, jwt(staff.editor.token), {
      publishedAt: new Date(Date.now() - hour).toISOString(),
    })
    expect((await get(`/api/announcements/${embargoed.id}`)).status).toBe(404)
    expect(await publicSlugs()).not.toContain(embargoed.slug)
  })

  it('nor through a bulk PATCH with ?where=', async () => {
    const doc = await published()
    const res = await call('PATCH', `/api/announcements?where[id][equals]=${doc.id}`, jwt(staff.editor.token), {
      title: 'Bulk unreviewed',
    })
    expect(res.status).toBe(200)
    expect((await get(`/api/announcements/${doc.id}?depth=0`)).body.title).toBe(doc.title)
  })

  it('nor over GraphQL updateAnnouncement', async () => {
    const doc = await published()
    const res = await graphql(
      `mutation { updateAnnouncement(id: ${JSON.stringify(doc.id)}, data: { title: "GraphQL unreviewed" }) { id } }`,
      jwt(staff.editor.token),
    )
    expect(res.status).toBe(200)
    const seen = await graphql(`{ Announcement(id: ${JSON.stringify(doc.id)}) { title } }`)
    expect(seen.body).toMatchObject({ data: { Announcement: { title: doc.title } } })
  })

  it('nor by import: an editor’s upsert over a published policy stays a draft', async () => {
    const live = await payload.create({
      collection: 'policies',
      data: {
        title: 'Talent housing',
        slug: 'import-target',
        effectiveFrom: '2026-01-01',
        _status: 'published',
      } as never,
    })
    const csv = Buffer.from('slug,title\nimport-target,Imported unreviewed title\n', 'utf8')
    await payload.create({
      collection: 'imports',
      data: { collectionSlug: 'policies', importMode: 'upsert', matchField: 'slug', dryRun: false } as never,
      file: { data: csv, mimetype: 'text/csv', name: 'upsert.csv', size: csv.length },
      user: staff.editor.user,
      overrideAccess: false,
    })
    const seen = await get(`/api/policies/${live.id}?depth=0`)
    expect(seen.body.title).toBe('Talent housing')
  })

  it('nor by restoring an older version over the published one', async () => {
    const doc = await published()
    await payload.update({ collection: 'announcements', id: doc.id, data: { title: 'Old draft text' }, draft: true })
    const { docs } = await payload.findVersions({
      collection: 'announcements',
      where: { parent: { equals: doc.id }, 'version.title': { equals: 'Old draft text' } },
      limit: 1,
    })
    const restore = await call('POST', `/api/announcements/versions/${docs[0]!.id}`, jwt(staff.editor.token))
    expect(restore.status).toBe(403)
    expect((await get(`/api/announcements/${doc.id}?depth=0`)).body.title).toBe(doc.title)
  })

  it('a publisher’s PATCH still goes live', async () => {
    const doc = await published()
    await call('PATCH', `/api/announcements/${doc.id}`, jwt(staff.publisher.token), { title: 'Reviewed title' })
    expect((await get(`/api/announcements/${doc.id}?depth=0`)).body.title).toBe('Reviewed title')
  })
})

describe('2. the public cache keeps only answers computed for nobody', () => {
  // As a browser on the admin's own site sends them (Payload takes a session cookie only from the same site).
  const variants = (): Record<string, string>[] => [
    { cookie: `payload-token =${staff.editor.token}`, 'sec-fetch-site': 'same-origin' },
    { cookie: `other=1; payload-token=${staff.editor.token}`, 'sec-fetch-site': 'same-origin' },
    { authorization: `Bearer ${staff.editor.token}` },
  ]

  it('a draft read with a cookie Payload accepts is never served to anonymous readers', async () => {
    const doc = await draft()
    for (const headers of variants()) {
      const staffRead = await get(`/api/announcements/${doc.id}`, headers)
      expect(staffRead.status).toBe(200)
      expect(staffRead.headers.get('x-cache')).toBeNull()
      expect(staffRead.headers.get('cache-control')).toBe('private, no-store')
      expect((await get(`/api/announcements/${doc.id}`)).status).toBe(404)
    }
  })

  it('nor a GraphQL answer with drafts, nor the inquiries list', async () => {
    const doc = await draft()
    const query = `{ Announcements(draft: true, limit: 100) { docs { slug } } }`
    for (const headers of variants()) await graphql(query, headers)
    expect(JSON.stringify((await graphql(query)).body)).not.toContain(doc.slug)
    await payload.create({
      collection: 'inquiries',
      data: {
        company: 'Secret Robotics Ltd',
        contactName: 'Li Wei',
        email: 'li@secret.example',
        country: 'CN',
        message: 'We plan a factory of 20,000 m².',
        consent: true,
      } as never,
    })
    for (const headers of variants()) expect((await get('/api/inquiries', headers)).status).toBe(200)
    const anonymous = await get('/api/inquiries')
    expect(anonymous.status).toBe(403)
    expect(JSON.stringify(anonymous.body)).not.toContain('Secret Robotics')
  })

  it('a request whose credentials fail is anonymous: its answer is the public one, and may be cached', async () => {
    const doc = await draft()
    const bogus = await get(`/api/announcements/${doc.id}`, { authorization: 'Bearer not-a-token' })
    expect(bogus.status).toBe(404)
    const list = await get('/api/announcements?limit=7&depth=0', { cookie: 'payload-token=forged' })
    expect(list.headers.get('cache-control')).toMatch(/^public/)
    expect(list.body.docs?.map((d) => d.slug)).not.toContain(doc.slug)
  })
})

describe('6. API keys and Payload’s own collections', () => {
  it('a read key cannot read global versions, lock documents or keep preferences', async () => {
    const key = apiKey(keys.read)
    expect((await get('/api/globals/zone-profile/versions', key)).status).toBe(403)
    const doc = await published()
    const lock = await call('POST', '/api/payload-locked-documents', key, {
      document: { relationTo: 'announcements', value: doc.id },
      globalSlug: null,
      user: { relationTo: 'users', value: staff.admin.user.id },
    })
    expect(lock.status).toBe(403)
    expect((await get('/api/payload-locked-documents', key)).status).toBe(403)
    const preference = await call('POST', '/api/payload-preferences/nav', key, { value: { open: true } })
    expect(preference.status).toBe(403)
    expect((await get('/api/payload-preferences', key)).status).toBe(403)
    expect((await get('/api/payload-jobs', key)).status).toBe(403)
    expect((await get('/api/payload-migrations', key)).status).not.toBe(200)
  })

  it('staff still keep their own preferences and see locks', async () => {
    const editor = jwt(staff.editor.token)
    expect((await call('POST', '/api/payload-preferences/nav', editor, { value: { open: true } })).status).toBe(200)
    expect((await get('/api/payload-preferences/nav', editor)).body).toMatchObject({ value: { open: true } })
    expect((await get('/api/payload-locked-documents', editor)).status).toBe(200)
  })

  it('a disabled key authenticates as nobody: public limits, no drafts', async () => {
    const doc = await draft()
    const key = apiKey(keys.disabled)
    expect((await get(`/api/announcements/${doc.id}`, key)).status).toBe(404)
    expect((await get('/api/announcements?limit=0', key)).status).toBe(400)
    expect((await get('/api/announcements?limit=5', apiKey(keys.preview))).status).toBe(200)
  })
})

describe('7. the page cap', () => {
  it('is lifted only for a signed-in principal, not by any Authorization header', async () => {
    expect((await get('/api/announcements?limit=0', { authorization: 'Bearer not-a-token' })).status).toBe(400)
    expect((await get('/api/announcements?limit=500', { cookie: 'payload-token=x' })).status).toBe(400)
    expect((await get('/api/announcements?limit=0', jwt(staff.editor.token))).status).toBe(200)
  })
})

describe('5. unreviewed live changes', () => {
  it('an editor cannot write review history: a forged “approved” entry is dropped', async () => {
    const doc = await draft()
    const forged = {
      reviewStatus: 'in-review',
      reviewHistory: [{ from: 'in-review', to: 'approved', by: staff.admin.user.id, at: new Date().toISOString() }],
    }
    const res = await call('PATCH', `/api/announcements/${doc.id}?draft=true`, jwt(staff.editor.token), forged)
    expect(res.status).toBe(200)
    const saved = (await get(`/api/announcements/${doc.id}?draft=true&depth=0`, jwt(staff.admin.token))).body as {
      reviewHistory?: { to: string; by: unknown }[]
    }
    expect(saved.reviewHistory?.map((entry) => entry.to)).toEqual(['in-review'])
    expect(saved.reviewHistory?.[0]?.by).toBe(staff.editor.user.id)
  })

  it('an editor cannot create or change redirects; a publisher can', async () => {
    const to = { type: 'custom', url: 'https://phishing.example/login' }
    const editor = jwt(staff.editor.token)
    expect((await call('POST', '/api/redirects', editor, { from: '/announcements/old', to })).status).toBe(403)
    const made = await call('POST', '/api/redirects', jwt(staff.publisher.token), {
      from: '/announcements/moved',
      to: { type: 'custom', url: 'https://www.pudong.gov.cn/' },
    })
    expect(made.status).toBe(201)
    const id = (made.body.doc as { id: number }).id
    expect((await call('PATCH', `/api/redirects/${id}`, editor, { to })).status).toBe(403)
  })

  it('an editor cannot change or delete a file a published item shows, but may change an unused one', async () => {
    const shown = await uploadPdf('shown')
    const unused = await uploadPdf('unused')
    await published({ attachments: [shown.id] })
    const editor = jwt(staff.editor.token)
    const changed = await call('PATCH', `/api/media/${shown.id}`, editor, { alt: 'Defaced' })
    expect([403, 404]).toContain(changed.status)
    expect((await payload.findByID({ collection: 'media', id: shown.id })).alt).toBe('shown')
    expect([403, 404]).toContain((await call('DELETE', `/api/media/${shown.id}`, editor)).status)
    expect((await call('PATCH', `/api/media/${unused.id}`, editor, { alt: 'Better text' })).status).toBe(200)
    expect(
      (await call('PATCH', `/api/media/${shown.id}`, jwt(staff.publisher.token), { alt: 'Reviewed' })).status,
    ).toBe(200)
  })
})

describe('8. files and redirects follow their documents', () => {
  it('a PDF attached only to an embargoed item is neither listed nor served until the embargo ends', async () => {
    const pdf = await uploadPdf('Embargoed attachment')
    const liftsAt = Date.now() + 3_000
    await published({ attachments: [pdf.id], publishedAt: new Date(liftsAt).toISOString() })
    const listed = async () =>
      ((await get('/api/media?limit=100&depth=0')).body.docs ?? []).map((d) => (d as { id: unknown }).id)
    expect(await listed()).not.toContain(pdf.id)
    expect((await get(`/api/media/${pdf.id}`)).status).toBe(404)
    expect([403, 404]).toContain((await get(`/api/media/file/${pdf.filename}`)).status)
    // Staff see it all along.
    expect((await get(`/api/media/file/${pdf.filename}`, jwt(staff.editor.token))).status).toBe(200)
    await sleep(Math.max(0, liftsAt - Date.now()) + 100)
    expect(await listed()).toContain(pdf.id)
    expect((await get(`/api/media/file/${pdf.filename}`)).status).toBe(200)
  })

  it('a file used only by a draft is not public; a file nobody uses is not either', async () => {
    const forDraft = await uploadPdf('Draft only')
    const doc = await draft()
    await payload.update({ collection: 'announcements', id: doc.id, data: { attachments: [forDraft.id] }, draft: true })
    expect((await get(`/api/media/${forDraft.id}`)).status).toBe(404)
    expect([403, 404]).toContain((await get(`/api/media/file/${forDraft.filename}`)).status)
  })

  it('a redirect to an embargoed item reveals neither its old path nor its id until it is public', async () => {
    const liftsAt = Date.now() + 3_000
    const doc = await published({ publishedAt: new Date(liftsAt).toISOString() })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { slug: `${doc.slug}-renamed`, _status: 'published' },
    })
    const froms = async () =>
      ((await get('/api/redirects?limit=100&depth=0')).body.docs ?? []).map((d) => (d as { from?: string }).from)
    expect(await froms()).not.toContain(`/announcements/${doc.slug}`)
    expect(await froms()).toEqual(expect.not.arrayContaining([expect.stringContaining(String(doc.slug))]))
    const staffView = await get('/api/redirects?limit=100&depth=0', jwt(staff.editor.token))
    expect((staffView.body.docs ?? []).map((d) => (d as { from?: string }).from)).toContain(
      `/announcements/${doc.slug}`,
    )
    await sleep(Math.max(0, liftsAt - Date.now()) + 100)
    expect(await froms()).toContain(`/announcements/${doc.slug}`)
  })
})
