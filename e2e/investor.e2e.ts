/**
 * The investor's journey in a real browser (Debian's Chromium): on the website, the reference inquiry
 * form (docs/examples/inquiry-form.html, served from another origin as the site would serve it) with
 * the CMS's self-hosted anti-robot challenge; the acknowledgement arriving by email in the investor's
 * language; the inquiry in the admin panel, linked to the opportunity it asked about. And what a
 * script gets when it floods the same endpoint without solving the challenge.
 */
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { launchBrowser, logIn, newSession, screenshot } from './helpers/browser'
import { ADMIN, root, startProductionServer, type ProductionServer } from './helpers/server'
import { expectText } from './helpers/wait'
import { type Mail, mailServer, readMail } from '../tests/helpers/mail'
import { waitFor } from '../tests/helpers/wait'

const mails: Mail[] = []
const smtp = mailServer(mails)
let cms: ProductionServer
let site: http.Server
let siteUrl: string
let browser: Browser
let adminToken: string
let opportunity: { id: number; title: string }
/** The anti-robot solutions the browser sent, as a script could copy them. */
const solutionsSent: string[] = []

/** The zone's website, as far as this journey needs it: the form page and the widget it loads. */
function startSite(): Promise<http.Server> {
  const files: Record<string, [string, string]> = {
    '/inquiry-form.html': [path.join(root, 'docs/examples/inquiry-form.html'), 'text/html; charset=utf-8'],
    '/altcha.js': [path.join(root, 'node_modules/altcha/dist/main/altcha.i18n.min.js'), 'text/javascript'],
  }
  const server = http.createServer((req, res) => {
    const file = files[new URL(req.url ?? '/', 'http://site').pathname]
    if (!file) return void res.writeHead(404).end()
    res.writeHead(200, { 'content-type': file[1] }).end(fs.readFileSync(file[0]))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

async function api(route: string, method = 'GET', body?: unknown, token = adminToken) {
  const response = await fetch(`${cms.url}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}

beforeAll(async () => {
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const smtpPort = (smtp.server.address() as AddressInfo).port
  site = await startSite()
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  cms = await startProductionServer({
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}?ignoreTLS=true`,
    INQUIRY_NOTIFY_TO: 'invest@jinqiao.e2e',
    CORS_ORIGINS: siteUrl,
    INQUIRY_CHALLENGE: 'required',
  })
  browser = await launchBrowser()
  adminToken = (await api('/api/users/login', 'POST', ADMIN, '')).body.token as string
  const park = (await api('/api/parks?limit=1&depth=0')).body.docs as { id: number }[]
  const created = await api('/api/opportunities', 'POST', {
    title: 'Tower B, floor 12 — ready-to-use AI lab space',
    slug: 'tower-b-floor-12',
    kind: 'office',
    park: park[0]!.id,
    areaM2: 1200,
    _status: 'published',
  })
  if (created.status !== 201) throw new Error(`creating the opportunity failed: ${JSON.stringify(created.body)}`)
  const doc = created.body.doc as { id: number; title: string }
  opportunity = { id: doc.id, title: doc.title }
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await cms?.stop()
  site?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

/** Fills the form as a person would, ticks "I am not a robot", sends it; the reference it shows. */
async function sendInquiry(page: Page, language: 'en' | 'zh', investor: Record<string, string>): Promise<string> {
  const query = new URLSearchParams({ cms: cms.url, lang: language, about: `opportunities:${opportunity.id}` })
  await page.goto(`${siteUrl}/inquiry-form.html?${query}`)
  for (const [name, value] of Object.entries(investor)) await page.fill(`[name=${name}]`, value)
  await page.check('[name=consent]')
  await page.click('altcha-widget label')
  // The widget solves the challenge in the browser, then puts the result in the form.
  await page.waitForFunction(() => Boolean(new FormData(document.querySelector('form')!).get('altcha')), undefined, {
    timeout: 60_000,
  })
  const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/api/inquiries'))
  await page.click('button[type=submit]')
  solutionsSent.push((JSON.parse((await sent).postData() ?? '{}') as { altcha: string }).altcha)
  const result = page.locator('#result')
  await result.waitFor({ timeout: 30_000 })
  if ((await result.getAttribute('class')) !== 'ok') throw new Error(`the form says: ${await result.innerText()}`)
  const reference = /JQ-\d{4}-[0-9A-Z]{6}/.exec(await result.innerText())?.[0]
  if (!reference) throw new Error(`no reference in "${await result.innerText()}"`)
  return reference
}

describe('an investor asks about an opportunity', () => {
  let english: string
  let chinese: string

  it('the form with its challenge sends the inquiry and shows the reference (English)', async () => {
    const { page } = await newSession(browser)
    english = await sendInquiry(page, 'en', {
      company: 'Nordic Vision Robotics AB',
      contactName: 'Karin Lund',
      email: 'karin.lund@nordicvision.example',
      country: 'Sweden',
      message: 'We would like to rent the AI lab space on floor 12 for a team of 40 from next spring.',
    })
    await expectText(page.locator('#result'), english)
    await screenshot(page, 'investor-01-form-sent-en')
  })

  it('and in Chinese, from a Chinese browser', async () => {
    const { page } = await newSession(browser, { locale: 'zh-CN' })
    chinese = await sendInquiry(page, 'zh', {
      company: '上海智造机器人有限公司',
      contactName: '陈静',
      email: 'chen.jing@zhizao.example',
      country: '中国',
      message: '我们希望了解12层人工智能实验室空间的租金和入驻条件。',
    })
    await expectText(page.locator('#result'), `编号为 ${chinese}`)
    await screenshot(page, 'investor-02-form-sent-zh')
  })

  it('each investor gets the acknowledgement in their language, with their reference', async () => {
    const en = await waitFor(
      () => mails.find((m) => m.to.includes('karin.lund@nordicvision.example')),
      'the English acknowledgement',
      {
        timeoutMs: 60_000,
      },
    )
    const zh = await waitFor(
      () => mails.find((m) => m.to.includes('chen.jing@zhizao.example')),
      'the Chinese acknowledgement',
      {
        timeoutMs: 60_000,
      },
    )
    expect(readMail(en.raw).subject).toBe(`We have received your investment inquiry (${english})`)
    expect(readMail(en.raw).text).toContain('Dear Karin Lund')
    expect(readMail(zh.raw).subject).toBe(`我们已收到您的投资咨询（${chinese}）`)
    expect(readMail(zh.raw).text).toContain(`编号为 ${chinese}`)
  })

  it('a script that floods the form without solving the challenge, or replays a solution, is refused', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${cms.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: siteUrl },
        body: JSON.stringify({
          company: `Flood ${i} Ltd`,
          contactName: 'Bot',
          email: `bot${i}@flood.example`,
          country: 'Nowhere',
          message: 'Buy cheap followers now, best prices!',
          consent: true,
        }),
      })
      statuses.push(response.status)
    }
    expect(new Set(statuses)).toEqual(new Set([400]))
    const replay = await fetch(`${cms.url}/api/inquiries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: siteUrl },
      body: JSON.stringify({
        company: 'Replay Ltd',
        contactName: 'Bot',
        email: 'replay@flood.example',
        country: 'Nowhere',
        message: 'The same solved challenge, sent again.',
        consent: true,
        altcha: solutionsSent[0],
      }),
    })
    expect(replay.status).toBe(400)
    expect(JSON.stringify(await replay.json())).toMatch(/used already/)
    const stored = await api('/api/inquiries?where[contactName][equals]=Bot&limit=0')
    expect(stored.body.totalDocs).toBe(0)
  })

  it('staff see the inquiries in the admin, linked to the opportunity, and counted on its page', async () => {
    const { page } = await newSession(browser)
    await logIn(page, cms.url, ADMIN.email, ADMIN.password)
    const found = await api(`/api/inquiries?where[reference][equals]=${english}&depth=0`)
    const inquiry = (found.body.docs as { id: number }[])[0]!
    await page.goto(`${cms.url}/admin/collections/inquiries/${inquiry.id}`)
    await expectText(page.locator('#field-subject'), opportunity.title)
    await screenshot(page, 'investor-03-inquiry-in-admin')

    await page.goto(`${cms.url}/admin/collections/opportunities/${opportunity.id}`)
    const count = page.locator('[data-testid=inquiry-count]')
    await expectText(count, '2 inquiries about this item, 2 not closed.')
    await screenshot(page, 'investor-04-opportunity-count')
    await count.locator('a').click()
    await page.waitForURL(/\/admin\/collections\/inquiries\?/)
    await expectText(page.locator('.table'), 'Nordic Vision Robotics AB')
    await expectText(page.locator('.table'), '上海智造机器人有限公司')
    await screenshot(page, 'investor-05-inquiries-about-opportunity')
  })
})
