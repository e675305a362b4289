import { solveChallenge, type Challenge } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import { handleEndpoints } from 'payload'

import { createRateLimits } from '../src/http/rateLimits'
import { createInquiryChallenge } from '../src/promotion/Inquiries/challenge'
import { startHttp } from './helpers/httpServer'
import { useTestApp } from './helpers/testApp'
import { jwt, signInStaff } from './helpers/principals'

/**
 * The inquiry form's bot defence (ALTCHA proof of work, self-hosted): what a solved challenge earns,
 * what a scripted flood gets, and that no other path to the collection skips the gate.
 */
const SITE = 'https://www.jinqiao.example'
// Read when the config loads (in useTestApp's beforeAll).
process.env.CORS_ORIGINS = SITE
afterAll(() => delete process.env.CORS_ORIGINS)

const limits = { RATE_LIMIT_INQUIRIES: '3/600', RATE_LIMIT_INQUIRIES_VERIFIED: '6/600' }
const app = useTestApp({
  seed: false,
  http: { rateLimits: createRateLimits({ env: { ...process.env, ...limits } }) },
})
let strict: Awaited<ReturnType<typeof startHttp>>

beforeAll(async () => {
  // A second server on the same database, with the challenge required.
  strict = await startHttp(app.payload, {
    rateLimits: createRateLimits({ env: { ...process.env, RATE_LIMIT_INQUIRIES: '100/60' } }),
    inquiryChallenge: createInquiryChallenge({
      secret: app.payload.secret,
      env: { INQUIRY_CHALLENGE: 'required' },
    }),
  })
})
afterAll(() => strict?.close())

const investor = {
  company: 'Robot-Free Robotics GmbH',
  contactName: 'Jonas Weber',
  email: 'jonas.weber@robotfree.example',
  country: 'Germany',
  message: 'We would like to visit the robotics cluster in Jinqiao next spring.',
  consent: true,
  language: 'en',
}

/** What the widget does in a browser: fetch a challenge, solve it, encode the result for the form. */
async function solved(base = app.http.url): Promise<string> {
  const challenge = (await (await fetch(`${base}/api/inquiries/challenge`)).json()) as Challenge
  const solution = await solveChallenge({ challenge, deriveKey })
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64')
}

const send = async (
  body: Record<string, unknown>,
  { base = app.http.url, headers = {} as Record<string, string>, path = '/api/inquiries' } = {},
) => {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const json = (await response.json().catch(() => ({}))) as { doc?: { id: number }; errors?: { message: string }[] }
  return {
    status: response.status,
    doc: json.doc,
    message: json.errors?.[0]?.message ?? '',
    cors: response.headers.get('access-control-allow-origin'),
  }
}

const stored = (company: string) =>
  app.payload.count({ collection: 'inquiries', where: { company: { equals: company } } }).then((r) => r.totalDocs)

