import { useTestApp } from './helpers/testApp'

const app = useTestApp({
  http: true,
  prepare: async (payload) => {
    await payload.create({
      collection: 'announcements',
      data: { title: '未发布草稿', slug: 'unpublished-draft', category: 'news' },
      draft: true,
    })
  },
})

const get = async (path: string, init?: RequestInit) => {
  const response = await fetch(`${app.http.url}${path}`, init)
  return { status: response.status, headers: response.headers, body: await response.json() }
}

const graphql = async (query: string, variables?: Record<string, unknown>, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.http.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  })
  return { status: response.status, body: await response.json() }
}

describe('REST API for the public website', () => {
  it('lists the parks', async () => {
    const { status, body } = await get('/api/parks?locale=en')
    expect(status).toBe(200)
    expect(body.docs.map((p: { name: string }) => p.name)).toEqual([
      'Jinqiao Economic and Technological Development Zone',
      'Jinqiao South Park',
      'Nanhui Industrial Park',
    ])
  })

  it('finds an industry by slug, in Chinese by default', async () => {
    const { status, body } = await get('/api/industries?where[slug][equals]=artificial-intelligence')
    expect(status).toBe(200)
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0].name).toBe('人工智能')
  })

  it('lists the newest announcements in Chinese, published only', async () => {
    const { status, body } = await get('/api/announcements?locale=zh&limit=10&sort=-publishedAt')
    expect(status).toBe(200)
    expect(body.docs.map((a: { slug: string }) => a.slug)).toEqual(['jinqiao-content-platform-launched'])
    expect(body.docs[0].title).toBe('金桥经济技术开发区信息发布平台上线')
  })

  it('serves the zone profile global', async () => {
    const { status, body } = await get('/api/globals/zone-profile?locale=en')
    expect(status).toBe(200)
    expect(body).toMatchObject({ approvedYear: 1990, areaKm2: 20.48 })
    expect(body.boundaries.north).toBe('Jufeng Road')
  })

  it('never serves a draft, even when asked for drafts', async () => {
    for (const path of [
      '/api/announcements?draft=true',
      '/api/announcements?where[slug][equals]=unpublished-draft',
      '/api/announcements?where[_status][equals]=draft&draft=true',
    ]) {
      const { status, body } = await get(path)
      expect(status).toBe(200)
      expect(body.docs.map((a: { slug: string }) => a.slug)).not.toContain('unpublished-draft')
    }
  })

  it('does not list user accounts to anonymous callers', async () => {
    const { status } = await get('/api/users')
    expect(status).toBe(403)
  })
})

describe('GraphQL API', () => {
  it('serves parks, industries, announcements and globals in the asked locale', async () => {
    const { status, body } = await graphql(`
      {
        Parks(locale: en) {
          docs {
            name
            slug
            kind
          }
        }
        Industries(locale: zh, where: { slug: { equals: "artificial-intelligence" } }) {
          docs {
            name
          }
        }
        Announcements(locale: zh, limit: 10, sort: "-publishedAt") {
          docs {
            title
            slug
          }
        }
        ZoneProfile(locale: en) {
          approvedYear
          areaKm2
          boundaries {
            east
          }
        }
      }
    `)
    expect(status).toBe(200)
    expect(body.errors).toBeUndefined()
    expect(body.data.Parks.docs[0]).toMatchObject({
      name: 'Jinqiao Economic and Technological Development Zone',
      kind: 'development_zone',
    })
    expect(body.data.Industries.docs).toEqual([{ name: '人工智能' }])
    expect(body.data.Announcements.docs).toEqual([
      { title: '金桥经济技术开发区信息发布平台上线', slug: 'jinqiao-content-platform-launched' },
    ])
    expect(body.data.ZoneProfile).toEqual({
      approvedYear: 1990,
      areaKm2: 20.48,
      boundaries: { east: 'Outer-ring Road Green Belt' },
    })
  })

  it('never serves a draft', async () => {
    const { body } = await graphql(`
      {
        Announcements(draft: true, where: { slug: { equals: "unpublished-draft" } }) {
          totalDocs
        }
      }
    `)
    expect(body.data.Announcements.totalDocs).toBe(0)
  })

  it('answers a malformed query with a message, not a crash', async () => {
    // GraphQL over HTTP: a client that accepts application/graphql-response+json gets a 400 …
    const strict = await graphql('{ Parks { docs { nope } } }', undefined, {
      accept: 'application/graphql-response+json',
    })
    expect(strict.status).toBe(400)
    expect(strict.body.errors[0].message).toMatch(/Cannot query field "nope"/)
    // … a plain JSON client gets the errors in a 200, as the spec asks.
    const legacy = await graphql('{ Parks { docs { nope } } }', undefined, { accept: 'application/json' })
    expect(legacy.status).toBe(200)
    expect(legacy.body.errors[0].message).toMatch(/Cannot query field "nope"/)
  })

  it('answers a malformed JSON body with a 400', async () => {
    const response = await fetch(`${app.http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    })
    expect(response.status).toBe(400)
  })
})

describe('bad input gets a 4xx with a message', () => {
  it.each([
    ['/api/parks?limit=abc', 400, /"limit" must be a whole number/],
    ['/api/parks?depth=-1', 400, /"depth" must be a whole number from 0 to 10/],
    ['/api/parks?where=abc', 400, /bracket form/],
    ['/api/parks?locale=fr', 400, /"locale" must be one of "zh", "en", "all"/],
    ['/api/parks?where[nope][equals]=1', 400, /cannot be queried: nope/],
    ['/api/parks/not-an-id', 404, /no parks document with the id "not-an-id"/],
    ['/api/media/file/..%2f..%2fetc%2fpasswd', 404, /no file named/],
    ['/api/media/file/missing.png', 404, /no file named "missing.png"/],
    ['/api/no-such-collection', 404, /not found/i],
  ])('GET %s → %i', async (path, status, message) => {
    const response = await get(path, { headers: { 'accept-language': 'en' } })
    expect(response.status).toBe(status)
    const messages = response.body.errors?.map((e: { message: string }) => e.message).join(' ') ?? response.body.message
    expect(messages).toMatch(message)
  })

  it('a malformed JSON body → 400', async () => {
    const response = await fetch(`${app.http.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': 'en' },
      body: '{"email": ',
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/JSON/)
  })
})

describe('operations endpoints', () => {
  it('/healthz says the process is up and /readyz that the database answers', async () => {
    expect((await get('/healthz')).body.status).toBe('ok')
    const ready = await get('/readyz')
    expect(ready.status).toBe(200)
    expect(ready.body).toMatchObject({ status: 'ready', database: app.payload.db.name })
  })

  it('every response carries a request id and security headers', async () => {
    const response = await get('/api/parks', { headers: { 'x-request-id': 'frontend-123' } })
    expect(response.headers.get('x-request-id')).toBe('frontend-123')
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('x-powered-by')).toBeNull()
    // API answers are data: nothing in them may run or be framed, also when served from the cache.
    const again = await get('/api/parks')
    for (const answer of [response, again]) {
      expect(answer.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'")
    }
    // A cached answer has a request id of its own, not the one of the request that filled the cache.
    expect(again.headers.get('x-cache')).toBe('HIT')
    expect(again.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    // Everything else (the admin panel) may not be framed by other sites nor embed plugins.
    const other = await get('/no-such-page')
    expect(other.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'/)
    expect(other.headers.get('content-security-policy')).toMatch(/object-src 'none'/)
  })
})
