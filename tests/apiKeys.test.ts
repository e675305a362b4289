import crypto from 'node:crypto'

import type { Payload } from 'payload'

import { startHttp } from './helpers/httpServer'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
const keys = { read: crypto.randomUUID(), preview: crypto.randomUUID() }
let previewKeyId: number | string

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await payload.create({
    collection: 'api-keys',
    data: { name: 'Website (read)', scope: 'read', enableAPIKey: true, apiKey: keys.read },
  })
  const preview = await payload.create({
    collection: 'api-keys',
    data: { name: 'Website (preview)', scope: 'preview', enableAPIKey: true, apiKey: keys.preview },
  })
  previewKeyId = preview.id
  await payload.create({
    collection: 'announcements',
    data: { title: 'Public', slug: 'key-public', category: 'news', _status: 'published' },
  })
  await payload.create({
    collection: 'announcements',
    data: { title: 'Draft for preview', slug: 'key-draft', category: 'news' },
    draft: true,
  })
  http = await startHttp(payload)
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

const withKey = (key: string) => ({ authorization: `api-keys API-Key ${key}` })
const slugs = async (path: string, headers: Record<string, string>) => {
  const response = await fetch(`${http.url}${path}`, { headers })
  return { status: response.status, slugs: ((await response.json()).docs ?? []).map((d: { slug: string }) => d.slug) }
}

describe('API keys for the website’s server', () => {
  it('a read key sees published content only, even when asking for drafts', async () => {
    expect((await slugs('/api/announcements?draft=true', withKey(keys.read))).slugs).toEqual(['key-public'])
  })

  it('a preview key also reads drafts', async () => {
    expect((await slugs('/api/announcements?draft=true&sort=slug', withKey(keys.preview))).slugs).toEqual([
      'key-draft',
      'key-public',
    ])
  })

  it('keys cannot write, nor read accounts, the audit log or other keys', async () => {
    for (const key of Object.values(keys)) {
      const write = await fetch(`${http.url}/api/announcements`, {
        method: 'POST',
        headers: { ...withKey(key), 'content-type': 'application/json' },
        body: JSON.stringify({ title: 'x', slug: 'x', category: 'news' }),
      })
      expect(write.status).toBe(403)
      for (const path of ['/api/users', '/api/audit-log', '/api/api-keys']) {
        expect((await fetch(`${http.url}${path}`, { headers: withKey(key) })).status).toBe(403)
      }
    }
  })

  it('a revoked preview key no longer reads drafts', async () => {
    await payload.update({ collection: 'api-keys', id: previewKeyId, data: { enabled: false } })
    expect((await slugs('/api/announcements?draft=true', withKey(keys.preview))).slugs).toEqual(['key-public'])
  })

  it('answers made with a key are never stored in the public cache', async () => {
    const response = await fetch(`${http.url}/api/announcements?draft=true`, { headers: withKey(keys.read) })
    expect(response.headers.get('x-cache')).toBeNull()
    expect(response.headers.get('cache-control')).toBe('private, no-store')
  })
})
