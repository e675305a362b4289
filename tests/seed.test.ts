import type { Payload } from 'payload'

import { seed } from '../src/content/seed'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const quiet = () => undefined

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await seed(payload, { log: quiet })
})
afterAll(async () => ctx?.close())

const parkBySlug = async (slug: string, locale: 'en' | 'zh' = 'zh') => {
  const { docs } = await payload.find({ collection: 'parks', where: { slug: { equals: slug } }, locale, depth: 1 })
  return docs[0]
}

describe('seed', () => {
  it('loads the three parks with the zone’s facts in Chinese and English', async () => {
    const { docs } = await payload.find({ collection: 'parks', locale: 'zh', depth: 0 })
    expect(docs.map((p) => p.slug)).toEqual([
      'jinqiao-economic-and-technological-development-zone',
      'south-park',
      'nanhui-industrial-park',
    ])
    const zoneZh = docs[0]
    expect(zoneZh.name).toBe('金桥经济技术开发区')
    expect(zoneZh.kind).toBe('development-zone')
    expect(zoneZh.approvedYear).toBe(1990)
    expect(zoneZh.areaKm2).toBe(20.48)
    expect(zoneZh.boundaries).toMatchObject({ east: '外环绿带', south: '锦绣东路', west: '杨高路', north: '巨峰路' })
    expect(zoneZh._status).toBe('published')

    const zoneEn = await parkBySlug('jinqiao-economic-and-technological-development-zone', 'en')
    expect(zoneEn.name).toBe('Jinqiao Economic and Technological Development Zone')
    expect(zoneEn.boundaries).toMatchObject({
      east: 'Outer-ring Road Green Belt',
      south: 'East Jinxiu Road',
      west: 'Yanggao Road',
      north: 'Jufeng Road',
    })
    expect(zoneEn.keyFigures?.map((f) => [f.label, f.value])).toEqual(
      expect.arrayContaining([
        ['Share of Pudong’s land', '2'],
        ['Share of Pudong’s industrial economy', '25'],
      ]),
    )
  })

  it('loads the industries with the AI hierarchy', async () => {
    const { docs } = await payload.find({ collection: 'industries', locale: 'zh', depth: 0, limit: 50 })
    expect(docs).toHaveLength(10)
    const ai = docs.find((i) => i.slug === 'artificial-intelligence')!
    expect(ai.name).toBe('人工智能')
    const children = docs.filter((i) => i.parent === ai.id).map((i) => i.slug)
    expect(children.sort()).toEqual([
      'intelligent-chips',
      'intelligent-connected-vehicles',
      'intelligent-hardware',
      'intelligent-robots',
    ])
    expect(docs.find((i) => i.slug === 'new-energy-vehicles')?.name).toBe('新能源汽车')
    expect(docs.find((i) => i.slug === 'intelligent-connected-vehicles')?.name).toBe('智能网联汽车')
  })

  it('fills the zone profile and the site settings', async () => {
    const profile = await payload.findGlobal({ slug: 'zone-profile', locale: 'en' })
    expect(profile).toMatchObject({ approvedYear: 1990, areaKm2: 20.48, approvedBy: 'State Council' })
    expect(profile.keyFigures?.map((f) => `${f.value}${f.unit}`)).toEqual(expect.arrayContaining(['2%', '25%']))
    expect(profile.positioning?.length).toBeGreaterThan(0)
    const settings = await payload.findGlobal({ slug: 'site-settings', locale: 'zh' })
    expect(settings.siteName).toBe('金桥经济技术开发区')
  })

  it('publishes a first announcement and creates one administrator', async () => {
    const { docs } = await payload.find({ collection: 'announcements', locale: 'en' })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ _status: 'published', category: 'notice' })
    expect(docs[0].publishedAt).toBeTruthy()
    const users = await payload.find({ collection: 'users' })
    expect(users.docs).toHaveLength(1)
    expect(users.docs[0].role).toBe('admin')
  })

  it('is idempotent: a second run creates nothing and keeps staff edits', async () => {
    const south = await parkBySlug('south-park', 'en')
    await payload.update({ collection: 'parks', id: south.id, locale: 'en', data: { summary: 'Edited by staff' } })

    const counts = async () =>
      Promise.all(
        (['parks', 'industries', 'announcements', 'users'] as const).map(
          async (collection) => (await payload.count({ collection })).totalDocs,
        ),
      )
    const before = await counts()
    const result = await seed(payload, { log: quiet })
    expect(result.created).toBe(0)
    expect(await counts()).toEqual(before)
    expect((await parkBySlug('south-park', 'en')).summary).toBe('Edited by staff')
  })

  it('creates no sample content unless asked; with samples, each item says it is sample data', async () => {
    for (const collection of ['policies', 'opportunities', 'events'] as const) {
      expect({ collection, count: (await payload.count({ collection })).totalDocs }).toEqual({ collection, count: 0 })
    }
    const result = await seed(payload, { log: quiet, samples: true })
    expect(result.created).toBe(3)
    for (const collection of ['policies', 'opportunities', 'events'] as const) {
      for (const locale of ['zh', 'en'] as const) {
        const { docs } = await payload.find({ collection, locale, overrideAccess: false, user: null })
        expect(docs).toHaveLength(1)
        expect(docs[0]!.title).toMatch(locale === 'zh' ? /示例数据/ : /Sample data/)
      }
    }
    // Linked to the seeded parks and industries.
    const { docs } = await payload.find({ collection: 'opportunities', depth: 1 })
    expect((docs[0]!.park as { slug: string }).slug).toBe('south-park')
    expect((await seed(payload, { log: quiet, samples: true })).created).toBe(0)
  })
})
