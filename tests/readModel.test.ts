import type { Payload } from 'payload'

import { apiCache } from '../src/delivery/cache/responseCache'
import { serverURL } from '../src/env'
import { SNAPSHOTS } from '../src/delivery/readModel/config'
import { readModelSettled } from '../src/delivery/readModel/background'
import { readModelFingerprint } from '../src/delivery/readModel/fingerprint'
import { prepareReadModel, rebuildReadModel } from '../src/delivery/readModel/rebuild'
import { seed } from '../src/content/seed'
import { paragraphs } from '../src/content/seed/richText'
import { heroImage } from './helpers/files'
import { startHttp } from './helpers/httpServer'
import { startTestPayload, type TestPayload } from './helpers/testPayload'
import { sleep } from './helpers/wait'

let ctx: TestPayload
let payload: Payload
/** The same server twice: answering from the read model, and through Payload only. */
let fast: Awaited<ReturnType<typeof startHttp>>
let stock: Awaited<ReturnType<typeof startHttp>>
let parkId: number | string
let mediaId: number | string

const hour = 3_600_000
const iso = (offset: number) => new Date(Date.now() + offset).toISOString()

/** An announcement with a Chinese and an English title (a draft unless data says otherwise). */
const announce = async (slug: string, data: Record<string, unknown>) => {
  const doc = await payload.create({
    collection: 'announcements',
    locale: 'zh',
    data: { title: `公告 ${slug}`, slug, category: 'news', ...data } as never,
  })
  await payload.update({
    collection: 'announcements',
    id: doc.id,
    locale: 'en',
    data: { title: `Announcement ${slug}` } as never,
    draft: data._status !== 'published',
  })
  return doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // Both servers live in this process and would share the response cache: every read must be computed.
  apiCache().settings.enabled = false
  await seed(payload, { log: () => undefined })
  const park = await payload.create({
    collection: 'parks',
    data: { name: '金桥南区', slug: 'rm-south', kind: 'sub-park', _status: 'published' } as never,
  })
  parkId = park.id
  await payload.update({ collection: 'parks', id: park.id, locale: 'en', data: { name: 'South area' } as never })
  const image = await payload.create({
    collection: 'media',
    data: { alt: '园区航拍' },
    filePath: await heroImage(ctx.dir),
  })
  mediaId = image.id
  for (let i = 0; i < 7; i++) {
    await announce(`rm-news-${i}`, {
      _status: 'published',
      publishedAt: iso(-(i + 1) * hour),
      category: i % 2 ? 'notice' : 'news',
      parks: i < 3 ? [parkId] : [],
      heroImage: i === 0 ? mediaId : undefined,
    })
  }
  // Same publication time: Payload's tie-breaker (createdAt) decides the order.
  const tie = iso(-10 * hour)
  const tieA = await announce('rm-tie-a', { _status: 'published', publishedAt: tie })
  await announce('rm-tie-b', { _status: 'published', publishedAt: tie })
  // Its snapshot is now written after b's, while the document is still the older one.
  await payload.update({
    collection: 'announcements',
    id: tieA.id,
    data: { summary: '更新', _status: 'published' } as never,
  })
  await announce('rm-draft', { _status: 'draft' })
  await announce('rm-embargoed', { _status: 'published', publishedAt: iso(24 * hour) })
  await announce('rm-expired', { _status: 'published', publishedAt: iso(-48 * hour), expiresAt: iso(-hour) })
  const withDraft = await announce('rm-with-draft', { _status: 'published', publishedAt: iso(-30 * hour) })
  await payload.update({
    collection: 'announcements',
    id: withDraft.id,
    locale: 'en',
    draft: true,
    data: { title: 'Unpublished correction' } as never,
  })
  expect(await prepareReadModel(payload)).toBe(true)
  fast = await startHttp(payload, { readModel: true })
  stock = await startHttp(payload, { readModel: false })
})
afterAll(async () => {
  await fast?.close()
  await stock?.close()
  await ctx?.close()
})

const origin = serverURL()

/**
 * After a change to a document others show: the same answer at once (Payload gives it while their
 * snapshots wait for the rewrite after the commit), and from the read model once they are rewritten.
 */
async function sameNowAndLater(path: string) {
  await same(path, { served: null })
  await readModelSettled(payload)
  return same(path)
}

/** Rich text: a paragraph, then a relationship block showing another document. */
function citing(text: string, relationTo: string, id: number | string) {
  const body = paragraphs(text)
  body.root.children.push({ type: 'relationship', relationTo, value: id, format: '', version: 2 } as never)
  return body
}

