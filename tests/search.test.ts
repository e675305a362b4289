import type { Payload } from 'payload'

import { paragraphs } from '../src/content/seed/richText'
import { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

/** One search over all public content in both locales; SEO fields; redirects after a slug change; industry breadcrumbs. */

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>

type Hit = { collection: string; slug: string; title: string; matched: 'title' | 'text'; snippet: string }
const search = async (query: string) => {
  const response = await fetch(`${http.url}/api/search?${query}`)
  return {
    status: response.status,
    body: (await response.json()) as { docs: Hit[]; totalDocs: number; errors?: { message: string }[] },
  }
}

/** Creates a published document in Chinese and adds its English text. */
const createBilingual = async (
  collection: 'industries' | 'policies',
  zh: Record<string, unknown>,
  en: Record<string, unknown>,
) => {
  const doc = await payload.create({ collection, data: { ...zh, _status: 'published' } as never })
  await payload.update({ collection, id: doc.id, locale: 'en', data: en as never })
  return doc
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await createStaff(payload, 'admin')

  await createBilingual(
    'industries',
    { name: '集成电路', slug: 'intelligent-chips', kind: 'strategic-emerging' },
    { name: 'Intelligent chips' },
  )
  await createBilingual(
    'policies',
    {
      title: '金桥集成电路产业扶持办法',
      slug: 'chip-support-measures',
      effectiveFrom: new Date(Date.now() - 86_400_000).toISOString(),
      summary: '对集成电路设计企业给予租金补贴。',
    },
    { title: 'Jinqiao support measures for integrated circuits', summary: 'Rent subsidies for chip design companies.' },
  )

  // Mentions 集成电路 in its body only: ranked after the title hits.
  await payload.create({
    collection: 'announcements',
    data: {
      title: '金桥开发区招商推介会举行',
      slug: 'promotion-conference',
      category: 'news',
      body: paragraphs('推介会重点介绍了智能网联汽车和集成电路两大产业。'),
      _status: 'published',
    } as never,
  })
  // Never in search: a draft, an embargoed announcement and an expired one.
  await payload.create({
    collection: 'announcements',
    data: { title: '集成电路草稿', slug: 'chip-draft', category: 'news' } as never,
    draft: true,
  })
  await payload.create({
    collection: 'announcements',
    data: {
      title: '集成电路禁发新闻',
      slug: 'chip-embargoed',
      category: 'news',
      publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
      _status: 'published',
    } as never,
  })
  await payload.create({
    collection: 'announcements',
    data: {
      title: '集成电路过期通知',
      slug: 'chip-expired',
      category: 'notice',
      publishedAt: new Date(Date.now() - 10 * 86_400_000).toISOString(),
      expiresAt: new Date(Date.now() - 86_400_000).toISOString(),
      _status: 'published',
    } as never,
  })
  http = await startHttp(payload)
})

afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

