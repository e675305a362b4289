/**
 * The typed client (examples/client: openapi-fetch over the openapi-typescript types generated from
 * /api/openapi.json) reads every public collection and global from a running server. This file is
 * compiled by `npm run typecheck` like the rest: a type the answers do not have would not compile.
 */
import { createJinqiaoClient, type Schemas } from '../examples/client'
import { useTestApp } from './helpers/testApp'

const app = useTestApp({ http: { readModel: true } })
const client = () => createJinqiaoClient(app.http.url)

describe('the typed client', () => {
  it('reads every public collection, with filters in bracket form', async () => {
    const cms = client()
    const parks = await cms.GET('/api/parks', { params: { query: { locale: 'en', depth: 1 } } })
    expect(parks.error).toBeUndefined()
    const south: Schemas['parks'] | undefined = parks.data!.docs.find((park) => park.slug === 'south-park')
    expect(south?.name).toBe('Jinqiao South Park')

    const latest = await cms.GET('/api/announcements', { params: { query: { locale: 'zh', limit: 1 } } })
    const category = latest.data!.docs[0].category!
    const news = await cms.GET('/api/announcements', {
      params: { query: { locale: 'zh', limit: 5, sort: '-publishedAt', where: { category: { equals: category } } } },
    })
    expect(news.data!.docs.length).toBeGreaterThan(0)
    expect(news.data!.docs.every((doc) => doc.category === category)).toBe(true)
    const none = await cms.GET('/api/announcements', {
      params: { query: { where: { and: [{ category: { equals: category } }, { slug: { equals: 'no-such-slug' } }] } } },
    })
    expect(none.data!.totalDocs).toBe(0)

    const one = await cms.GET('/api/announcements/{id}', {
      params: { path: { id: news.data!.docs[0].id }, query: { locale: 'en', depth: 0 } },
    })
    expect(one.data!.id).toBe(news.data!.docs[0].id)

    for (const list of [
      await cms.GET('/api/industries', { params: { query: { locale: 'en' } } }),
      await cms.GET('/api/policies', { params: { query: { locale: 'en' } } }),
      await cms.GET('/api/opportunities', { params: { query: { locale: 'en' } } }),
      await cms.GET('/api/events', { params: { query: { locale: 'en', when: 'upcoming' } } }),
      await cms.GET('/api/media', { params: { query: { limit: 5 } } }),
      await cms.GET('/api/redirects', { params: { query: { limit: 5 } } }),
      await cms.GET('/api/search-index', { params: { query: { locale: 'en', limit: 5 } } }),
    ]) {
      expect(list.response.status).toBe(200)
      expect(Array.isArray(list.data!.docs)).toBe(true)
    }
    const profile = await cms.GET('/api/globals/zone-profile', { params: { query: { locale: 'en' } } })
    expect(profile.data!.globalType).toBe('zone-profile')
  })

  it('errors are typed too: a bad limit is a 400 with a message', async () => {
    const { error, response } = await client().GET('/api/parks', { params: { query: { limit: 1000 } } })
    expect(response.status).toBe(400)
    expect(error?.errors[0].message).toMatch(/limit/)
  })

  it('search and the sitemap', async () => {
    const cms = client()
    const found = await cms.GET('/api/search', { params: { query: { q: '金桥', locale: 'zh' } } })
    expect(found.data!.docs.length).toBeGreaterThan(0)
    const sitemap = await cms.GET('/api/sitemap')
    expect(sitemap.data!.collections.parks?.length).toBeGreaterThan(0)
  })
})