/** Asks both servers; the answers must be the same bytes, status and headers that matter. */
/** served: whether the read model must have answered (null: either may). */
async function same(path: string, { served = true as boolean | null } = {}) {
  const [a, b] = await Promise.all(
    [fast, stock].map(async (server) => {
      const response = await fetch(`${server.url}${path}`, { headers: { origin } })
      return { response, body: await response.text() }
    }),
  )
  expect({ path, status: a!.response.status, body: a!.body }).toEqual({
    path,
    status: b!.response.status,
    body: b!.body,
  })
  for (const name of [
    'content-type',
    'etag',
    'cache-control',
    'access-control-allow-origin',
    'content-security-policy',
  ]) {
    expect([name, a!.response.headers.get(name)]).toEqual([name, b!.response.headers.get(name)])
  }
  if (served !== null) expect([path, a!.response.headers.get('x-read-model')]).toEqual([path, served ? 'hit' : null])
  expect(b!.response.headers.get('x-read-model')).toBeNull()
  return JSON.parse(a!.body) as { docs: Record<string, unknown>[]; totalDocs: number }
}

const LISTS = [
  '/api/announcements',
  '/api/announcements?locale=en',
  '/api/announcements?locale=zh&limit=3',
  '/api/announcements?locale=en&limit=3&page=2',
  '/api/announcements?locale=en&limit=4&page=99',
  '/api/announcements?locale=en&sort=publishedAt&limit=20',
  '/api/announcements?locale=en&sort=-publishedAt&depth=1&draft=false',
  '/api/announcements?locale=en&where[category][equals]=notice',
  '/api/announcements?locale=zh&where[category][equals]=news&where[slug][equals]=rm-news-0',
  '/api/announcements?locale=en&where[slug][equals]=rm-news-2&limit=1',
  '/api/announcements?locale=en&where[slug][equals]=rm-draft',
  '/api/announcements?locale=en&where[slug][equals]=rm-embargoed',
  '/api/announcements?locale=en&where[slug][equals]=rm-expired',
  '/api/announcements?locale=en&where[slug][equals]=rm-with-draft',
]

