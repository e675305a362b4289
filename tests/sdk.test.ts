import crypto from 'node:crypto'

import { PayloadSDK } from '@payloadcms/sdk'
import type { Payload } from 'payload'

import type { Config } from '../src/payload-types'
import { startHttp } from './helpers/httpServer'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

/** The README's examples with Payload's REST SDK, as the website's server would use them. */

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
const readKey = crypto.randomUUID()

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const { seed } = await import('../src/content/seed')
  await seed(payload, { log: () => undefined })
  await payload.create({
    collection: 'api-keys',
    data: { name: 'Website', scope: 'read', enableAPIKey: true, apiKey: readKey },
  })
  await payload.create({
    collection: 'announcements',
    data: { title: '草稿', slug: 'sdk-draft', category: 'news' },
    draft: true,
  })
  http = await startHttp(payload)
})

afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

describe('Payload SDK against the public API', () => {
  it('lists the newest announcements in English, typed, without drafts', async () => {
    const sdk = new PayloadSDK<Config>({ baseURL: `${http.url}/api` })
    const { docs, totalDocs } = await sdk.find({
      collection: 'announcements',
      locale: 'en',
      limit: 10,
      sort: '-publishedAt',
      where: { category: { equals: 'notice' } },
    })
    expect(totalDocs).toBe(1)
    expect(docs[0]?.title).toBe('Jinqiao Development Zone information platform launched')
  })

  it('finds a park by slug with its industries, and reads the zone profile global', async () => {
    const sdk = new PayloadSDK<Config>({ baseURL: `${http.url}/api` })
    const { docs } = await sdk.find({
      collection: 'parks',
      locale: 'en',
      where: { slug: { equals: 'south-park' } },
      depth: 1,
    })
    expect(docs[0]?.name).toMatch(/South Park/)
    const profile = await sdk.findGlobal({ slug: 'zone-profile', locale: 'en' })
    expect(profile.name).toBe('Jinqiao Economic and Technological Development Zone')
  })

  it('sends an API key from the website’s server; a read key still sees no drafts', async () => {
    const sdk = new PayloadSDK<Config>({
      baseURL: `${http.url}/api`,
      baseInit: { headers: { Authorization: `api-keys API-Key ${readKey}` } },
    })
    const { docs } = await sdk.find({ collection: 'announcements', draft: true, limit: 50 })
    expect(docs.map((d) => d.slug)).not.toContain('sdk-draft')
  })
})
