/**
 * What the admin panel shows staff, checked below the browser (the browser suite is e2e/): the
 * dashboard's figures, and the messages an editor gets for a slug in use, a hero image that is not an
 * image, a file the media library does not take, and a locked account.
 */
import fs from 'node:fs'

import type { Payload } from 'payload'

import { loadDashboard } from '../src/admin/loadDashboard'
import { heroImage, pdfDocument, textFile } from './helpers/files'
import type { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
let editor: Awaited<ReturnType<typeof createStaff>>
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // Imported after startTestPayload: the server's modules must not load the config before MEDIA_DIR is set.
  http = await (await import('./helpers/httpServer')).startHttp(payload)
  await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor', 'editor@test.local')
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

const fileOf = (file: string, mimetype: string) => {
  const data = fs.readFileSync(file)
  return { data, mimetype, name: file.split('/').pop()!, size: data.length }
}

const editorToken = async () => {
  const response = await fetch(`${http.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@test.local', password: 'correct-horse-battery' }),
  })
  return ((await response.json()) as { token: string }).token
}

describe('the dashboard', () => {
  it('shows the zone’s key figures in the panel’s language, without borrowing a unit the other language leaves empty', async () => {
    const zh = await payload.updateGlobal({
      slug: 'zone-profile',
      locale: 'zh',
      data: {
        name: '金桥经济技术开发区',
        keyFigures: [
          { label: '规划面积', value: '20.48', unit: '平方公里' },
          { label: '批准设立', value: '1990', unit: '年' },
        ],
      },
    })
    await payload.updateGlobal({
      slug: 'zone-profile',
      locale: 'en',
      data: {
        keyFigures: [
          { id: zh.keyFigures![0].id, label: 'Area', value: '20.48', unit: 'km²' },
          // No English label (it falls back to Chinese) and no English unit (it stays empty).
          { id: zh.keyFigures![1].id, value: '1990', unit: '' },
        ],
      },
    })

    const en = await loadDashboard(payload, { user: editor, locale: 'en' })
    expect(en.zone?.keyFigures).toEqual([
      { label: 'Area', value: '20.48', unit: 'km²', note: undefined },
      { label: '批准设立', value: '1990', unit: undefined, note: undefined },
    ])
    const chinese = await loadDashboard(payload, { user: editor, locale: 'zh' })
    expect(chinese.zone?.name).toBe('金桥经济技术开发区')
    expect(chinese.zone?.keyFigures.map(({ unit }) => unit)).toEqual(['平方公里', '年'])
  })

  it('lists the next publications, counts what waits for review, and counts new inquiries only where there are inquiries', async () => {
    const now = new Date()
    const waiting = await payload.create({
      collection: 'announcements',
      data: { title: 'Waiting for a publisher', slug: 'waiting-for-a-publisher', reviewStatus: 'in-review' },
      draft: true,
    })
    await payload.create({
      collection: 'announcements',
      data: { title: 'Still a draft', slug: 'still-a-draft' },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'announcements', value: waiting.id } },
      waitUntil: new Date(now.getTime() + 2 * HOUR),
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Embargoed until tomorrow',
        slug: 'embargoed-until-tomorrow',
        category: 'news',
        publishedAt: new Date(now.getTime() + 24 * HOUR).toISOString(),
        _status: 'published',
      },
    })

    const dashboard = await loadDashboard(payload, { user: editor, locale: 'en', now })
    expect(dashboard.upcoming.map(({ kind, title }) => [kind, title])).toEqual([
      ['scheduled-publish', 'Waiting for a publisher'],
      ['embargo-ends', 'Embargoed until tomorrow'],
    ])
    expect(dashboard.inReview.find(({ collection }) => collection === 'announcements')?.count).toBe(1)

    if (payload.collections['inquiries' as never]) {
      expect(dashboard.newInquiries).toBe(0)
    } else {
      // The inquiries collection is not part of this configuration: nothing to count, nothing shown.
      expect(dashboard.newInquiries).toBeNull()
    }
  })
})

describe('messages an editor gets', () => {
  it('a slug another announcement already has — even only in its latest draft — is refused at the slug field, in the editor’s language', async () => {
    const first = await payload.create({
      collection: 'announcements',
      data: { title: '只有中文标题' },
      draft: true,
      locale: 'zh',
    })
    // The slug arrives with a later draft, which the database's unique index never sees.
    await payload.update({
      collection: 'announcements',
      id: first.id,
      data: { slug: 'science-park-opens' },
      draft: true,
    })
    const token = await editorToken()
    const attempt = (language: string) =>
      fetch(`${http.url}/api/announcements?draft=true`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'accept-language': language },
        body: JSON.stringify({ title: 'Another one', slug: 'science-park-opens', _status: 'draft' }),
      })

    const english = await attempt('en')
    expect(english.status).toBe(400)
    const { errors } = (await english.json()) as { errors: { data: { errors: { path: string; message: string }[] } }[] }
    expect(errors[0].data.errors).toEqual([
      {
        path: 'slug',
        message:
          'The slug "science-park-opens" is already used by "只有中文标题". Choose another one: each item needs an address of its own.',
      },
    ])
    expect(JSON.stringify(await (await attempt('zh')).json())).toContain('网址标识“science-park-opens”已被')
  })

  it('a PDF as hero image is refused at the field, drafts included; an image is taken', async () => {
    const pdf = await payload.create({
      collection: 'media',
      data: { alt: 'Investment guide' },
      file: fileOf(pdfDocument(ctx.dir), 'application/pdf'),
    })
    await expect(
      payload.create({
        collection: 'announcements',
        data: { title: 'With a PDF as hero', slug: 'with-a-pdf-as-hero', heroImage: pdf.id },
        draft: true,
      }),
    ).rejects.toMatchObject({
      data: {
        errors: [
          {
            path: 'heroImage',
            // The Local API speaks the fallback language, Chinese (the English text is checked in e2e/).
            message:
              '“investment-guide.pdf”不是图片（application/pdf）。主图必须是 JPEG、PNG、WebP、GIF 或 AVIF 格式的图片。',
          },
        ],
      },
    })

    const image = await payload.create({
      collection: 'media',
      data: { alt: 'Jinqiao AI park' },
      file: fileOf(await heroImage(ctx.dir), 'image/png'),
    })
    const saved = await payload.create({
      collection: 'announcements',
      data: { title: 'With a picture', slug: 'with-a-picture', heroImage: image.id },
      draft: true,
    })
    expect(saved.heroImage).toMatchObject({ id: image.id })
  })

  it('a file the media library does not take is refused with what it does take (no 500)', async () => {
    const form = new FormData()
    form.append('file', new Blob([fs.readFileSync(textFile(ctx.dir))], { type: 'text/plain' }), 'notes.txt')
    form.append('_payload', JSON.stringify({ alt: 'Notes' }))
    const response = await fetch(`${http.url}/api/media`, {
      method: 'POST',
      headers: { authorization: `JWT ${await editorToken()}`, 'accept-language': 'en' },
      body: form,
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      '"notes.txt" (text/plain) cannot be uploaded. The media library takes images (JPEG, PNG, WebP, GIF or AVIF) and PDF files.',
    )
  })

  it('five wrong passwords lock the account, and the message says for how long and what to do', async () => {
    await createStaff(payload, 'editor', 'forgetful@test.local')
    const login = (password: string, language = 'en') =>
      fetch(`${http.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-language': language },
        body: JSON.stringify({ email: 'forgetful@test.local', password }),
      })
    for (let attempt = 1; attempt <= 5; attempt++) expect((await login(`wrong-${attempt}`)).status).toBe(401)

    const locked = await login('correct-horse-battery')
    expect(locked.status).toBe(401)
    expect(((await locked.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'This account is locked after 5 wrong passwords. Try again in 10 minutes, or ask an administrator to unlock it.',
    )
    expect(JSON.stringify(await (await login('correct-horse-battery', 'zh')).json())).toContain(
      '密码连续输错 5 次，该账户已被锁定。请 10 分钟后再试，或请管理员解锁。',
    )
  })
})

describe('answers that depend on who asks', () => {
  it('are never kept by a browser, not even the anonymous /api/users/me (the panel would think nobody is signed in)', async () => {
    for (const route of ['/api/users/me', '/api/payload-preferences/locale', '/api/access']) {
      const response = await fetch(`${http.url}${route}`)
      expect([route, response.headers.get('cache-control')]).toEqual([route, 'private, no-store'])
    }
    // Public content stays cacheable.
    const parks = await fetch(`${http.url}/api/parks`)
    expect(parks.headers.get('cache-control')).toMatch(/^public/)
  })
})