describe('search', () => {
  it('finds a Chinese term without word breaks, title hits first, and never a draft, embargoed or expired item', async () => {
    const { status, body } = await search(`q=${encodeURIComponent('集成电路')}&locale=zh`)
    expect(status).toBe(200)
    const found = body.docs.map((d) => [d.collection, d.slug, d.matched])
    expect(found.slice(0, 2)).toEqual(
      expect.arrayContaining([
        ['industries', 'intelligent-chips', 'title'],
        ['policies', 'chip-support-measures', 'title'],
      ]),
    )
    expect(found[2]).toEqual(['announcements', 'promotion-conference', 'text'])
    expect(body.docs[2]?.snippet).toContain('集成电路')
    expect(found).toHaveLength(3)
    expect(body.totalDocs).toBe(3)
  })

  it('finds English terms in the English index, case-insensitively, in summaries too', async () => {
    const { body } = await search('q=Integrated+Circuits&locale=en')
    expect(body.docs.map((d) => d.slug)).toEqual(['chip-support-measures'])
    expect(body.docs[0]?.title).toBe('Jinqiao support measures for integrated circuits')
    const bySummary = await search('q=rent+subsidies&locale=en')
    expect(bySummary.body.docs.map((d) => [d.slug, d.matched])).toEqual([['chip-support-measures', 'text']])
  })

  it('narrows to one collection and pages', async () => {
    const { body } = await search(`q=${encodeURIComponent('集成电路')}&locale=zh&collection=policies`)
    expect(body.docs.map((d) => d.slug)).toEqual(['chip-support-measures'])
    const page2 = await search(`q=${encodeURIComponent('集成电路')}&locale=zh&limit=2&page=2`)
    expect(page2.body.docs.map((d) => d.slug)).toEqual(['promotion-conference'])
  })

  it('an unpublished item leaves the index; a newly published one enters it', async () => {
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: 'chip-support-measures' } },
    })
    await payload.update({ collection: 'policies', id: docs[0]!.id, data: { _status: 'draft' } })
    expect((await search(`q=${encodeURIComponent('扶持办法')}&locale=zh`)).body.docs).toEqual([])
    await payload.update({ collection: 'policies', id: docs[0]!.id, data: { _status: 'published' } })
    expect((await search(`q=${encodeURIComponent('扶持办法')}&locale=zh`)).body.docs).toHaveLength(1)
  })

  it('ranks by relevance: the text that says it more often comes first', async () => {
    const create = (slug: string, times: number) =>
      payload.create({
        collection: 'announcements',
        data: {
          title: `氢能动态 ${slug}`,
          slug,
          category: 'news',
          summary: `${'金桥推进液氢储运示范。'.repeat(times)}其他内容。`,
          _status: 'published',
        } as never,
      })
    await create('hydrogen-once', 1)
    await create('hydrogen-thrice', 3)
    const { body } = await search(`q=${encodeURIComponent('液氢储运')}&locale=zh`)
    expect(body.docs.map((d) => d.slug)).toEqual(['hydrogen-thrice', 'hydrogen-once'])
    expect(body.docs.every((d) => d.matched === 'text')).toBe(true)
  })

  it('finds one Chinese character, a word by its beginning, and full-width letters', async () => {
    const one = await search(`q=${encodeURIComponent('扶')}&locale=zh`)
    expect(one.body.docs.map((d) => d.slug)).toContain('chip-support-measures')
    const prefix = await search('q=subsid&locale=en')
    expect(prefix.body.docs.map((d) => d.slug)).toContain('chip-support-measures')
    const fullWidth = await search(`q=${encodeURIComponent('ＩＮＴＥＧＲＡＴＥＤ')}&locale=en`)
    expect(fullWidth.body.docs.map((d) => d.slug)).toContain('chip-support-measures')
    // A phrase matches as written: these characters occur, but never in this order.
    expect((await search(`q=${encodeURIComponent('电路集成')}&locale=zh`)).body.docs).toEqual([])
  })

  it('an entry stored before the text index existed is given its terms at start-up', async () => {
    const { fillMissingTerms } = await import('../src/delivery/search/textIndex')
    const entry = (
      await payload.find({ collection: 'search-index', where: { slug: { equals: 'promotion-conference' } }, limit: 1 })
    ).docs[0]!
    for (const locale of ['zh', 'en'] as const) {
      await payload.update({
        collection: 'search-index',
        id: entry.id,
        locale,
        data: { titleTerms: null, textTerms: null },
      })
    }
    const query = `q=${encodeURIComponent('招商推介会')}&locale=zh`
    expect((await search(query)).body.docs).toEqual([])
    expect(await fillMissingTerms(payload)).toBeGreaterThanOrEqual(1)
    expect((await search(query)).body.docs.map((d) => d.slug)).toEqual(['promotion-conference'])
  })

  it('bad queries get a 400 that says what to send', async () => {
    expect((await search('locale=zh')).status).toBe(400)
    expect((await search(`q=${'x'.repeat(101)}`)).status).toBe(400)
    const bad = await search('q=chips&collection=users')
    expect(bad.status).toBe(400)
    expect(bad.body.errors?.[0]?.message).toMatch(/"collection" must be one of/)
    expect((await search('q=chips&limit=500')).status).toBe(400)
    const nothingToFind = await search(`q=${encodeURIComponent('！？ ...')}`)
    expect(nothingToFind.status).toBe(400)
    expect(nothingToFind.body.errors?.[0]?.message).toMatch(/letters or digits/)
  })

  it('the raw index is not a way around the rules either', async () => {
    const response = await fetch(`${http.url}/api/search-index?limit=100&locale=zh`)
    const { docs } = (await response.json()) as { docs: { title: string }[] }
    expect(docs.map((d) => d.title)).not.toContain('集成电路禁发新闻')
    expect(docs.map((d) => d.title)).not.toContain('集成电路过期通知')
    const write = await fetch(`${http.url}/api/search-index`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'spam' }),
    })
    expect(write.status).toBe(403)
  })
})

