import { createClient } from 'redis'

import { shareInvalidations } from '../src/delivery/cache/invalidation'
import { ResponseCache, cacheSettings } from '../src/delivery/cache/responseCache'
import { useTestApp } from './helpers/testApp'
import { sleep, waitFor } from './helpers/wait'

const app = useTestApp({ http: true })

const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.http.url}${path}`, { headers })
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : undefined }
}
const slugs = async (path = '/api/announcements?locale=en&depth=0') =>
  (await get(path)).body.docs.map((d: { slug: string }) => d.slug) as string[]
/** A new editor's JWT. */
async function editorToken(email: string): Promise<string> {
  const password = 'cache-staff-pass'
  await app.payload.create({ collection: 'users', data: { email, password, role: 'editor' } })
  const { token } = await app.payload.login({ collection: 'users', data: { email, password } })
  return token!
}

describe('HTTP caching of anonymous reads', () => {
  it('answers with a strong ETag and Cache-Control, serves repeats from the cache, and 304s a known ETag', async () => {
    const first = await get('/api/parks?locale=en&depth=0')
    expect(first.headers.get('x-cache')).toBe('MISS')
    expect(first.headers.get('etag')).toMatch(/^"[\w-]{20,}"$/)
    expect(first.headers.get('cache-control')).toBe('public, max-age=5, stale-while-revalidate=30')
    const second = await get('/api/parks?locale=en&depth=0')
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.headers.get('etag')).toBe(first.headers.get('etag'))
    expect(second.body).toEqual(first.body)
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    const revalidated = await fetch(`${app.http.url}/api/parks?locale=en&depth=0`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    })
    expect(revalidated.status).toBe(304)
    expect(await revalidated.text()).toBe('')
  })

  it('never caches for signed-in staff', async () => {
    const token = await editorToken('cache-staff@test.local')
    const response = await get('/api/parks?depth=0', { authorization: `JWT ${token}` })
    expect(response.headers.get('x-cache')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })

  it('shows a change on the very next request: publish, update, unpublish, delete, globals', async () => {
    expect(await slugs()).not.toContain('cache-news')
    const doc = await app.payload.create({
      collection: 'announcements',
      data: { title: 'Cache news', slug: 'cache-news', category: 'news', _status: 'published' },
    })
    expect(await slugs()).toContain('cache-news')

    await app.payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { title: 'Cache news, corrected', _status: 'published' },
    })
    const titles = (await get('/api/announcements?locale=en&depth=0')).body.docs.map((d: { title: string }) => d.title)
    expect(titles).toContain('Cache news, corrected')

    await app.payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { title: 'Unreviewed draft' },
      draft: true,
    })
    const afterDraft = JSON.stringify((await get('/api/announcements?locale=en&depth=0')).body)
    expect(afterDraft).not.toContain('Unreviewed draft')

    await app.payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'draft' } })
    expect(await slugs()).not.toContain('cache-news')
    expect((await get(`/api/announcements/${doc.id}`)).status).not.toBe(200)

    await app.payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'published' } })
    expect(await slugs()).toContain('cache-news')
    await app.payload.delete({ collection: 'announcements', id: doc.id })
    expect(await slugs()).not.toContain('cache-news')

    expect((await get('/api/globals/site-settings?locale=en')).body.shortName).toBe('Jinqiao Zone')
    await app.payload.updateGlobal({ slug: 'site-settings', locale: 'en', data: { shortName: 'Jinqiao' } })
    expect((await get('/api/globals/site-settings?locale=en')).body.shortName).toBe('Jinqiao')
  })

  it('never serves an embargoed item before its time, and shows it once the time has come', async () => {
    const due = Date.now() + 1_500
    await app.payload.create({
      collection: 'announcements',
      data: {
        title: 'At the stroke',
        slug: 'at-the-stroke',
        category: 'news',
        publishedAt: new Date(due).toISOString(),
        _status: 'published',
      },
    })
    expect(await slugs()).not.toContain('at-the-stroke')
    expect((await get('/api/announcements?locale=en&depth=0')).headers.get('x-cache')).toBe('HIT')
    await sleep(due - Date.now() + 50)
    // No change event happens at that moment: the cached list simply does not outlive it.
    expect(await slugs()).toContain('at-the-stroke')
  })

  it('answers each CORS origin with its own headers', async () => {
    const a = await get('/api/industries?depth=0', { origin: 'https://a.example' })
    const b = await get('/api/industries?depth=0', { origin: 'https://b.example' })
    expect(a.headers.get('x-cache')).toBe('MISS')
    expect(b.headers.get('x-cache')).toBe('MISS')
  })
})

describe('invalidation by dependency: a change drops only the answers that could show it', () => {
  const cacheOf = async (path: string) => (await get(path)).headers.get('x-cache')
  /** Reads a path until it is served from the cache (the read model's background rewrites may come first). */
  const warm = async (...paths: string[]) => {
    for (const path of paths) {
      await waitFor(async () => (await cacheOf(path)) === 'HIT', `${path} to be cached`, {
        timeoutMs: 5_000,
        intervalMs: 50,
      })
    }
  }

  it("an editor's draft save leaves the published answers cached; publishing replaces them", async () => {
    const doc = await app.payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Steady news', slug: 'steady-news', category: 'news', _status: 'published' },
    })
    const path = '/api/announcements?locale=en&depth=0&where[slug][equals]=steady-news'
    await warm(path)
    await app.payload.update({
      collection: 'announcements',
      id: doc.id,
      locale: 'en',
      data: { title: 'Steady news, unreviewed draft' },
      draft: true,
    })
    const afterDraft = await get(path)
    expect(afterDraft.headers.get('x-cache')).toBe('HIT')
    expect(afterDraft.body.docs[0].title).toBe('Steady news')

    await app.payload.update({
      collection: 'announcements',
      id: doc.id,
      locale: 'en',
      data: { title: 'Steady news, corrected', _status: 'published' },
    })
    const published = await get(path)
    expect(published.headers.get('x-cache')).toBe('MISS')
    expect(published.body.docs[0].title).toBe('Steady news, corrected')
  })

  it("a park's change drops the answers that show the park, across relations too, and keeps the others", async () => {
    const park = (await app.payload.find({ collection: 'parks', locale: 'en', limit: 1, depth: 0 })).docs[0]!
    await app.payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Park news', slug: 'park-news', category: 'news', parks: [park.id], _status: 'published' },
    })
    const showsPark = '/api/announcements?locale=en&depth=1&where[slug][equals]=park-news'
    const parks = '/api/parks?locale=en&depth=0'
    const acrossRelation = `/api/announcements?locale=en&depth=0&where[parks.slug][equals]=${park.slug}`
    const unrelated = '/api/globals/site-settings?locale=en&depth=0'
    await warm(showsPark, parks, acrossRelation, unrelated)

    await app.payload.update({
      collection: 'parks',
      id: park.id,
      locale: 'en',
      data: { name: `${park.name} (renamed)`, _status: 'published' },
    })
    const shown = await get(showsPark)
    expect(shown.headers.get('x-cache')).toBe('MISS')
    expect(shown.body.docs[0].parks[0].name).toBe(`${park.name} (renamed)`)
    expect(await cacheOf(parks)).toBe('MISS')
    expect(await cacheOf(acrossRelation)).toBe('MISS')
    expect(await cacheOf(unrelated)).toBe('HIT')
    await app.payload.update({ collection: 'parks', id: park.id, locale: 'en', data: { name: park.name } })
  })

  it('a GraphQL query keeps its cached answer through changes to what it does not show', async () => {
    const query = JSON.stringify({ query: '{ Parks(locale: en) { docs { name } } }' })
    const post = () =>
      fetch(`${app.http.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: query,
      })
    // Until cached: the last test's park change is still being written into the read model meanwhile.
    await waitFor(async () => (await post()).headers.get('x-cache') === 'HIT', 'the query to be cached', {
      timeoutMs: 5_000,
      intervalMs: 50,
    })
    await app.payload.create({
      collection: 'announcements',
      data: { title: 'Unrelated news', slug: 'unrelated-news', category: 'news', _status: 'published' },
    })
    expect((await post()).headers.get('x-cache')).toBe('HIT')
  })

  it('the media list, whose files are public by what shows them, follows every change of content', async () => {
    const media = '/api/media?depth=0'
    await warm(media)
    await app.payload.create({
      collection: 'announcements',
      data: { title: 'News with media', slug: 'news-with-media', category: 'news', _status: 'published' },
    })
    expect(await cacheOf(media)).toBe('MISS')
  })
})