describe('the inquiry form challenge', () => {
  it('is issued fresh each time, never cached, and signed', async () => {
    const first = await fetch(`${app.http.url}/api/inquiries/challenge`)
    const second = await fetch(`${app.http.url}/api/inquiries/challenge`)
    expect(first.status).toBe(200)
    expect(first.headers.get('cache-control')).toBe('no-store')
    const [a, b] = (await Promise.all([first.json(), second.json()])) as Challenge[]
    expect(a.signature).toMatch(/^[0-9a-f]{64}$/)
    expect(a.parameters.nonce).not.toBe(b.parameters.nonce)
    expect(a.parameters.algorithm).toBe('PBKDF2/SHA-256')
  })

  it("the website's browser code reads every answer: the challenge, a refusal, a 429 (CORS)", async () => {
    const challenge = await fetch(`${app.http.url}/api/inquiries/challenge`, { headers: { origin: SITE } })
    expect(challenge.headers.get('access-control-allow-origin')).toBe(SITE)
    const preflight = await fetch(`${strict.url}/api/inquiries`, {
      method: 'OPTIONS',
      headers: { origin: SITE, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-altcha' },
    })
    expect(preflight.headers.get('access-control-allow-origin')).toBe(SITE)
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/X-Altcha/i)
    const refused = await send({ ...investor, company: 'Cors AG' }, { base: strict.url, headers: { origin: SITE } })
    expect(refused.status).toBe(400)
    expect(refused.cors).toBe(SITE)
    const elsewhere = await fetch(`${app.http.url}/api/inquiries/challenge`, {
      headers: { origin: 'https://evil.example' },
    })
    expect(elsewhere.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('a solved challenge sends the inquiry, once; the solution is not stored', async () => {
    const altcha = await solved()
    const first = await send({ ...investor, company: 'Solved Once GmbH', altcha })
    expect(first.status).toBe(201)
    const doc = (await app.payload.findByID({ collection: 'inquiries', id: first.doc!.id })) as unknown as Record<
      string,
      unknown
    >
    expect(doc.altcha).toBeUndefined()
    const replay = await send({ ...investor, company: 'Replayed GmbH', altcha })
    expect(replay.status).toBe(400)
    expect(replay.message).toMatch(/used already.*Reload the form/)
    expect(await stored('Replayed GmbH')).toBe(0)
  })

  it('a wrong, forged or malformed solution gets a 400 a person can act on, never a 500', async () => {
    const challenge = (await (await fetch(`${app.http.url}/api/inquiries/challenge`)).json()) as Challenge
    const solution = await solveChallenge({ challenge, deriveKey })
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64')
    const cases: unknown[] = [
      // A key the solver did not find.
      encode({ challenge, solution: { ...solution, derivedKey: 'ff'.repeat(32) } }),
      encode({ challenge: { ...challenge, parameters: { ...challenge.parameters, cost: 1 } }, solution }),
      encode({ challenge: { ...challenge, signature: '0'.repeat(64) }, solution }),
      'not base64 at all',
      encode({ hello: 'world' }),
      42,
      { challenge, solution },
    ]
    for (const [i, altcha] of cases.entries()) {
      const answer = await send({ ...investor, company: `Forged ${i} GmbH`, altcha })
      expect([i, answer.status]).toEqual([i, 400])
      expect(answer.message).toMatch(/anti-robot check|altcha/i)
    }
    expect(await app.payload.count({ collection: 'inquiries', where: { company: { like: 'Forged' } } })).toEqual({
      totalDocs: 0,
    })
  })

  it('a scripted flood without the challenge is refused; a solved challenge still gets through', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await send({ ...investor, company: `Flood ${i} GmbH` })).status)
    expect(statuses.slice(0, 3).every((s) => s === 201)).toBe(true)
    expect(statuses.slice(3)).toEqual([429, 429, 429])
    // A colleague behind the same office address, whose browser solved the challenge.
    const refused = await send({ ...investor, company: 'Flood 7 GmbH' }, { headers: { origin: SITE } })
    expect([refused.status, refused.cors]).toEqual([429, SITE])
    const colleague = await send({ ...investor, company: 'Colleague GmbH', altcha: await solved() })
    expect(colleague.status).toBe(201)
  })

  it('the relaxed limit is a limit too', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) {
      statuses.push((await send({ ...investor, company: `Checked ${i} GmbH`, altcha: await solved() })).status)
    }
    // 6 per 10 minutes with the check: one was used by the colleague above, one by the first test.
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0)
    expect(statuses.filter((s) => s === 201).length).toBe(6 - 2)
  }, 60_000)

  describe('with INQUIRY_CHALLENGE=required', () => {
    it('an inquiry without the challenge gets a 400 that says what to do', async () => {
      const answer = await send({ ...investor, company: 'Unchecked AG' }, { base: strict.url })
      expect(answer.status).toBe(400)
      expect(answer.message).toMatch(/GET \/api\/inquiries\/challenge/)
      expect(await stored('Unchecked AG')).toBe(0)
    })

    it('with the challenge solved, it is sent; as a header for multipart clients too', async () => {
      const inBody = await send(
        { ...investor, company: 'Checked AG', altcha: await solved(strict.url) },
        { base: strict.url },
      )
      expect(inBody.status).toBe(201)
      const form = new FormData()
      form.set('_payload', JSON.stringify({ ...investor, company: 'Multipart AG' }))
      const multipart = await fetch(`${strict.url}/api/inquiries`, {
        method: 'POST',
        headers: { 'x-altcha': await solved(strict.url) },
        body: form,
      })
      expect(multipart.status).toBe(201)
      expect(await stored('Multipart AG')).toBe(1)
    })

    it('staff signed in enter an inquiry taken by phone without a puzzle', async () => {
      const { publisher } = await signInStaff(app.payload)
      const answer = await send(
        { ...investor, company: 'By Phone AG' },
        { base: strict.url, headers: jwt(publisher.token) },
      )
      expect(answer.status).toBe(201)
    })

    it('no side door skips the gate: other spellings of the path, a forged check header, multipart', async () => {
      const doors: { path?: string; headers?: Record<string, string> }[] = [
        { path: '/api/inquiries/' },
        { path: '/API/Inquiries' },
        { path: '/api//inquiries' },
        { path: '/api/inquiries?depth=0' },
        { path: '/api/./inquiries' },
        { path: '/api/%69nquiries' },
        { headers: { 'x-jinqiao-inquiry-check': 'passed' } },
        { headers: { authorization: 'JWT not-a-token' } },
        { headers: { cookie: 'payload-token=forged' } },
      ]
      for (const [i, door] of doors.entries()) {
        const company = `Side Door ${i} AG`
        const answer = await send({ ...investor, company }, { base: strict.url, ...door })
        expect([i, answer.status === 201, await stored(company)]).toEqual([i, false, 0])
        expect(answer.status).toBeLessThan(500)
      }
      const form = new FormData()
      form.set('_payload', JSON.stringify({ ...investor, company: 'Side Door multipart AG' }))
      const multipart = await fetch(`${strict.url}/api/inquiries`, { method: 'POST', body: form })
      expect(multipart.status).toBe(400)
      expect(await stored('Side Door multipart AG')).toBe(0)
    })

    it("Payload's own REST handler, reached without the gate (as Next's API route would be), refuses", async () => {
      const request = (check?: string) =>
        new Request('http://127.0.0.1/api/inquiries', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(check ? { 'x-jinqiao-inquiry-check': check } : {}) },
          body: JSON.stringify({ ...investor, company: 'Behind The Gate AG' }),
        })
      for (const check of [undefined, 'passed', 'absent:0123']) {
        const response = await handleEndpoints({ config: app.payload.config, request: request(check) })
        expect(response.status).toBe(400)
        expect(JSON.stringify(await response.json())).toContain('Send inquiries with POST /api/inquiries')
      }
      expect(await stored('Behind The Gate AG')).toBe(0)
    })
  })
})
