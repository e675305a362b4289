/**
 * The admin panel in a real browser (Debian's Chromium, driven by playwright-core) against the built
 * production server with a fresh embedded database: what committee staff do every day. The steps build
 * on each other and run in order: an editor writes and submits, a publisher schedules, the publication
 * goes out while an administrator checks the Chinese interface and the bad-input and lockout cases.
 * Screenshots of every step go to test-results/e2e/.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'

import {
  launchBrowser,
  logIn,
  newSession,
  screenshot,
  SCREENSHOTS,
  seriousAccessibilityViolations,
  takeToasts,
} from './helpers/browser'
import { heroImage, pdfDocument, textFile } from '../tests/helpers/files'
import { ADMIN, root, startProductionServer, type ProductionServer } from './helpers/server'
import { expectAttribute, expectCount, expectText, expectValue } from './helpers/wait'

const EDITOR = { email: 'editor@e2e.local', password: 'editor-password-1', role: 'editor', name: '王编辑' }
const PUBLISHER = { email: 'publisher@e2e.local', password: 'publisher-password-1', role: 'publisher', name: '李发布' }
const LOCKED = { email: 'forgetful@e2e.local', password: 'right-password-1', role: 'editor', name: '张健忘' }

const ANNOUNCEMENT = {
  zh: {
    title: '金桥开发区发布人工智能产业扶持新政',
    summary: '新政策支持人工智能企业在金桥落户发展。',
    body: '金桥开发区将对人工智能企业给予租金和研发补贴。',
  },
  en: {
    title: 'Jinqiao announces new support for AI companies',
    summary: 'A new policy supports AI companies settling in Jinqiao.',
    body: 'Jinqiao will subsidise rent and research for AI companies.',
  },
  slug: 'jinqiao-announces-new-support-for-ai-companies',
}

let server: ProductionServer
let browser: Browser
let files: string
let adminToken: string

/** What the anonymous poller saw of the scheduled announcement, and when. */
const sightings: { at: number; visible: boolean }[] = []
let scheduledFor = 0
let stopPolling = () => {}
let firstVisible: Promise<number>

async function api(
  route: string,
  {
    method = 'GET',
    body,
    token,
    language = 'en',
  }: { method?: string; body?: unknown; token?: string; language?: string } = {},
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      'accept-language': language,
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

async function tokenFor({ email, password }: { email: string; password: string }): Promise<string> {
  const { status, body } = await api('/api/users/login', { method: 'POST', body: { email, password } })
  if (status !== 200) throw new Error(`login of ${email} failed (${status}): ${JSON.stringify(body)}`)
  return body.token as string
}

/** The public website's view: what an anonymous REST read returns for the announcement's slug. */
async function publicAnnouncement(locale = 'en'): Promise<Record<string, unknown> | undefined> {
  const { body } = await api(`/api/announcements?where[slug][equals]=${ANNOUNCEMENT.slug}&locale=${locale}&depth=1`)
  return (body.docs as Record<string, unknown>[] | undefined)?.[0]
}

/** "Nov 29, 2026 9:42 AM": how the schedule drawer's date picker takes a time (Beijing time). */
function pickerText(at: Date): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Shanghai',
      month: 'short',
      day: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hour12: true,
    })
      .formatToParts(at)
      .map(({ type, value }) => [type, value]),
  )
  return `${parts.month} ${parts.day}, ${parts.year} ${parts.hour}:${parts.minute} ${parts.dayPeriod}`
}

/** Chooses a content locale with the switch at the top right, as staff do. */
async function switchContentLocale(page: Page, code: 'zh' | 'en'): Promise<void> {
  await page.locator('.localizer .popup-button').click()
  await page.locator(`.popup-button-list__button:has([data-locale="${code}"])`).click()
  await page.waitForURL(new RegExp(`locale=${code}`))
  await page.locator(`.localizer .localizer-button[data-locale="${code}"]`).waitFor()
  await page.locator('#field-title').waitFor()
}

/**
 * Opens the Schedule Publish drawer from the arrow beside "Publish changes". When the editor's lock on
 * the document (Payload's, for five minutes after an edit) is still there, the panel says someone is
 * editing it and the publisher takes over, as staff would. Retried: the document view re-renders
 * once more after loading (lock check, form state), which can close a menu that was just opened.
 */
