/**
 * The OpenAPI document and its viewer, from a real server process started the way `npm start` starts
 * it (the contract — live answers against the document — is tests/openapiContract.test.ts).
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { validate } from '@readme/openapi-parser'

import { bootServer, type Listening } from './helpers/spawnServer'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-openapi-'))
let server: Listening

beforeAll(async () => {
  server = await bootServer(
    { DATABASE_URL: `file:${path.join(dir, 'api.db')}`, MEDIA_DIR: path.join(dir, 'media'), NODE_ENV: 'development' },
    90_000,
  )
}, 120_000)
afterAll(async () => {
  await server?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe('API documentation', () => {
  it('/api/openapi.json is a valid OpenAPI 3.1 document generated from the collections', async () => {
    const response = await fetch(`${server.base}/api/openapi.json`)
    expect(response.status).toBe(200)
    const spec = await response.json()
    expect(spec.openapi).toMatch(/^3\.1/)
    const result = await validate(structuredClone(spec))
    expect(result.valid ? [] : result.errors).toEqual([])
    const paths = Object.keys(spec.paths)
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/parks',
        '/api/parks/{id}',
        '/api/industries',
        '/api/announcements',
        '/api/globals/zone-profile',
        '/api/search',
        '/api/sitemap',
        '/api/inquiries',
        '/api/inquiries/challenge',
      ]),
    )
    // Staff-only and internal collections are not advertised.
    expect(paths.some((p) => p.includes('audit-log') || p.includes('api-keys') || p.includes('payload-'))).toBe(false)
  })

  it('/api/docs is an interactive page for that document, served from installed assets only', async () => {
    const response = await fetch(`${server.base}/api/docs`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    const html = await response.text()
    expect(html).toContain('/api/openapi.json')
    // No third-party host: the page may load from this server only, and its policy says so.
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//)
    const policy = response.headers.get('content-security-policy')!
    expect(policy).toContain("script-src 'self'")
    expect(policy).not.toMatch(/https?:/)
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1])
    expect(assets).toEqual(expect.arrayContaining(['/api/docs/assets/swagger-ui-bundle.js', '/api/docs/start.js']))
    for (const asset of assets) {
      const loaded = await fetch(`${server.base}${asset}`)
      expect([asset, loaded.status]).toEqual([asset, 200])
      expect((await loaded.arrayBuffer()).byteLength).toBeGreaterThan(0)
    }
    expect((await fetch(`${server.base}/api/docs/assets/%2e%2e/%2e%2e/package.json`)).status).toBe(404)
  })
})
