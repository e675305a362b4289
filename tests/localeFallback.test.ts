/**
 * Each language falls back to the other (zh→en and en→zh) on every path a reader takes: REST (also
 * from the read model), GraphQL, search and feeds. An item written only in English reaches Chinese
 * readers, and the reverse; `fallback-locale=none` still shows the gap to a site that wants it.
 */
import { readModelSettled } from '../src/delivery/readModel/background'
import { useTestApp } from './helpers/testApp'
import { waitFor } from './helpers/wait'

const app = useTestApp({
  seed: false,
  http: { readModel: true },
  prepare: async (payload) => {
    await payload.create({
      collection: 'announcements',
      locale: 'en',
      data: {
        title: 'Only in English: chip design award',
        slug: 'english-only-award',
        category: 'news',
        summary: 'Written in English only',
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'parks',
      locale: 'zh',
      data: { name: '只有中文的园区', slug: 'chinese-only-park', kind: 'sub-park', _status: 'published' },
    })
    await readModelSettled(payload)
  },
})

const getJson = async (path: string) => {
  const response = await fetch(`${app.http.url}${path}`)
  expect([path, response.status]).toEqual([path, 200])
  return { body: await response.json(), readModel: response.headers.get('x-read-model') }
}

describe('two-way locale fallback', () => {
  it('REST: English-only text reaches Chinese readers, Chinese-only text reaches English readers', async () => {
    const zh = await getJson('/api/announcements?locale=zh&where%5Bslug%5D%5Bequals%5D=english-only-award')
    expect(zh.body.docs[0]).toMatchObject({
      title: 'Only in English: chip design award',
      summary: 'Written in English only',
    })
    const en = await getJson('/api/parks?locale=en&where%5Bslug%5D%5Bequals%5D=chinese-only-park')
    expect(en.body.docs[0].name).toBe('只有中文的园区')
  })

  it('the read model serves the same fallback text', async () => {
    // The first answer goes through Express; the next ones come from the read model, once it has caught
    // up with the documents made above (on a busy machine it may still be writing their snapshots). Each
    // try asks for another page size: an earlier answer kept by the response cache is not asked again.
    let limit = 4
    const fromReadModel = await waitFor(
      async () => {
        limit += 1
        const answer = await getJson(`/api/announcements?locale=zh&limit=${limit}`)
        return answer.readModel === 'hit' ? answer : undefined
      },
      'an answer from the read model',
      { timeoutMs: 15_000, intervalMs: 200 },
    )
    expect(fromReadModel.body.docs.map((doc: { title: string }) => doc.title)).toEqual([
      'Only in English: chip design award',
    ])
  })

  it('fallback-locale=none shows the missing translation as missing', async () => {
    const { body } = await getJson(
      '/api/announcements?locale=zh&fallback-locale=none&where%5Bslug%5D%5Bequals%5D=english-only-award',
    )
    expect(body.docs[0].title ?? null).toBeNull()
  })

  it('GraphQL falls back both ways', async () => {
    const response = await fetch(`${app.http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{
          zh: Announcements(locale: zh, where: { slug: { equals: "english-only-award" } }) { docs { title } }
          en: Parks(locale: en, where: { slug: { equals: "chinese-only-park" } }) { docs { name } }
          strict: Announcements(locale: zh, fallbackLocale: none, where: { slug: { equals: "english-only-award" } }) {
            docs { title }
          }
        }`,
      }),
    })
    const { data, errors } = await response.json()
    expect(errors).toBeUndefined()
    expect(data.zh.docs[0].title).toBe('Only in English: chip design award')
    expect(data.en.docs[0].name).toBe('只有中文的园区')
    expect(data.strict.docs[0].title).toBeNull()
  })

  it('search in Chinese finds the English-only item, and in English the Chinese-only park', async () => {
    const zh = await getJson('/api/search?locale=zh&q=chip%20design')
    expect(zh.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['english-only-award'])
    const en = await getJson(`/api/search?locale=en&q=${encodeURIComponent('中文的园区')}`)
    expect(en.body.docs.map((doc: { slug: string }) => doc.slug)).toEqual(['chinese-only-park'])
  })

  it('the Chinese feed lists the English-only announcement', async () => {
    const response = await fetch(`${app.http.url}/feeds/announcements.zh.xml`)
    expect(response.status).toBe(200)
    expect(await response.text()).toContain('Only in English: chip design award')
  })
})
