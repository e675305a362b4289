import { bulkSeed, generated } from '../src/content/seed/bulk'
import { prepareReadModel, rebuildReadModel } from '../src/delivery/readModel/rebuild'
import { useTestApp } from './helpers/testApp'

/** `npm run seed -- --bulk N`: generated content written through the adapter, as Payload's own create leaves it. */
const app = useTestApp({ http: true })
const counts = { announcements: 12, policies: 2, events: 1 }

const getJson = async (path: string) => (await fetch(`${app.http.url}${path}`)).json()

describe('bulk seeding', () => {
  it('writes the counts asked for, and a second run continues without duplicates', async () => {
    expect(await bulkSeed(app.payload, counts)).toBe(15)
    expect(await bulkSeed(app.payload, { ...counts, announcements: 14 })).toBe(2)
    const { totalDocs } = await app.payload.count({
      collection: 'announcements',
      where: { slug: { like: 'bulk-announcements-' } },
    })
    expect(totalDocs).toBe(14)
  })

  it('leaves what Payload’s own create leaves: the same answer, versions, search entry and read model', async () => {
    // The same generated document, once through Payload's whole pipeline.
    const { data, perLocale } = generated('announcements', 100)
    const { slug: _slug, createdAt: _c, updatedAt: _u, ...shared } = data
    const piped = await app.payload.create({
      collection: 'announcements',
      locale: 'zh',
      data: { ...shared, ...perLocale.zh, slug: 'piped-announcement' } as never,
    })
    await app.payload.update({ collection: 'announcements', id: piped.id, locale: 'en', data: perLocale.en as never })
    const bulk = (await getJson('/api/announcements?where[slug][equals]=bulk-announcements-3&locale=en')).docs[0]
    const reference = (await getJson('/api/announcements?where[slug][equals]=piped-announcement&locale=en')).docs[0]
    const comparable = (doc: Record<string, unknown>) => {
      const {
        id: _id,
        slug: _s,
        title: _t,
        summary: _m,
        body: _b,
        createdAt: _ca,
        updatedAt: _ua,
        publishedAt: _p,
        category: _k,
        ...rest
      } = doc
      return rest
    }
    expect(comparable(bulk)).toEqual(comparable(reference))
    expect(Object.keys(bulk).sort()).toEqual(Object.keys(reference).sort())

    // The editors' list (drafts view) and the search find it in both languages.
    const drafts = await app.payload.find({
      collection: 'announcements',
      draft: true,
      where: { slug: { equals: 'bulk-announcements-3' } },
    })
    expect(drafts.totalDocs).toBe(1)
    for (const [locale, q] of [
      ['zh', '公告 第 3 号'],
      ['en', 'announcement no. 3'],
    ]) {
      const found = await getJson(`/api/search?q=${encodeURIComponent(q!)}&locale=${locale}`)
      expect(found.docs.map((d: { slug: string }) => d.slug)).toContain('bulk-announcements-3')
    }

    // After a rebuild (once the server's own first one is done), the read model answers for it, byte for
    // byte what Payload answers.
    await prepareReadModel(app.payload)
    await rebuildReadModel(app.payload)
    const path = '/api/announcements?where[slug][equals]=bulk-announcements-3&locale=zh'
    const fromReadModel = await fetch(`${app.http.url}${path}`, { headers: { 'cache-control': 'no-cache' } })
    expect(fromReadModel.headers.get('x-read-model')).toBe('hit')
    const viaPayload = await app.payload.find({
      collection: 'announcements',
      where: { slug: { equals: 'bulk-announcements-3' } },
      locale: 'zh',
      overrideAccess: false,
    })
    expect(JSON.parse(await fromReadModel.text()).docs).toEqual(JSON.parse(JSON.stringify(viaPayload.docs)))
  })
})
