/**
 * The reference website (examples/website) beside the CMS, in a real browser (Debian's Chromium):
 * - an announcement published in the admin appears on the site within 5 s (signed webhook, then the
 *   site reads again);
 * - the admin's Preview button shows a draft on the site to the staff member, and nobody else sees it;
 * - an investor sends the site's inquiry form and the inquiry is in the admin.
 */
import type http from 'node:http'

import type { Browser } from 'playwright-core'

import { freePort } from '../scripts/lib/freePort'
import { launchBrowser, logIn, newSession, screenshot } from './helpers/browser'
import { ADMIN, startProductionServer, type ProductionServer } from './helpers/server'
import { expectText } from './helpers/wait'

const SECRET = 'e2e-website-webhook-secret'
let cms: ProductionServer
let site: http.Server
let siteUrl: string
let browser: Browser

beforeAll(async () => {
  const port = await freePort()
  siteUrl = `http://127.0.0.1:${port}`
  cms = await startProductionServer({
    PUBLIC_SITE_URL: siteUrl,
    WEBHOOK_URLS: `${siteUrl}/api/revalidate`,
    WEBHOOK_SECRET: SECRET,
    CORS_ORIGINS: siteUrl,
  })
  process.env.CMS_URL = cms.url
  process.env.WEBHOOK_SECRET = SECRET
  const { startSite } = await import('../examples/website/server')
  site = await startSite(port, '127.0.0.1')
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  site?.close()
  await cms?.stop()
})

const TITLE = 'Jinqiao opens a robotics test field'
const DRAFT = 'Draft: chip design subsidy (not yet approved)'