describe('GraphQL caching of anonymous queries', () => {
  const graphql = async (body: object, headers: Record<string, string> = {}) => {
    const response = await fetch(`${app.http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    })
    return { status: response.status, headers: response.headers, body: await response.json() }
  }
  const query = { query: '{ Parks(locale: en, sort: "slug") { docs { slug name } } }' }

  it('serves a repeated query from the cache with an ETag, and 304s it', async () => {
    const first = await graphql(query)
    expect(first.headers.get('x-cache')).toBe('MISS')
    const second = await graphql(query, { 'x-request-id': 'frontend-graphql-2' })
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(second.body).toEqual(first.body)
    // Answered before the rest of the chain, with the stored answer's security headers and its own request id.
    expect(second.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    expect(second.headers.get('x-content-type-options')).toBe('nosniff')
    expect(second.headers.get('x-request-id')).toBe('frontend-graphql-2')
    expect(first.headers.get('x-request-id')).not.toBe('frontend-graphql-2')
    const etag = second.headers.get('etag')!
    const again = await fetch(`${app.http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'if-none-match': etag },
      body: JSON.stringify(query),
    })
    expect(again.status).toBe(304)
  })

  it('shows a change on the very next query', async () => {
    await graphql(query)
    const { docs } = await app.payload.find({ collection: 'parks', where: { slug: { equals: 'south-park' } } })
    await app.payload.update({
      collection: 'parks',
      id: docs[0]!.id,
      locale: 'en',
      data: { name: 'Renamed South Park' },
    })
    const after = await graphql(query)
    expect(after.headers.get('x-cache')).toBe('MISS')
    expect(JSON.stringify(after.body)).toContain('Renamed South Park')
  })

  it('never caches mutations, answers with errors, or signed-in requests', async () => {
    const mutation = { query: 'mutation { createPark(data: { name: "x", slug: "x", kind: sub_park }) { id } }' }
    await graphql(mutation)
    expect((await graphql(mutation)).headers.get('x-cache')).toBeNull()
    const broken = { query: '{ Parks { docs { noSuchField } } }' }
    await graphql(broken)
    const second = await graphql(broken)
    expect(second.headers.get('x-cache')).toBe('MISS')
    expect(second.headers.get('cache-control')).toBe('no-store')
    const token = await editorToken('graphql-staff@test.local')
    expect((await graphql(query, { authorization: `JWT ${token}` })).headers.get('x-cache')).toBeNull()
    // A credential that fails is anonymous: the public answer, from the cache.
    expect((await graphql(query, { authorization: 'JWT not-a-real-token' })).headers.get('x-cache')).toBe('HIT')
  })
})

