import { XMLParser, XMLValidator } from 'fast-xml-parser'

import { useTestApp } from './helpers/testApp'

const app = useTestApp({
  http: true,
  prepare: async (payload) => {
    const published = await payload.create({
      collection: 'announcements',
      locale: 'zh',
      data: {
        title: '机器人论坛开幕',
        slug: 'robot-forum-opens',
        category: 'event',
        summary: '论坛摘要',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'announcements',
      id: published.id,
      locale: 'en',
      data: { title: 'Robot forum opens' },
    })
    await payload.create({
      collection: 'announcements',
      data: { title: 'Secret draft', slug: 'secret-draft', category: 'news' },
      draft: true,
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Tomorrow’s news',
        slug: 'tomorrows-news',
        category: 'news',
        publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
        _status: 'published',
      },
    })
  },
})

const fetchText = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.http.url}${path}`, { headers })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

describe('feeds', () => {
  it('RSS 2.0 in Chinese: valid XML with the published announcements only', async () => {
    const { status, headers, text } = await fetchText('/feeds/announcements.zh.xml')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/application\/rss\+xml/)
    expect(XMLValidator.validate(text)).toBe(true)
    const channel = new XMLParser().parse(text).rss.channel
    const items = [channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      '机器人论坛开幕',
      '金桥经济技术开发区信息发布平台上线',
    ])
    expect(items[0].link).toMatch(/\/zh\/announcements\/robot-forum-opens$/)
    expect(text).not.toMatch(/Secret draft|Tomorrow/)
  })

  it('Atom in English, with ETag and 304', async () => {
    const first = await fetchText('/feeds/announcements.en.atom')
    expect(first.status).toBe(200)
    expect(XMLValidator.validate(first.text)).toBe(true)
    const entries = [new XMLParser().parse(first.text).feed.entry].flat()
    expect(entries.map((entry: { title: string }) => entry.title)).toContain('Robot forum opens')
    const again = await fetch(`${app.http.url}/feeds/announcements.en.atom`, {
      headers: { 'if-none-match': first.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('an unknown feed gets a 404 that lists the feeds', async () => {
    const { status, text } = await fetchText('/feeds/announcements.fr.xml')
    expect(status).toBe(404)
    expect(text).toMatch(/announcements\.zh\.xml/)
  })
})

describe('sitemap data', () => {
  it('lists every published slug with its updatedAt, per collection, and the locales', async () => {
    const response = await fetch(`${app.http.url}/api/sitemap`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.locales).toEqual(['zh', 'en'])
    expect(body.collections.parks.map((p: { slug: string }) => p.slug)).toEqual([
      'jinqiao-economic-and-technological-development-zone',
      'nanhui-industrial-park',
      'south-park',
    ])
    const announcements = body.collections.announcements.map((a: { slug: string }) => a.slug)
    expect(announcements).toEqual(['jinqiao-content-platform-launched', 'robot-forum-opens'])
    for (const entry of body.collections.industries) expect(Date.parse(entry.updatedAt)).not.toBeNaN()
  })
})
