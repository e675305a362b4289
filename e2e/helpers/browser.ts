import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { root } from './server'

/** Debian's chromium (`apt-get install chromium`); playwright-core never downloads a browser here. */
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const SCREENSHOTS = path.join(root, 'test-results', 'e2e')

export async function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH).`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  })
}

/** A browser profile of its own (cookies, language), as a staff member at a desk in Shanghai would have. */
export async function newSession(
  browser: Browser,
  { locale = 'en-US' }: { locale?: string } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale,
    timezoneId: 'Asia/Shanghai',
  })
  context.setDefaultTimeout(20_000)
  const page = await context.newPage()
  return { context, page }
}

/** Logs in through the admin's login form and waits for the dashboard. */
export async function logIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('#field-email', email)
  await page.fill('#field-password', password)
  await page.click('button[type=submit]')
  await page.waitForURL(/\/admin\/?$/)
}

/** A full-page screenshot into test-results/e2e/ (gitignored); returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true })
  const file = path.join(SCREENSHOTS, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** axe-core's serious and critical violations inside `selector` (axe's source is injected into the page). */
export async function seriousAccessibilityViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  const violations = await page.evaluate(async (include) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<{ violations: AxeViolation[] }> } })
      .axe
    const result = await axe.run({ include: [include] }, { resultTypes: ['violations'] })
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map(({ target }) => ({ target })),
    }))
  }, selector)
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
}

/** The text of every toast on screen (Payload's notifications), then closes them. */
export async function takeToasts(page: Page): Promise<string[]> {
  const toasts = page.locator('[data-sonner-toast]')
  const texts = await toasts.allInnerTexts()
  for (const close of await page.locator('[data-sonner-toast] button[aria-label]').all()) {
    await close.click({ timeout: 1_000 }).catch(() => undefined)
  }
  return texts
}