describe('shared invalidation through Redis', () => {
  /** A message through Redis arrives within milliseconds. */
  const SHORTLY = { timeoutMs: 5_000, intervalMs: 20 }
  /** Two caches, as in two server instances, each with its own Redis connections (commands and subscriber). */
  const twoInstances = async () => {
    const url = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
    const clients = [createClient({ url }), createClient({ url }), createClient({ url }), createClient({ url })]
    await Promise.all(clients.map((c) => c.connect()))
    const [pubA, subA, pubB, subB] = clients
    const a = new ResponseCache(cacheSettings({}))
    const b = new ResponseCache(cacheSettings({}))
    await shareInvalidations(pubA!, subA!, a)
    await shareInvalidations(pubB!, subB!, b)
    return { a, b, clients }
  }

  it('a change in one instance drops, in another, the answers that show what changed and nothing else', async () => {
    const { a, b, clients } = await twoInstances()
    try {
      b.setBoundary(undefined, b.generation)
      const json: [string, string][] = [['content-type', 'application/json']]
      b.store('/api/parks', b.generation, 200, json, Buffer.from('{}'), ['parks'])
      b.store('/api/industries', b.generation, 200, json, Buffer.from('{}'), ['industries'])
      const before = b.generation
      a.invalidate(['parks'])
      await waitFor(() => b.generation !== before, 'the other instance to hear of the change', SHORTLY)
      expect(b.has('/api/parks')).toBe(false)
      expect(b.has('/api/industries')).toBe(true)
      // An instance does not react to its own message.
      expect(a.generation).toBe(1)
    } finally {
      await Promise.all(clients.map((c) => c.quit()))
    }
  })

  it('an answer stored by one instance serves the others, until something it shows changes anywhere', async () => {
    const { a, b, clients } = await twoInstances()
    const key = `/api/announcements?shared-test=${Date.now()}`
    const other = `/api/parks?shared-test=${Date.now()}`
    const body = Buffer.from(JSON.stringify({ docs: [{ slug: 'from-a' }] }))
    const json: [string, string][] = [['content-type', 'application/json']]
    try {
      for (const cache of [a, b]) cache.setBoundary(undefined, cache.generation)
      expect(await b.fetchShared(key)).toBe(false)
      const etag = a.store(key, a.generation, 200, json, body, ['announcements', 'media'])
      a.store(other, a.generation, 200, json, Buffer.from('{}'), ['parks'])
      await sleep(200) // let the writes reach Redis
      expect(await b.fetchShared(key)).toBe(true)
      // B now answers from its own memory, byte for byte what A computed.
      const written: { status?: number; headers: Record<string, unknown>; body?: Buffer } = { headers: {} }
      const res = {
        set statusCode(code: number) {
          written.status = code
        },
        setHeader: (name: string, value: unknown) => (written.headers[name] = value),
        end: (chunk?: Buffer) => (written.body = chunk),
      }
      const req = { method: 'GET', url: key, headers: {} }
      expect(b.tryServe(req as never, res as never)).toBe(true)
      expect(written.body?.equals(body)).toBe(true)
      expect(written.headers.etag).toBe(etag)

      // A change of media in A: B drops its copy, and the shared copy is not read again; the parks
      // answer, which shows no media, is still shared.
      const before = b.generation
      a.invalidate(['media'])
      await waitFor(
        () => b.generation > before && !a.sharedPaused && b.versions.get('media') === a.versions.get('media'),
        'the change to reach the other instance',
        SHORTLY,
      )
      expect(b.tryServe(req as never, res as never)).toBe(false)
      expect(await b.fetchShared(key)).toBe(false)
      expect(await b.fetchShared(other)).toBe(true)
    } finally {
      await Promise.all(clients.map((c) => c.quit()))
    }
  })
})
