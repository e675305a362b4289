import { paragraphs } from '../src/content/seed/richText'
import { validationErrors } from './helpers/validationErrors'
import { useTestApp } from './helpers/testApp'

const app = useTestApp({ seed: false })

describe('content in Chinese and English', () => {
  it('keeps each locale’s text and reads the one asked for', async () => {
    const created = await app.payload.create({
      collection: 'industries',
      locale: 'zh',
      data: {
        name: '集成电路',
        slug: 'integrated-circuits',
        kind: 'strategic-emerging',
        summary: '中文摘要',
        _status: 'published',
      },
    })
    await app.payload.update({
      collection: 'industries',
      id: created.id,
      locale: 'en',
      data: { name: 'Integrated circuits', summary: 'English summary', body: paragraphs('English body') },
    })
    const zh = await app.payload.findByID({ collection: 'industries', id: created.id, locale: 'zh' })
    const en = await app.payload.findByID({ collection: 'industries', id: created.id, locale: 'en' })
    expect([zh.name, zh.summary]).toEqual(['集成电路', '中文摘要'])
    expect([en.name, en.summary]).toEqual(['Integrated circuits', 'English summary'])
    // Fields that are not localized are shared.
    expect(en.slug).toBe(zh.slug)
    expect(en.kind).toBe('strategic-emerging')
  })

  it('falls back to the other language when a translation is missing', async () => {
    const created = await app.payload.create({
      collection: 'parks',
      locale: 'zh',
      data: {
        name: '测试园区',
        slug: 'fallback-park',
        kind: 'industrial-park',
        summary: '只有中文',
        _status: 'published',
      },
    })
    const en = await app.payload.findByID({ collection: 'parks', id: created.id, locale: 'en' })
    expect(en.name).toBe('测试园区')
    expect(en.summary).toBe('只有中文')
    const strict = await app.payload.findByID({
      collection: 'parks',
      id: created.id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(strict.summary ?? null).toBeNull()
  })

  it('returns every translation at once with locale=all', async () => {
    const created = await app.payload.create({
      collection: 'parks',
      locale: 'zh',
      data: { name: '双语园区', slug: 'bilingual-park', kind: 'sub-park', _status: 'published' },
    })
    await app.payload.update({ collection: 'parks', id: created.id, locale: 'en', data: { name: 'Bilingual park' } })
    const all = await app.payload.findByID({ collection: 'parks', id: created.id, locale: 'all' })
    expect(all.name).toEqual({ zh: '双语园区', en: 'Bilingual park' })
  })

  it('makes a slug from the English title and keeps it when the title changes', async () => {
    const created = await app.payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Forum on Intelligent Robots 2026', category: 'event' },
      draft: true,
    })
    expect(created.slug).toBe('forum-on-intelligent-robots-2026')
    const renamed = await app.payload.update({
      collection: 'announcements',
      id: created.id,
      locale: 'en',
      data: { title: 'Robotics forum' },
      draft: true,
    })
    expect(renamed.slug).toBe('forum-on-intelligent-robots-2026')
  })

  it('rejects a malformed slug with a message that says what to type', async () => {
    const errors = await validationErrors(
      app.payload.create({
        collection: 'parks',
        data: { name: 'Bad slug park', slug: 'Bad Slug!', kind: 'sub-park', _status: 'published' },
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'slug',
        // In the caller's language; the Local API speaks the fallback language, Chinese.
        message: expect.stringContaining('请只用小写字母、数字和单个连字符'),
      }),
    ])
  })
})