async function openScheduleDrawer(page: Page): Promise<Locator> {
  const drawer = page.locator('.schedule-publish').first()
  const locked = page.locator('#document-locked')
  for (let attempt = 1; attempt <= 5; attempt++) {
    if (await locked.isVisible()) {
      await locked.getByRole('button', { name: 'Take over' }).click()
      await locked.waitFor({ state: 'hidden' })
    }
    await page
      .locator('.form-submit .popup-button')
      .click({ timeout: 5_000 })
      .catch(() => undefined)
    await page
      .getByRole('button', { name: 'Schedule Publish' })
      .click({ timeout: 3_000 })
      .catch(() => undefined)
    if (
      await drawer.waitFor({ timeout: 3_000 }).then(
        () => true,
        () => false,
      )
    )
      return drawer
  }
  throw new Error('the Schedule Publish drawer did not open')
}

/** Types into the rich-text body (Lexical), replacing what is there. */
async function typeBody(page: Page, text: string): Promise<void> {
  await page.locator('[data-field-path="body"] [contenteditable="true"]').click()
  await page.keyboard.press('ControlOrMeta+A')
  await page.keyboard.type(text)
}

/** Uploads a file as the hero image through the field's "Create New" drawer. */
async function uploadHeroImage(page: Page, file: string, alt: string): Promise<void> {
  await page
    .locator('#field-heroImage')
    .getByRole('button', { name: /Create New|新建/ })
    .click()
  const drawer = page.locator('.drawer--is-open').last()
  await drawer.locator('input[type=file]').setInputFiles(file)
  await drawer.locator('#field-alt').fill(alt)
  await drawer.locator('#action-save').click()
}

/** Payload's notifications (toasts) area. */
const toasts = (page: Page) => page.locator('section[aria-label^="Notifications"]')

/** Every text of `selector` on the page that has no Chinese character in it (an untranslated label). */
async function textsWithoutChinese(page: Page, selector: string): Promise<string[]> {
  const texts = await page.locator(selector).allTextContents()
  return texts
    .map((text) => text.replace(/\*|—.*$/g, '').trim())
    .filter((text) => text && !/[\u4e00-\u9fff]/.test(text))
}

beforeAll(async () => {
  // Fails with "run `npm run build`" when there is no production build.
  server = await startProductionServer()
  browser = await launchBrowser()
  files = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-e2e-files-'))
  fs.rmSync(SCREENSHOTS, { recursive: true, force: true })
  adminToken = await tokenFor(ADMIN)
  for (const user of [EDITOR, PUBLISHER, LOCKED]) {
    const { status, body } = await api('/api/users', { method: 'POST', token: adminToken, body: user })
    if (status !== 201) throw new Error(`could not create ${user.email}: ${JSON.stringify(body)}`)
  }
  // Something for the calendar and the dashboard besides this run's announcement: a published notice
  // under embargo until next week that expires a month later.
  const inDays = (days: number) => new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString()
  const embargoed = await api('/api/announcements?locale=zh', {
    method: 'POST',
    token: adminToken,
    body: {
      title: '2027 年金桥投资促进大会将于下周举行',
      slug: 'investment-promotion-conference-2027',
      category: 'event',
      summary: '大会将介绍开发区的重点产业和投资机会。',
      publishedAt: inDays(5),
      expiresAt: inDays(35),
      _status: 'published',
    },
  })
  if (embargoed.status !== 201)
    throw new Error(`could not create the embargoed notice: ${JSON.stringify(embargoed.body)}`)
}, 180_000)

afterAll(async () => {
  stopPolling()
  await browser?.close()
  await server?.stop()
  if (files) fs.rmSync(files, { recursive: true, force: true })
  // Refresh the screenshots shown in the README on request (they are committed, so not on every run).
  if (process.env.E2E_UPDATE_DOCS === '1') {
    const docs = path.join(root, 'docs', 'screenshots')
    fs.mkdirSync(docs, { recursive: true })
    for (const name of ['dashboard', 'calendar']) {
      const shot = path.join(SCREENSHOTS, `${name}-zh.png`)
      if (fs.existsSync(shot)) fs.copyFileSync(shot, path.join(docs, `${name}.png`))
      else console.warn(`⚠ ${shot} was not taken (a step failed): docs/screenshots/${name}.png left as it was`)
    }
  }
}, 60_000)

