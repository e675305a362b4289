import type { Payload } from 'payload'
import { createClient } from 'redis'

import { createApp, listen } from '../src/server'
import { createRateLimits } from '../src/http/rateLimits'
import { startHttp } from './helpers/httpServer'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>

beforeAll(async () => {
  process.env.CORS_ORIGINS = 'https://www.jinqiao.example'
  ctx = await startTestPayload()
  payload = ctx.payload
  http = await startHttp(payload)
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
  delete process.env.CORS_ORIGINS
})

const login = (base: string) =>
  fetch(`${base}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'nobody@test.local', password: 'wrong-password' }),
  })

const serve = async (rateLimits: ReturnType<typeof createRateLimits>) => {
  const server = await listen(createApp({ payload, rateLimits }), 0, '127.0.0.1')
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => {
      server.closeAllConnections()
      server.close()
    },
  }
}

describe('rate limits', () => {
  it('answer a burst of logins with 429, Retry-After and a message', async () => {
    const app = await serve(createRateLimits({ env: { RATE_LIMIT_LOGIN: '3/60' } }))
    try {
      const statuses = []
      for (let i = 0; i < 4; i++) statuses.push((await login(app.url)).status)
      expect(statuses).toEqual([401, 401, 401, 429])
      const blocked = await login(app.url)
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await blocked.json()).errors[0].message).toMatch(/Too many login attempts/)
    } finally {
      app.close()
    }
  })

  it('count GraphQL queries answered from the cache too', async () => {
    const app = await serve(createRateLimits({ env: { RATE_LIMIT_GRAPHQL: '3/60' } }))
    const query = () =>
      fetch(`${app.url}/api/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ Parks(locale: en) { docs { slug } } }' }),
      })
    try {
      const answers = []
      for (let i = 0; i < 4; i++) answers.push(await query())
      // The second and third come from the cache, and count all the same.
      expect(answers.map((a) => [a.status, a.headers.get('x-cache')])).toEqual([
        [200, 'MISS'],
        [200, 'HIT'],
        [200, 'HIT'],
        [429, null],
      ])
      expect(Number(answers[3].headers.get('retry-after'))).toBeGreaterThan(0)
      expect((await answers[3].json()).errors[0].message).toMatch(/Too many GraphQL requests/)
      // Each answer says how much of the allowance is left: a cached one does not replay the first's.
      expect(answers.slice(0, 3).map((a) => /remaining=(\d+)/.exec(a.headers.get('ratelimit') ?? '')?.[1])).toEqual([
        '2',
        '1',
        '0',
      ])
    } finally {
      app.close()
    }
  })

  it('refuse a malformed limit setting with a message', () => {
    expect(() => createRateLimits({ env: { RATE_LIMIT_GRAPHQL: 'lots' } })).toThrow(
      /RATE_LIMIT_GRAPHQL must look like "10\/300"/,
    )
  })

  it('are shared between instances through Redis', async () => {
    const redis = createClient({ url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' })
    await redis.connect()
    for (const key of await redis.keys('jinqiao:rate:login:*')) await redis.del(key)
    const shared = () =>
      createRateLimits({ env: { RATE_LIMIT_LOGIN: '2/60' }, redis: { sendCommand: (args) => redis.sendCommand(args) } })
    const [a, b] = [await serve(shared()), await serve(shared())]
    try {
      // One client spreads its attempts over two instances: the third is refused all the same.
      expect([(await login(a.url)).status, (await login(b.url)).status, (await login(a.url)).status]).toEqual([
        401, 401, 429,
      ])
    } finally {
      a.close()
      b.close()
      for (const key of await redis.keys('jinqiao:rate:login:*')) await redis.del(key)
      await redis.quit()
    }
  })
})

describe('hardening', () => {
  it('allows the configured frontend origin by CORS, and no other', async () => {
    const preflight = (origin: string) =>
      fetch(`${http.url}/api/parks`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'GET' } })
    expect((await preflight('https://www.jinqiao.example')).headers.get('access-control-allow-origin')).toBe(
      'https://www.jinqiao.example',
    )
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
  })

  it('refuses a GraphQL query nested deeper than 8 levels', async () => {
    let selection = 'id'
    for (let i = 0; i < 12; i++) selection = `parent { ${selection} }`
    const response = await fetch(`${http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
      body: JSON.stringify({ query: `{ Industries { docs { ${selection} } } }` }),
    })
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/exceeds maximum operation depth of 8/)
  })

  it('caps public lists at 100 items per page', async () => {
    const response = await fetch(`${http.url}/api/parks?limit=500`)
    expect(response.status).toBe(400)
    expect((await response.json()).errors[0].message).toMatch(/"limit" must be a whole number from 1 to 100/)
  })
})