describe('SEO fields', () => {
  it('every public collection has localized meta title, description and image', async () => {
    const { docs } = await payload.find({
      collection: 'policies',
      where: { slug: { equals: 'chip-support-measures' } },
    })
    const id = docs[0]!.id
    await payload.update({
      collection: 'policies',
      id,
      locale: 'zh',
      data: { meta: { title: '集成电路扶持', description: '租金补贴' } } as never,
    })
    await payload.update({
      collection: 'policies',
      id,
      locale: 'en',
      data: { meta: { title: 'Chip support', description: 'Rent subsidies' } } as never,
    })
    const en = await (await fetch(`${http.url}/api/policies/${id}?locale=en&depth=0`)).json()
    const zh = await (await fetch(`${http.url}/api/policies/${id}?locale=zh&depth=0`)).json()
    expect(en.meta).toMatchObject({ title: 'Chip support', description: 'Rent subsidies' })
    expect(zh.meta).toMatchObject({ title: '集成电路扶持', description: '租金补贴' })
    for (const slug of ['announcements', 'policies', 'parks', 'industries', 'opportunities', 'events']) {
      const fields = payload.collections[slug as 'policies'].config.flattenedFields.map((f) => f.name)
      expect({ slug, meta: fields.includes('meta') }).toEqual({ slug, meta: true })
    }
  })
})

describe('redirects after a slug change', () => {
  it('renaming a published slug records a redirect from the old path, and renaming back removes the loop', async () => {
    const created = await payload.create({
      collection: 'announcements',
      data: { title: 'Old name', slug: 'old-name', category: 'news', _status: 'published' } as never,
    })
    // A draft with a new slug changes nothing for readers yet.
    await payload.update({
      collection: 'announcements',
      id: created.id,
      data: { slug: 'new-name' } as never,
      draft: true,
    })
    expect((await payload.find({ collection: 'redirects' })).totalDocs).toBe(0)
    await payload.update({
      collection: 'announcements',
      id: created.id,
      data: { slug: 'new-name', _status: 'published' } as never,
    })

    const lookup = await fetch(`${http.url}/api/redirects?where[from][equals]=/announcements/old-name&depth=1`)
    const { docs } = (await lookup.json()) as {
      docs: { to: { type: string; reference: { relationTo: string; value: { slug: string } } } }[]
    }
    expect(docs).toHaveLength(1)
    expect(docs[0]!.to.reference.relationTo).toBe('announcements')
    expect(docs[0]!.to.reference.value.slug).toBe('new-name')

    await payload.update({
      collection: 'announcements',
      id: created.id,
      data: { slug: 'old-name', _status: 'published' } as never,
    })
    const all = await payload.find({ collection: 'redirects', depth: 0 })
    expect(all.docs.map((r) => r.from)).toEqual(['/announcements/new-name'])
  })

  it('the public reads redirects but cannot write them', async () => {
    const write = await fetch(`${http.url}/api/redirects`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ from: '/x', to: { type: 'custom', url: 'https://evil.example' } }),
    })
    expect(write.status).toBe(403)
  })
})

describe('industries hierarchy', () => {
  it('breadcrumbs follow the parent chain, per locale', async () => {
    const ai = await createBilingual(
      'industries',
      { name: '人工智能', slug: 'artificial-intelligence', kind: 'strategic-emerging' },
      { name: 'Artificial intelligence' },
    )
    const robots = await createBilingual(
      'industries',
      { name: '智能机器人', slug: 'intelligent-robots', kind: 'strategic-emerging', parent: ai.id },
      { name: 'Intelligent robots' },
    )
    const zh = await (await fetch(`${http.url}/api/industries/${robots.id}?locale=zh&depth=0`)).json()
    const en = await (await fetch(`${http.url}/api/industries/${robots.id}?locale=en&depth=0`)).json()
    expect(zh.breadcrumbs.map((b: { label: string }) => b.label)).toEqual(['人工智能', '智能机器人'])
    expect(en.breadcrumbs.map((b: { label: string }) => b.label)).toEqual([
      'Artificial intelligence',
      'Intelligent robots',
    ])
    expect(en.breadcrumbs.at(-1).url).toBe('/industries/artificial-intelligence/intelligent-robots')
  })
})