describe('the reference website beside the CMS', () => {
  it('an announcement published in the admin is on the site within 5 s', async () => {
    const visitor = await newSession(browser)
    const staff = await newSession(browser)
    try {
      // The visitor's page is read (and cached by the site) before the publication.
      await visitor.page.goto(`${siteUrl}/en/announcements`)
      expect(await visitor.page.content()).not.toContain(TITLE)

      await logIn(staff.page, cms.url, ADMIN.email, ADMIN.password)
      await staff.page.goto(`${cms.url}/admin/collections/announcements/create?locale=en`)
      await staff.page.locator('#field-title').fill(TITLE)
      await staff.page.locator('#field-summary').fill('A 3 km closed road for intelligent connected vehicles.')
      const saved = staff.page.waitForResponse(
        (response) => response.url().includes('/api/announcements') && response.request().method() === 'POST',
      )
      await staff.page.locator('#action-save').click()
      expect((await saved).status()).toBe(201)
      const publishedAt = Date.now()

      let seenAfter: number | undefined
      while (Date.now() - publishedAt < 5_000) {
        await visitor.page.goto(`${siteUrl}/en/announcements`)
        if ((await visitor.page.content()).includes(TITLE)) {
          seenAfter = Date.now() - publishedAt
          break
        }
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      await screenshot(visitor.page, 'website-1-published')
      expect(seenAfter).toBeLessThan(5_000)
      console.log(`Published in the admin → on the website after ${seenAfter} ms`)
      await visitor.page.getByRole('link', { name: TITLE }).click()
      await expectText(visitor.page.locator('article h1'), TITLE)
    } finally {
      await visitor.context.close()
      await staff.context.close()
    }
  })

  it('the Preview button shows a draft on the site to staff; the public does not see it', async () => {
    const staff = await newSession(browser)
    try {
      await logIn(staff.page, cms.url, ADMIN.email, ADMIN.password)
      await staff.page.goto(`${cms.url}/admin/collections/announcements/create?locale=en`)
      await staff.page.locator('#field-title').fill(DRAFT)
      await staff.page.locator('#action-save-draft').click()
      await staff.page.waitForURL(/\/admin\/collections\/announcements\/\d+/)
      const [preview] = await Promise.all([
        staff.page.waitForEvent('popup'),
        staff.page.locator('#preview-button').click(),
      ])
      await preview.waitForLoadState()
      expect(preview.url()).toContain(`${siteUrl}/preview?token=`)
      await expectText(preview.locator('article h1'), DRAFT)
      await expectText(preview.locator('.preview-banner'), 'Preview')
      await screenshot(preview, 'website-2-preview')

      // Live preview: the site beside the form, showing the draft, reloaded with each save.
      await staff.page.locator('.live-preview-toggler').click()
      const frame = staff.page.frameLocator('#live-preview-iframe')
      await expectText(frame.locator('article h1'), DRAFT)
      await staff.page.locator('#field-summary').fill('Corrected while previewing.')
      await staff.page.locator('#action-save-draft').click()
      await expectText(frame.locator('article .summary'), 'Corrected while previewing.')
      await screenshot(staff.page, 'website-2b-live-preview')

      // The public: not in the list, not at its address, and the preview page without a token refuses.
      const visitor = await newSession(browser)
      await visitor.page.goto(`${siteUrl}/en/announcements`)
      expect(await visitor.page.content()).not.toContain(DRAFT)
      const article = await visitor.page.goto(`${siteUrl}/en/announcements/draft-chip-design-subsidy-not-yet-approved`)
      expect(article?.status()).toBe(404)
      const forged = await visitor.page.goto(`${siteUrl}/preview?token=forged&locale=en`)
      expect(forged?.status()).toBe(401)
      expect(await visitor.page.content()).not.toContain(DRAFT)
      await visitor.context.close()
    } finally {
      await staff.context.close()
    }
  })

  it('an inquiry sent from the site’s form arrives in the admin', async () => {
    const investor = await newSession(browser)
    const staff = await newSession(browser)
    try {
      await investor.page.goto(`${siteUrl}/en/inquiry`)
      const fields = {
        company: 'Helsinki Autonomous Systems Oy',
        contactName: 'Aino Virtanen',
        email: 'aino.virtanen@has.example',
        country: 'Finland',
        message: 'We would like to test autonomous shuttles in Jinqiao next spring.',
      }
      for (const [name, value] of Object.entries(fields)) await investor.page.fill(`[name=${name}]`, value)
      await investor.page.check('[name=consent]')
      await investor.page.click('altcha-widget label')
      await investor.page.waitForFunction(
        () => Boolean(new FormData(document.querySelector('form')!).get('altcha')),
        undefined,
        { timeout: 60_000 },
      )
      await investor.page.click('button[type=submit]')
      const result = investor.page.locator('#result')
      await result.waitFor({ timeout: 30_000 })
      expect(await result.getAttribute('class')).toBe('ok')
      const reference = /JQ-\d{4}-[0-9A-Z]{6}/.exec(await result.innerText())![0]

      await logIn(staff.page, cms.url, ADMIN.email, ADMIN.password)
      await staff.page.goto(`${cms.url}/admin/collections/inquiries`)
      await expectText(staff.page.locator('.table'), reference)
      await expectText(staff.page.locator('.table'), fields.company)
      await screenshot(staff.page, 'website-3-inquiry-in-admin')
    } finally {
      await investor.context.close()
      await staff.context.close()
    }
  })

  it('/api/docs renders the API reference from the CMS alone, with no request to another host', async () => {
    const { context, page } = await newSession(browser)
    const hosts = new Set<string>()
    page.on('request', (request) => void hosts.add(new URL(request.url()).host))
    try {
      await page.goto(`${cms.url}/api/docs`)
      await expectText(page.locator('.opblock-summary-path').first(), '/api/')
      expect(await page.locator('.opblock').count()).toBeGreaterThan(20)
      expect([...hosts].filter((host) => host !== new URL(cms.url).host)).toEqual([])
      await screenshot(page, 'website-4-api-docs')
    } finally {
      await context.close()
    }
  })
})
