/**
 * The first administrator's first sign-in, in Debian's Chromium against the production build, with
 * two-factor sign-in required for admins and publishers (the production default): the seeded
 * administrator signs in, can do nothing but set up TOTP with an authenticator (computed here with
 * otplib, as an app would), keeps the recovery codes, must then choose their own password before
 * anything else (FORCE_PASSWORD_CHANGE, on by default), sees their sessions; then signs in again
 * with the new password and a code.
 */
import { generate } from 'otplib'
import type { Browser, Page } from 'playwright-core'

import { launchBrowser, newSession, screenshot } from './helpers/browser'
import { ADMIN, startProductionServer, type ProductionServer } from './helpers/server'
import { expectText } from './helpers/wait'

let server: ProductionServer
let browser: Browser
let secret = ''
const NEW_PASSWORD = 'Jinqiao river at dawn 2026'

beforeAll(async () => {
  server = await startProductionServer({ STAFF_2FA_ROLES: 'admin,publisher', FORCE_PASSWORD_CHANGE: 'true' })
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

async function signIn(page: Page, password: string) {
  await page.goto(`${server.url}/admin/login`)
  await page.fill('#field-email', ADMIN.email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
}

/** The code an authenticator shows, in a 30-second step not used before (codes are good once). */
async function freshCode(usedStep: { value?: number }): Promise<string> {
  for (;;) {
    const step = Math.floor(Date.now() / 30_000)
    if (step !== usedStep.value) {
      usedStep.value = step
      return generate({ secret })
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000))
  }
}
const used: { value?: number } = {}

describe('the seeded administrator, with production defaults', () => {
  it('must set up two-factor sign-in first: QR code, a code from the app, recovery codes', async () => {
    const { page } = await newSession(browser)
    await signIn(page, ADMIN.password)
    await page.waitForLoadState('networkidle')
    await screenshot(page, 'staff-00-after-sign-in')
    const setup = page.locator('[data-testid=two-factor-setup]')
    await setup.waitFor()
    // Nothing staff-only is offered meanwhile (what the public may read stays readable).
    expect(await page.locator('nav a[href*="/admin/collections/inquiries"]').count()).toBe(0)
    await setup.locator('button').click()
    secret = (await page.locator('[data-testid=totp-secret]').innerText()).trim()
    expect(secret).toMatch(/^[A-Z2-7]{16,}$/)
    expect(await page.locator('img[alt="otpauth QR code"]').getAttribute('src')).toMatch(/^data:image\/png/)
    await screenshot(page, 'staff-01-two-factor-setup')
    await page.fill('[data-testid=two-factor-setup] input[name=code]', await freshCode(used))
    await page.click('[data-testid=two-factor-setup] button[type=submit]')
    const codes = page.locator('[data-testid=recovery-codes] pre')
    await codes.waitFor()
    expect((await codes.innerText()).trim().split('\n')).toHaveLength(10)
    await screenshot(page, 'staff-02-recovery-codes')
    await page.click('[data-testid=recovery-codes] button')

    // Then the password the seed chose must go, before anything else.
    await page.locator('[data-testid=must-change-password]').waitFor()
    await page.click('[data-testid=must-change-password] a')
    await page.waitForURL(/\/admin\/account/)
    await expectText(page.locator('[data-testid=password-rules]'), 'At least 12 characters')
    await screenshot(page, 'staff-03-must-change-password')
    await page.getByRole('button', { name: /change password/i }).click()
    // The new fields join the form with a round trip to the server: typed before, they would be lost.
    await page.waitForLoadState('networkidle')
    await page.waitForTimeout(1_500)
    await page.fill('#field-password', NEW_PASSWORD)
    await page.fill('#field-confirm-password', NEW_PASSWORD)
    await page.getByRole('button', { name: /^save$/i }).click()
    await page.waitForTimeout(1_500)
    // Then the panel opens as usual.
    await page.goto(`${server.url}/admin`)
    await page.locator('.zone-dashboard__title').waitFor()
    expect(await page.locator('[data-testid=must-change-password]').count()).toBe(0)
    expect(await page.locator('[data-testid=second-factor]').count()).toBe(0)

    // The account page lists this session, with its device.
    await page.goto(`${server.url}/admin/account`)
    await expectText(page.locator('[data-testid=session-list]'), 'Chrome')
    await screenshot(page, 'staff-04-account-sessions')
  })

  it('signs in again with the new password and a code from the app', async () => {
    const { page } = await newSession(browser)
    await signIn(page, NEW_PASSWORD)
    const verify = page.locator('[data-testid=two-factor-verify]')
    await verify.waitFor()
    await page.fill('[data-testid=two-factor-verify] input[name=code]', '123456')
    await page.click('[data-testid=two-factor-verify] button[type=submit]')
    await expectText(page.locator('[data-testid=two-factor-verify] [role=alert]'), 'not right')
    await page.fill('[data-testid=two-factor-verify] input[name=code]', await freshCode(used))
    await page.click('[data-testid=two-factor-verify] button[type=submit]')
    await page.locator('.zone-dashboard__title').waitFor()
    expect(await page.locator('[data-testid=two-factor-verify]').count()).toBe(0)
    await screenshot(page, 'staff-05-signed-in-with-code')
  }, 120_000)
})
