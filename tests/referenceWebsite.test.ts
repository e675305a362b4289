/**
 * The reference website (examples/website) against a running CMS: its pages render published content
 * in both languages through the typed client, a signed webhook makes a new item appear, a preview link
 * shows a draft to its holder only, and the inquiry page points the CMS's form at the CMS.
 * (In a browser, with the admin panel and real webhooks: e2e/website.e2e.ts.)
 */
import type http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { PayloadRequest } from 'payload'

import { previewURL } from '../src/delivery/preview/adminPreview'
import { signBody } from '../src/delivery/webhooks/sign'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

const SECRET = 'reference-site-secret'
const app = useTestApp({
  http: true,
  prepare: async (payload) =>
    (await import('../src/content/seed')).seed(payload, { log: () => undefined, samples: true }),
})
let site: http.Server
let siteUrl: string

beforeAll(async () => {
  process.env.CMS_URL = app.http.url
  process.env.WEBHOOK_SECRET = SECRET
  const { startSite } = await import('../examples/website/server')
  site = await startSite(0, '127.0.0.1')
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
})
afterAll(() => {
  site?.close()
  delete process.env.CMS_URL
  delete process.env.WEBHOOK_SECRET
})

const page = async (path: string) => {
  const response = await fetch(`${siteUrl}${path}`, { redirect: 'manual' })
  return { status: response.status, html: await response.text(), headers: response.headers }
}

const notify = (body: unknown, secret = SECRET) => {
  const text = JSON.stringify(body)
  return fetch(`${siteUrl}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-jinqiao-signature': signBody(text, secret) },
    body: text,
  })
}

describe('the reference website', () => {
  it('home in Chinese and English: key figures, latest news, upcoming events', async () => {
    expect((await page('/')).headers.get('location')).toBe('/zh/')
    const zh = await page('/zh/')
    expect(zh.status).toBe(200)
    expect(zh.html).toContain('金桥经济技术开发区信息发布平台上线')
    expect(zh.html).toContain('class="figures"')
    const en = await page('/en/')
    expect(en.html).toMatch(/Key figures/)
    expect(en.html).toMatch(/Upcoming events/)
  })

  it('every section lists its items, and an item has its page', async () => {
    for (const section of ['announcements', 'parks', 'industries', 'policies', 'events']) {
      const list = await page(`/en/${section}`)
      expect([section, list.status]).toEqual([section, 200])
      const link = new RegExp(`href="(/en/${section}/[a-z0-9-]+)"`).exec(list.html)
      expect([section, link]).toEqual([section, expect.anything()])
      const item = await page(link![1])
      expect([link![1], item.status]).toEqual([link![1], 200])
      expect(item.html).toContain('<article')
    }
    expect((await page('/en/announcements/no-such-item')).status).toBe(404)
    expect((await page('/fr/')).status).toBe(404)
  })

  it('a publication shows after the CMS’s signed notice; a forged notice changes nothing', async () => {
    expect((await page('/en/announcements')).html).not.toContain('Fresh from the newsroom')
    await app.payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Fresh from the newsroom', slug: 'fresh-news', category: 'news', _status: 'published' },
    })
    // Kept until told: the site caches what it read.
    expect((await page('/en/announcements')).html).not.toContain('Fresh from the newsroom')
    expect((await notify({ event: 'publish', collection: 'announcements' }, 'wrong-secret')).status).toBe(401)
    expect((await page('/en/announcements')).html).not.toContain('Fresh from the newsroom')
    expect((await notify({ event: 'publish', collection: 'announcements', slug: 'fresh-news' })).status).toBe(204)
    expect((await page('/en/announcements')).html).toContain('Fresh from the newsroom')
  })

  it('a preview link shows the draft to its holder, marked and never cached; the public gets nothing', async () => {
    const draft = await app.payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Embargoed: new chip fab', slug: 'new-chip-fab', category: 'news' },
      draft: true,
    })
    const editor = await createStaff(app.payload, 'editor')
    const link = new URL(
      previewURL({ user: editor, payload: app.payload } as unknown as PayloadRequest, 'announcements', draft.id, 'en')!,
    )
    const preview = await page(`/preview${link.search}`)
    expect(preview.status).toBe(200)
    expect(preview.html).toContain('Embargoed: new chip fab')
    expect(preview.html).toContain('preview-banner')
    expect(preview.headers.get('cache-control')).toBe('private, no-store')
    expect((await page('/en/announcements/new-chip-fab')).status).toBe(404)
    const refused = await page('/preview?token=forged&locale=en')
    expect(refused.status).toBe(401)
    expect(refused.html).not.toContain('new chip fab')
  })

  it('the inquiry page sends the CMS’s form to the CMS, in the page’s language', async () => {
    const form = await page('/en/inquiry?about=opportunities:1')
    expect(form.html).toContain(`data-cms="${app.http.url}"`)
    expect(form.html).toContain('data-language="en"')
    expect(form.html).toContain('data-about="opportunities:1"')
    expect((await page('/assets/altcha.js')).status).toBe(200)
  })
})