describe('the read model answers public lists as Payload does', () => {
  it('gives the same bytes for every list shape it serves: locales, pages, order, filters, hidden items', async () => {
    for (const path of LISTS) await same(path)
    const list = await same('/api/announcements?locale=en&limit=100')
    const slugs = list.docs.map((d) => d.slug)
    expect(slugs).toEqual(expect.arrayContaining(['rm-news-0', 'rm-tie-a', 'rm-tie-b', 'rm-with-draft']))
    expect(slugs).not.toEqual(expect.arrayContaining(['rm-draft']))
    expect(slugs).not.toContain('rm-embargoed')
    expect(slugs).not.toContain('rm-expired')
    const first = list.docs.find((d) => d.slug === 'rm-news-0')!
    expect(first.parks).toEqual([expect.objectContaining({ name: 'South area', slug: 'rm-south' })])
    expect(first.heroImage).toEqual(
      expect.objectContaining({ id: mediaId, url: expect.stringContaining('/api/media/file/') }),
    )
    expect(list.docs.find((d) => d.slug === 'rm-with-draft')!.title).toBe('Announcement rm-with-draft')
    expect(first).not.toHaveProperty('reviewHistory')
  })

  it('answers before Express, once it has answered through it, with the same headers', async () => {
    const path = '/api/announcements?locale=zh&limit=2&page=3'
    const perRequest = new Set([
      'date',
      'x-request-id',
      'vary',
      'content-length',
      'content-encoding',
      'transfer-encoding',
      'connection',
      'keep-alive',
    ])
    const headersOf = async () => {
      const response = await fetch(`${fast.url}${path}`, { headers: { origin } })
      expect(response.status).toBe(200)
      await response.arrayBuffer()
      return Object.fromEntries([...response.headers].filter(([name]) => !perRequest.has(name)))
    }
    const [first, second] = [await headersOf(), await headersOf()]
    expect(second).toEqual(first)
    expect(first['x-read-model']).toBe('hit')
    expect(first['content-security-policy']).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(first['x-content-type-options']).toBe('nosniff')
    // Answered before Express: not compressed (compression is Express middleware), still revalidated.
    const raw = await fetch(`${fast.url}${path}`, { headers: { 'accept-encoding': 'gzip' } })
    expect(raw.headers.get('content-encoding')).toBeNull()
    const etag = raw.headers.get('etag')!
    const revalidated = await fetch(`${fast.url}${path}`, { headers: { 'if-none-match': etag } })
    expect(revalidated.status).toBe(304)
  })

  it('leaves every other shape to Payload', async () => {
    for (const path of [
      '/api/announcements?locale=en&depth=0',
      '/api/announcements?locale=all',
      '/api/announcements?locale=en&sort=title',
      '/api/announcements?locale=en&select[title]=true',
      '/api/announcements?locale=en&where[title][equals]=Announcement%20rm-news-1',
      '/api/announcements?locale=en&where[category][in]=news,notice',
      '/api/announcements?locale=en&fallbackLocale=none',
      '/api/parks?locale=en',
    ]) {
      await same(path, { served: false })
    }
    // Signed in: Payload answers. A credential that fails is anonymous, and gets the read model's answer.
    const user = await payload.create({
      collection: 'users',
      data: { email: `rm-staff-${Date.now()}@test.local`, password: 'rm-staff-password', role: 'editor' },
    })
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password: 'rm-staff-password' },
    })
    const staff = await fetch(`${fast.url}/api/announcements?locale=en`, { headers: { authorization: `JWT ${token}` } })
    expect(staff.headers.get('x-read-model')).toBeNull()
    const forged = await fetch(`${fast.url}/api/announcements?locale=en`, { headers: { authorization: 'JWT nope' } })
    expect(forged.headers.get('x-read-model')).toBe('hit')
  })

  it('shows each change on the next read: publish, edit, unpublish, delete', async () => {
    const draft = await payload.find({
      collection: 'announcements',
      where: { slug: { equals: 'rm-draft' } },
      draft: true,
    })
    const id = draft.docs[0]!.id
    await payload.update({ collection: 'announcements', id, data: { _status: 'published' } as never })
    expect((await same('/api/announcements?where[slug][equals]=rm-draft')).totalDocs).toBe(1)
    await payload.update({
      collection: 'announcements',
      id,
      locale: 'en',
      data: { title: 'Edited', _status: 'published' } as never,
    })
    expect((await same('/api/announcements?locale=en&where[slug][equals]=rm-draft')).docs[0]!.title).toBe('Edited')
    await payload.update({ collection: 'announcements', id, data: { _status: 'draft' } as never })
    expect((await same('/api/announcements?where[slug][equals]=rm-draft')).totalDocs).toBe(0)
    await payload.update({ collection: 'announcements', id, data: { _status: 'published' } as never })
    await payload.delete({ collection: 'announcements', id })
    expect((await same('/api/announcements?where[slug][equals]=rm-draft')).totalDocs).toBe(0)
    for (const path of LISTS) await same(path)
  })

  it('rewrites what a changed park or image shows, and what an unpublished park no longer shows', async () => {
    await payload.update({
      collection: 'parks',
      id: parkId,
      locale: 'en',
      data: { name: 'South area (renamed)' } as never,
    })
    let list = await sameNowAndLater('/api/announcements?locale=en&limit=100')
    expect(list.docs.find((d) => d.slug === 'rm-news-1')!.parks).toEqual([
      expect.objectContaining({ name: 'South area (renamed)' }),
    ])
    await payload.update({ collection: 'parks', id: parkId, data: { _status: 'draft' } as never })
    list = await sameNowAndLater('/api/announcements?locale=en&limit=100')
    expect(list.docs.find((d) => d.slug === 'rm-news-1')!.parks).not.toEqual([
      expect.objectContaining({ name: 'South area (renamed)' }),
    ])
    await payload.update({ collection: 'parks', id: parkId, data: { _status: 'published' } as never })
    await payload.update({ collection: 'media', id: mediaId, data: { alt: 'Aerial view, new' } })
    list = await sameNowAndLater('/api/announcements?locale=en&limit=100')
    expect(list.docs.find((d) => d.slug === 'rm-news-0')!.heroImage).toEqual(
      expect.objectContaining({ alt: 'Aerial view, new' }),
    )
    await payload.delete({ collection: 'media', id: mediaId })
    for (const path of LISTS) await same(path, { served: null })
    await readModelSettled(payload)
    for (const path of LISTS) await same(path)
  })

  it('shows an embargoed item the moment its time comes, and hides an item the moment it expires', async () => {
    const soon = await payload.create({
      collection: 'announcements',
      data: {
        title: '即将发布',
        slug: 'rm-soon',
        category: 'news',
        _status: 'published',
        publishedAt: iso(1_500),
      } as never,
    })
    await payload.update({
      collection: 'announcements',
      id: soon.id,
      data: { expiresAt: iso(3_500), _status: 'published' } as never,
    })
    const path = '/api/announcements?where[slug][equals]=rm-soon'
    expect((await same(path)).totalDocs).toBe(0)
    await sleep(1_700)
    expect((await same(path)).totalDocs).toBe(1)
    await sleep(2_000)
    expect((await same(path)).totalDocs).toBe(0)
  })

  it('leaves to Payload a list that shows an embargoed item in rich text, and keeps it right when the time comes', async () => {
    const later = await payload.create({
      collection: 'announcements',
      data: {
        title: '稍后',
        slug: 'rm-later',
        category: 'notice',
        _status: 'published',
        publishedAt: iso(1_500),
      } as never,
    })
    const body = citing('见：', 'announcements', later.id)
    await announce('rm-cites', { category: 'notice', body, _status: 'published', publishedAt: iso(-hour / 2) })
    const path = '/api/announcements?where[slug][equals]=rm-cites'
    const before = await same(path, { served: false })
    expect(JSON.stringify(before.docs[0]!.body)).not.toContain('稍后')
    await sleep(1_700)
    const after = await same(path, { served: false })
    expect(JSON.stringify(after.docs[0]!.body)).toContain('稍后')
    // The lists without it are still served from the read model.
    await same('/api/announcements?where[slug][equals]=rm-news-3')
  })

  it('rewrites a snapshot when a document its rich text shows as missing is published', async () => {
    const park = await payload.create({
      collection: 'parks',
      data: { name: '草稿园区', slug: 'rm-draft-park', kind: 'sub-park', _status: 'draft' } as never,
      draft: true,
    })
    const body = citing('园区：', 'parks', park.id)
    await announce('rm-park-intro', { body, _status: 'published', publishedAt: iso(-hour / 3) })
    const path = '/api/announcements?where[slug][equals]=rm-park-intro'
    expect(JSON.stringify((await same(path)).docs[0]!.body)).not.toContain('草稿园区')
    await payload.update({ collection: 'parks', id: park.id, data: { _status: 'published' } as never })
    expect(JSON.stringify((await sameNowAndLater(path)).docs[0]!.body)).toContain('草稿园区')
  })

  it('takes bulk changes of several documents one snapshot shows', async () => {
    const parks = await Promise.all(
      ['rm-bulk-1', 'rm-bulk-2', 'rm-bulk-3'].map((slug) =>
        payload.create({
          collection: 'parks',
          data: { name: slug, slug, kind: 'sub-park', _status: 'published' } as never,
        }),
      ),
    )
    await payload.create({
      collection: 'announcements',
      data: {
        title: '三个园区',
        slug: 'rm-three-parks',
        category: 'news',
        parks: parks.map((p) => p.id),
        _status: 'published',
        publishedAt: iso(-hour / 4),
      } as never,
    })
    const result = await payload.update({
      collection: 'parks',
      where: { slug: { like: 'rm-bulk-' } },
      data: { kind: 'industrial-park', _status: 'published' } as never,
    })
    expect(result.errors).toEqual([])
    const list = await sameNowAndLater('/api/announcements?where[slug][equals]=rm-three-parks')
    expect(list.docs[0]!.parks).toEqual(parks.map(() => expect.objectContaining({ kind: 'industrial-park' })))
  })

  it('answers odd requests as Payload does, and a NUL character with a 400', async () => {
    const none = await fetch(`${fast.url}/api/announcements?where[category][equals]=null`)
    expect(none.status).toBe(400)
    expect((await none.json()).errors[0].message).toMatch(/exists\]=false/)
    await same('/api/announcements/?locale=en', { served: false })
    await same('/api/%61nnouncements?locale=en', { served: false })
    const head = await fetch(`${fast.url}/api/announcements?locale=en`, { method: 'HEAD' })
    const stockHead = await fetch(`${stock.url}/api/announcements?locale=en`, { method: 'HEAD' })
    expect(head.status).toBe(stockHead.status)
    expect(head.headers.get('x-read-model')).toBeNull()
    // Also once the server answers before Express: what Express's validation refuses stays refused.
    const bogus = await fetch(`${fast.url}/api/announcements?where[category][equals]=bogus`)
    expect(bogus.status).toBe(400)
    await same('/api/announcements??locale=en', { served: false })
    const nul = await fetch(`${fast.url}/api/announcements?where[slug][equals]=a%00b`)
    expect(nul.status).toBe(400)
    expect((await nul.json()).errors[0].message).toMatch(/NUL/)
  })

  it('is rebuilt from the documents when its rows are lost or wrong', async () => {
    await payload.db.deleteMany({ collection: SNAPSHOTS as never, where: { lang: { equals: 'en' } } })
    await payload.db.updateMany!({
      collection: SNAPSHOTS as never,
      where: { lang: { equals: 'zh' } },
      data: { json: '{"stale":true}' },
    })
    await rebuildReadModel(payload)
    // (Some of these lists now show rm-cites, which only Payload answers.)
    for (const path of LISTS) await same(path, { served: null })
    await same('/api/announcements?locale=en&where[category][equals]=news&limit=3&page=2')
    expect(readModelFingerprint(payload.config)).toMatch(/^[0-9a-f]{32}$/)
    const state = await payload.db.findOne<{ id: number; json: string }>({
      collection: SNAPSHOTS as never,
      where: { key: { equals: '__state__' } },
    })
    expect(state?.json).toBe(readModelFingerprint(payload.config))
  })
})