/** A step of the story; when it fails, the server's log is printed with it. */
function step(name: string, run: () => Promise<void>, timeoutMs = 90_000): void {
  it(
    name,
    async () => {
      try {
        await run()
      } catch (error) {
        console.log(`server log (last 3000 characters):\n${server?.log().slice(-3000)}`)
        throw error
      }
    },
    timeoutMs,
  )
}

describe('the admin panel in a browser', () => {
  let announcementId: string

  step(
    '1. an editor writes an announcement in Chinese and English with a hero image and submits it for review, and sees no publish or schedule control',
    async () => {
      const { context, page } = await newSession(browser)
      try {
        await logIn(page, server.url, EDITOR.email, EDITOR.password)
        await page.goto(`${server.url}/admin/collections/announcements/create?locale=zh`)
        await page.locator('#field-title').fill(ANNOUNCEMENT.zh.title)
        await page.locator('#field-summary').fill(ANNOUNCEMENT.zh.summary)
        await typeBody(page, ANNOUNCEMENT.zh.body)
        await uploadHeroImage(page, await heroImage(files), '金桥人工智能产业园')
        await expectText(page.locator('#field-heroImage'), 'jinqiao-ai-park.png')

        // Editors can only save drafts: no Publish button, no schedule menu beside it.
        await page.locator('#action-save-draft').waitFor()
        expect(await page.locator('#action-save').count()).toBe(0)
        expect(await page.locator('.form-submit .popup-button').count()).toBe(0)

        await page.locator('#action-save-draft').click()
        await page.waitForURL(/\/admin\/collections\/announcements\/\d+/)
        announcementId = /announcements\/(\d+)/.exec(page.url())![1]

        await switchContentLocale(page, 'en')
        await page.locator('#field-title').fill(ANNOUNCEMENT.en.title)
        await page.locator('#field-summary').fill(ANNOUNCEMENT.en.summary)
        await typeBody(page, ANNOUNCEMENT.en.body)
        // Submit: Review → In review, and save the draft.
        await page.locator('#field-reviewStatus').click()
        await page.getByRole('option', { name: 'In review', exact: true }).click()
        await page.locator('#action-save-draft').click()
        await expectValue(page.locator('#field-slug'), ANNOUNCEMENT.slug)
        await expectText(page.locator('#field-reviewStatus'), 'In review')

        // The document menu offers no publishing either (only duplicate, delete, copy to locale).
        expect(await page.locator('#action-save').count()).toBe(0)
        await page.locator('.doc-controls__popup .popup-button').click()
        const menu = (await page.locator('.popup__content').last().innerText()).toLowerCase()
        expect(menu).not.toMatch(/publish|schedule/)
        await page.keyboard.press('Escape')
        await screenshot(page, '1-editor-submitted-for-review')
      } finally {
        await context.close()
      }

      // Saved as one draft in both languages, with the image, waiting for review — and not public.
      const { body: draft } = await api(`/api/announcements/${announcementId}?draft=true&locale=all&depth=1`, {
        token: adminToken,
      })
      expect(draft.title).toEqual({ zh: ANNOUNCEMENT.zh.title, en: ANNOUNCEMENT.en.title })
      expect(draft.summary).toEqual({ zh: ANNOUNCEMENT.zh.summary, en: ANNOUNCEMENT.en.summary })
      expect(JSON.stringify(draft.body)).toContain(ANNOUNCEMENT.en.body)
      expect(draft.reviewStatus).toBe('in-review')
      expect(draft._status).toBe('draft')
      expect((draft.heroImage as { mimeType?: string }).mimeType).toBe('image/png')
      expect(await publicAnnouncement()).toBeUndefined()
    },
  )

  step(
    '2. a publisher opens the review queue from the dashboard, schedules the announcement, and the editorial calendar shows it',
    async () => {
      const { context, page } = await newSession(browser)
      try {
        await logIn(page, server.url, PUBLISHER.email, PUBLISHER.password)
        const dashboard = page.locator('.zone-dashboard')
        await expectText(dashboard.getByTestId('in-review-count'), '1')

        // The review queue: the announcements waiting for review.
        await dashboard.getByRole('link', { name: 'Announcements: 1' }).click()
        await page.waitForURL(/\/admin\/collections\/announcements\?/)
        const rows = page.locator('table tbody tr')
        await expectCount(rows, 1)
        await expectText(rows.first(), 'In review')
        await screenshot(page, '2a-review-queue')
        await rows.first().locator('a').first().click()
        await page.waitForURL(new RegExp(`/announcements/${announcementId}`))
        // Schedule: the arrow beside "Publish changes" → Schedule Publish. The picker takes minutes, so
        // the time is the next whole minute at least 20 seconds away.
        await page.locator('#action-save').waitFor()
        const drawer = await openScheduleDrawer(page)
        await drawer.getByText('Publish', { exact: true }).click()
        scheduledFor = Math.ceil((Date.now() + 20_000) / 60_000) * 60_000
        const input = drawer.locator('.date-time-picker input')
        await input.fill(pickerText(new Date(scheduledFor)))
        await page.keyboard.press('Enter')
        await expectValue(input, pickerText(new Date(scheduledFor)))
        await drawer.locator('#scheduled-publish-save').click()
        await expectText(
          drawer.locator('.schedule-publish__upcoming'),
          new Intl.DateTimeFormat('sv-SE', {
            timeZone: 'Asia/Shanghai',
            dateStyle: 'short',
            timeStyle: 'short',
          }).format(new Date(scheduledFor)),
        )
        await screenshot(page, '2b-scheduled')

        // From now on, watch the public API as the website would (every half second).
        const poll = setInterval(async () => {
          const at = Date.now()
          const visible = Boolean(await publicAnnouncement().catch(() => undefined))
          sightings.push({ at, visible })
        }, 500)
        stopPolling = () => clearInterval(poll)
        firstVisible = new Promise((resolve, reject) => {
          const deadline = setTimeout(
            () => reject(new Error('not published within 60 s of its time')),
            scheduledFor - Date.now() + 60_000,
          )
          const check = setInterval(() => {
            const seen = sightings.find((sighting) => sighting.visible)
            if (!seen) return
            clearInterval(check)
            clearTimeout(deadline)
            stopPolling()
            resolve(seen.at)
          }, 250)
        })

        // The editorial calendar lists it with its time, linked to the document.
        await page.goto(`${server.url}/admin/calendar`)
        const entry = page.locator('.editorial-calendar li', { hasText: ANNOUNCEMENT.zh.title })
        await expectText(entry, 'Scheduled publication')
        await expectAttribute(entry.locator('time'), 'datetime', new Date(scheduledFor).toISOString())
        await expectAttribute(entry.locator('a'), 'href', `/admin/collections/announcements/${announcementId}`)
        await expectText(page.locator('.editorial-calendar'), 'Embargo ends')
        await screenshot(page, 'calendar-en')
        expect(await seriousAccessibilityViolations(page, '.editorial-calendar')).toEqual([])

        // So does the dashboard's "Next publications" (titles in the panel's language, English here).
        await page.goto(`${server.url}/admin`)
        await expectText(page.locator('.zone-dashboard__upcoming'), ANNOUNCEMENT.en.title)
        await screenshot(page, 'dashboard-en')
        expect(await seriousAccessibilityViolations(page, '.zone-dashboard')).toEqual([])
      } finally {
        await context.close()
      }
      // Scheduled, not published: the public does not see it yet.
      expect(Date.now()).toBeLessThan(scheduledFor)
      expect(await publicAnnouncement()).toBeUndefined()
    },
  )

  step(
    '3. an administrator switches the panel to Chinese: navigation, collections, fields, the dashboard and the calendar speak Chinese',
    async () => {
      const { context, page } = await newSession(browser)
      try {
        await logIn(page, server.url, ADMIN.email, ADMIN.password)
        await page.goto(`${server.url}/admin/account`)
        await page.locator('#language-select').click()
        await page.getByRole('option', { name: /中文/ }).click()
        await expectText(page.locator('.payload-settings__language'), '语言')

        // Navigation: our groups and collections, and the calendar link.
        await page.goto(`${server.url}/admin`)
        const nav = await page.locator('nav').first().textContent()
        for (const label of [
          '开发区',
          '内容',
          '系统管理',
          '园区',
          '产业',
          '开发区概况',
          '公告',
          '媒体库',
          '用户',
          '审计日志',
          '站点设置',
          '导航菜单',
          '编辑日历',
        ]) {
          expect(nav).toContain(label)
        }
        expect(await textsWithoutChinese(page, 'nav .nav__link, nav .nav-group__label')).toEqual([])

        // The dashboard, in Chinese, with the zone's figures in Chinese.
        const dashboard = page.locator('.zone-dashboard')
        for (const text of ['概览', '关键数据', '占浦东新区土地面积', '平方公里', '即将发布', '待处理', '待审核']) {
          await expectText(dashboard, text)
        }
        await expectText(page.locator('.collections__label').first(), '开发区')
        // New investor inquiries are counted where the inquiries collection exists (and only there).
        const inquiries = await api('/api/inquiries?where[status][equals]=new&limit=1&depth=0', { token: adminToken })
        if (inquiries.status === 200) {
          await expectText(dashboard, '新的投资咨询')
          await expectText(dashboard.getByTestId('new-inquiries-count'), String(inquiries.body.totalDocs))
        } else {
          await expectCount(dashboard.getByTestId('new-inquiries-count'), 0)
        }
        await screenshot(page, 'dashboard-zh')
        expect(await seriousAccessibilityViolations(page, '.zone-dashboard')).toEqual([])

        // A collection list and an edit form: column and field labels.
        await page.goto(`${server.url}/admin/collections/announcements`)
        await expectText(page.locator('h1'), '公告')
        await expectText(page.locator('table thead'), '标题')
        await expectText(page.locator('table thead'), '审核状态')
        await page.goto(`${server.url}/admin/collections/announcements/create`)
        await page.locator('#field-title').waitFor()
        for (const label of [
          '标题',
          '网址标识',
          '类别',
          '摘要',
          '正文',
          '主图',
          '附件（PDF）',
          '发布时间',
          '失效时间',
          '审核状态',
        ]) {
          await page.locator('.field-label', { hasText: label }).first().waitFor()
        }
        expect(await textsWithoutChinese(page, '.document-fields .field-label')).toEqual([])
        await screenshot(page, '3-announcement-zh')

        // The calendar.
        await page.goto(`${server.url}/admin/calendar`)
        await expectText(page.locator('.editorial-calendar h1'), '编辑日历')
        await expectText(page.locator('.editorial-calendar'), '禁发期结束')
        await screenshot(page, 'calendar-zh')
        expect(await seriousAccessibilityViolations(page, '.editorial-calendar')).toEqual([])
      } finally {
        await context.close()
      }
    },
  )

  step(
    '4. bad input — a file that is not an image, a PDF as hero image, a slug already in use — gets a clear message and the editor keeps the work',
    async () => {
      const { context, page } = await newSession(browser)
      try {
        await logIn(page, server.url, EDITOR.email, EDITOR.password)
        await page.goto(`${server.url}/admin/collections/announcements/create?locale=zh`)
        await page.locator('#field-title').fill('张江路段临时交通管制通知')
        await page.locator('#field-summary').fill('这段摘要必须保留。')

        // A text file: the media library refuses it and says what it takes; the drawer keeps the alt text.
        await uploadHeroImage(page, textFile(files), '会议记录')
        const drawer = page.locator('.drawer--is-open').last()
        await expectText(toasts(page), '"notes.txt" (text/plain) cannot be uploaded. The media library takes images')
        await screenshot(page, '4a-text-file-refused')
        await takeToasts(page)
        await expectValue(drawer.locator('#field-alt'), '会议记录')
        await drawer.locator('.doc-drawer__header-close').click()

        // A PDF is a media file, but not a hero image: refused at the field on saving the draft.
        await uploadHeroImage(page, pdfDocument(files), '投资指南')
        await expectText(page.locator('#field-heroImage'), 'investment-guide.pdf')
        await page.locator('#action-save-draft').click()
        const heroError = page.locator('#field-heroImage .field-error-after-save')
        await expectText(heroError, '"investment-guide.pdf" is not an image')
        await expectText(heroError, 'JPEG, PNG, WebP, GIF or AVIF')
        await expectValue(page.locator('#field-title'), '张江路段临时交通管制通知')
        await expectValue(page.locator('#field-summary'), '这段摘要必须保留。')
        expect(page.url()).toContain('/create')
        await screenshot(page, '4b-pdf-as-hero-refused')
        await takeToasts(page)

        // Without the PDF, but with the slug of the announcement of test 1: refused at the slug field.
        await page.locator('#field-heroImage .upload-relationship-details__remove').click()
        await page.locator('#field-slug').fill(ANNOUNCEMENT.slug)
        await page.locator('#action-save-draft').click()
        const slugError = page.locator('.field-error-after-save', { hasText: 'slug' })
        await expectText(slugError, `The slug "${ANNOUNCEMENT.slug}" is already used by`)
        await expectValue(page.locator('#field-title'), '张江路段临时交通管制通知')
        await screenshot(page, '4c-slug-in-use-refused')
        await takeToasts(page)

        // Corrected, it saves — with everything typed before.
        await page.locator('#field-slug').fill('zhangjiang-road-traffic-notice')
        await expectCount(slugError, 0)
        await page.locator('#action-save-draft').click()
        await page.waitForURL(/\/admin\/collections\/announcements\/\d+/)
        await expectValue(page.locator('#field-summary'), '这段摘要必须保留。')
      } finally {
        await context.close()
      }
    },
  )

  step(
    '5. five wrong passwords lock the account with a clear message, and then the right password does not get in',
    async () => {
      const { context, page } = await newSession(browser)
      try {
        await page.goto(`${server.url}/admin/login`)
        for (let attempt = 1; attempt <= 5; attempt++) {
          await page.locator('#field-email').fill(LOCKED.email)
          await page.locator('#field-password').fill(`wrong-password-${attempt}`)
          await page.locator('button[type=submit]').click()
          await expectText(toasts(page), 'incorrect')
          await takeToasts(page)
        }
        await page.locator('#field-email').fill(LOCKED.email)
        await page.locator('#field-password').fill(LOCKED.password)
        await page.locator('button[type=submit]').click()
        await expectText(
          toasts(page),
          'This account is locked after 5 wrong passwords. Try again in 10 minutes, or ask an administrator to unlock it.',
        )
        await screenshot(page, '5-account-locked')
        await page.waitForTimeout(1_000)
        expect(new URL(page.url()).pathname).toBe('/admin/login')
      } finally {
        await context.close()
      }
      // Locked for the API too, in the caller's language.
      const locked = await api('/api/users/login', { method: 'POST', body: LOCKED, language: 'zh' })
      expect(locked.status).toBe(401)
      expect(JSON.stringify(locked.body)).toContain('该账户已被锁定')
    },
  )

  step(
    '6. the scheduled announcement reaches the public API at its time: never before, within seconds after',
    async () => {
      const seenAt = await firstVisible
      const before = sightings.filter((sighting) => sighting.at < scheduledFor)
      // The public API was asked before the time (and said no every time)…
      expect(before.length).toBeGreaterThan(5)
      expect(before.filter((sighting) => sighting.visible)).toEqual([])
      // …and answered within seconds after it (the jobs runner ticks every 5 s; generous on a shared CPU).
      expect(seenAt).toBeGreaterThanOrEqual(scheduledFor)
      expect(seenAt - scheduledFor).toBeLessThan(10_000)
      console.log(`published ${((seenAt - scheduledFor) / 1000).toFixed(1)} s after its time`)

      const [en, zh] = [await publicAnnouncement('en'), await publicAnnouncement('zh')]
      expect(en?.title).toBe(ANNOUNCEMENT.en.title)
      expect(zh?.title).toBe(ANNOUNCEMENT.zh.title)
      expect((en?.heroImage as { alt?: string } | undefined)?.alt).toBe('金桥人工智能产业园')
    },
    120_000,
  )
})
