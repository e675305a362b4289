import crypto from 'node:crypto'

import { createClient } from 'redis'

import { createRateLimits } from '../src/http/rateLimits'
import { DEFAULT_KEY_BUDGET } from '../src/workflow/accounts/ApiKeys'
import { startHttp } from './helpers/httpServer'
import { apiKey, jwt, signInStaff } from './helpers/principals'
import { useTestApp } from './helpers/testApp'

const app = useTestApp({ http: true })

/** An API key of the website's kind, with the given budget (undefined: the default). */
async function websiteKey(name: string, requestsPerMinute?: number) {
  const key = crypto.randomBytes(24).toString('hex')
  await app.payload.create({
    collection: 'api-keys',
    data: { name, scope: 'read', enabled: true, enableAPIKey: true, apiKey: key, requestsPerMinute },
  })
  return apiKey(key)
}

const GRAPHQL = JSON.stringify({ query: '{ Parks(limit: 2) { docs { slug } } }' })
const rest = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/parks?limit=2`, { headers }).then(async (r) => ({ status: r.status, body: await r.text() }))
const graphql = (base: string, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: GRAPHQL,
  }).then(async (r) => ({ status: r.status, body: await r.text() }))

describe('rate limits by principal', () => {
  it('a website key with the default budget reads at 50 requests/s, REST and GraphQL, with no 429', async () => {
    const limits = createRateLimits({ env: { ...process.env, RATE_LIMIT_GRAPHQL: '20/60' } })
    const server = await startHttp(app.payload, { rateLimits: limits })
    try {
      const key = await websiteKey('Website (default budget)')
      const statuses = new Map<number, number>()
      // 50 requests at a time, 20 rounds, faster than 50 a second; the default budget is a minute of it.
      expect(DEFAULT_KEY_BUDGET).toBeGreaterThanOrEqual(50 * 60)
      for (let round = 0; round < 20; round++) {
        const answers = await Promise.all(
          Array.from({ length: 50 }, (_, i) => (i % 2 ? graphql(server.url, key) : rest(server.url, key))),
        )
        for (const { status } of answers) statuses.set(status, (statuses.get(status) ?? 0) + 1)
      }
      expect(Object.fromEntries(statuses)).toEqual({ 200: 1_000 })
      // Strangers are still limited by address: 20 GraphQL queries a minute here.
      const anonymous = await Promise.all(Array.from({ length: 25 }, () => graphql(server.url)))
      const refused = anonymous.filter((a) => a.status === 429)
      expect(refused.length).toBeGreaterThanOrEqual(5)
      expect(refused[0]!.body).toContain('from this address')
    } finally {
      await server.close()
    }
  }, 120_000)

  it('a key over its own budget gets 429 naming the key and the budget; other keys go on', async () => {
    const small = await websiteKey('Campaign microsite', 5)
    const other = await websiteKey('Main website')
    const answers = []
    for (let i = 0; i < 7; i++) answers.push(await (i % 2 ? graphql(app.http.url, small) : rest(app.http.url, small)))
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 429, 429])
    expect(JSON.parse(answers[5]!.body).errors[0].message).toBe(
      'The API key "Campaign microsite" has used its budget of 5 requests per minute. Slow down, or ask an administrator for a larger budget.',
    )
    expect((await rest(app.http.url, other)).status).toBe(200)
    expect((await rest(app.http.url)).status).toBe(200)
  })

  it('staff are limited per account, not per address; anonymous REST readers are not held by it', async () => {
    const limits = createRateLimits({ env: { ...process.env, RATE_LIMIT_STAFF: '4/60' } })
    const server = await startHttp(app.payload, { rateLimits: limits })
    try {
      const { editor, publisher } = await signInStaff(app.payload)
      const statuses = []
      for (let i = 0; i < 5; i++) statuses.push((await rest(server.url, jwt(editor.token))).status)
      expect(statuses).toEqual([200, 200, 200, 200, 429])
      const refused = await rest(server.url, jwt(editor.token))
      expect(JSON.parse(refused.body).errors[0].message).toMatch(
        /^Your account has used its budget of 4 requests per 60 seconds/,
      )
      expect((await rest(server.url, jwt(publisher.token))).status).toBe(200)
      for (let i = 0; i < 10; i++) expect((await rest(server.url)).status).toBe(200)
    } finally {
      await server.close()
    }
  })

  it('a key’s budget is shared by every instance through Redis', async () => {
    const redis = createClient({ url: 'redis://127.0.0.1:6379' })
    await redis.connect()
    const env = { ...process.env, REDIS_NAMESPACE: `limits-test-${crypto.randomBytes(4).toString('hex')}` }
    const a = await startHttp(app.payload, { rateLimits: createRateLimits({ redis, env }) })
    const b = await startHttp(app.payload, { rateLimits: createRateLimits({ redis, env }) })
    try {
      const key = await websiteKey('Shared budget', 4)
      const statuses = []
      for (const server of [a, b, a, b, a]) statuses.push((await rest(server.url, key)).status)
      expect(statuses).toEqual([200, 200, 200, 200, 429])
    } finally {
      await a.close()
      await b.close()
      for (const name of await redis.keys(`${env.REDIS_NAMESPACE}:*`)) await redis.del(name)
      await redis.quit()
    }
  })
})
