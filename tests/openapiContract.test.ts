/**
 * The OpenAPI document is a contract: live answers of every public path, in both languages, at depth
 * 0, 1 and 2, with select and populate, and the error answers (400, 404, 429, 503), validate against
 * /api/openapi.json with a JSON Schema 2020-12 validator. Every path and method the document names is
 * exercised, so a path added without a live check fails here.
 */
import { jest } from '@jest/globals'
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020'

import type { PayloadRequest } from 'payload'

import { previewURL } from '../src/delivery/preview/adminPreview'
import { createRateLimits } from '../src/http/rateLimits'
import { createStaff } from './helpers/testPayload'
import { startHttp } from './helpers/httpServer'
import { useTestApp } from './helpers/testApp'

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, Answer | { $ref: string }> }>>
  components: { schemas: Record<string, unknown>; responses: Record<string, Answer> }
}
type Answer = { content?: Record<string, { schema: Record<string, unknown> }> }

const app = useTestApp({
  // The sample policies, opportunities and events too, so that every list and feed has items.
  prepare: async (payload) =>
    (await import('../src/content/seed')).seed(payload, { log: () => undefined, samples: true }),
  http: { readModel: true, rateLimits: createRateLimits({ env: { ...process.env, RATE_LIMIT_INQUIRIES: '3/600' } }) },
})
let doc: Doc
const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false })
const compiled = new Map<string, ValidateFunction>()
const exercised = new Set<string>()
const failures: string[] = []
let checks = 0

beforeAll(async () => {
  doc = await (await fetch(`${app.http.url}/api/openapi.json`)).json()
})

/** The documented answer for this path template, method and status. */
function answerFor(template: string, method: string, status: number): Answer | undefined {
  const responses = doc.paths[template]?.[method]?.responses
  if (!responses) return undefined
  const found = responses[String(status)]
  if (!found) return undefined
  return '$ref' in found ? doc.components.responses[found.$ref.split('/').pop()!] : found
}

/**
 * Requests `url` and checks the answer against the document's entry for `template` and `method`:
 * its status must be documented, its content type too, and a JSON body must validate.
 */
async function check(template: string, url: string, init: RequestInit = {}, expected?: number) {
  const method = (init.method ?? 'get').toLowerCase()
  const response = await fetch(`${app.http.url}${url}`, init)
  const body = await response.text()
  checks++
  exercised.add(`${method} ${template}`)
  const where = `${method.toUpperCase()} ${url} → ${response.status}`
  if (expected !== undefined && response.status !== expected) {
    failures.push(`${where}: expected ${expected}: ${body.slice(0, 200)}`)
    return undefined
  }
  const answer = answerFor(template, method, response.status)
  if (!answer) {
    failures.push(`${where}: status not in the document`)
    return undefined
  }
  const type = (response.headers.get('content-type') ?? '').split(';')[0]
  const content = answer.content?.[type]
  if (!content) {
    failures.push(`${where}: content type ${type} not in the document (${Object.keys(answer.content ?? {})})`)
    return undefined
  }
  if (type !== 'application/json') return body
  const key = `${method} ${template} ${response.status}`
  let validate = compiled.get(key)
  if (!validate) {
    validate = ajv.compile({ ...content.schema, components: doc.components })
    compiled.set(key, validate)
  }
  const json = JSON.parse(body)
  if (!validate(json)) {
    failures.push(`${where}: ${JSON.stringify(validate.errors?.slice(0, 3))}`)
  }
  return json
}

const PUBLIC_COLLECTIONS = ['parks', 'industries', 'announcements', 'policies', 'opportunities', 'events']

describe('the OpenAPI document matches every public answer', () => {
  it('lists and documents by id, in zh and en, at depth 0, 1 and 2', async () => {
    for (const slug of [...PUBLIC_COLLECTIONS, 'media', 'redirects', 'search-index']) {
      const list = `/api/${slug}`
      for (const locale of ['zh', 'en']) {
        for (const depth of [0, 1, 2]) {
          const page = await check(list, `${list}?locale=${locale}&depth=${depth}&limit=20`, {}, 200)
          for (const item of (page?.docs ?? []).slice(0, 3)) {
            await check(`${list}/{id}`, `${list}/${item.id}?locale=${locale}&depth=${depth}`, {}, 200)
          }
        }
        await check(list, `${list}?locale=${locale}&fallback-locale=none&limit=5`, {}, 200)
      }
      await check(`${list}/{id}`, `${list}/987654321`, {}, 404)
      await check(list, `${list}?limit=1000`, {}, 400)
    }
  })

  it('select and populate give answers the document still describes', async () => {
    await check('/api/announcements', '/api/announcements?select[title]=true&select[slug]=true&depth=1', {}, 200)
    await check(
      '/api/announcements',
      '/api/announcements?depth=1&populate[parks][name]=true&populate[parks][slug]=true',
      {},
      200,
    )
    await check('/api/parks', '/api/parks?select[name]=true&select[industries]=true&depth=2', {}, 200)
    await check('/api/events', '/api/events?when=upcoming&locale=en', {}, 200)
    await check('/api/events', '/api/events?when=past&depth=0', {}, 200)
    await check('/api/events', '/api/events?when=soon', {}, 400)
  })

  it('globals, search, sitemap and the inquiry form', async () => {
    for (const slug of ['site-settings', 'zone-profile', 'navigation']) {
      for (const locale of ['zh', 'en']) {
        for (const depth of [0, 1, 2]) {
          await check(`/api/globals/${slug}`, `/api/globals/${slug}?locale=${locale}&depth=${depth}`, {}, 200)
        }
      }
    }
    await check('/api/search', `/api/search?q=${encodeURIComponent('金桥')}&locale=zh`, {}, 200)
    await check('/api/search', '/api/search?q=Jinqiao&locale=en&collection=parks', {}, 200)
    await check('/api/search', '/api/search', {}, 400)
    await check('/api/sitemap', '/api/sitemap', {}, 200)
    await check('/api/inquiries/challenge', '/api/inquiries/challenge', {}, 200)
    await check('/api/inquiries/export.csv', '/api/inquiries/export.csv', {}, 403)

    // Preview: a link the admin gives a staff member, exchanged for the draft.
    const editor = await createStaff(app.payload, 'editor')
    const news = await app.payload.find({ collection: 'announcements', limit: 1, depth: 0 })
    const req = { user: editor, payload: app.payload } as unknown as PayloadRequest
    const token = new URL(previewURL(req, 'announcements', news.docs[0].id, 'en')!).searchParams.get('token')!
    await check('/api/preview', `/api/preview?token=${encodeURIComponent(token)}&locale=en`, {}, 200)
    await check('/api/preview', `/api/preview?token=${encodeURIComponent(token)}&depth=0`, {}, 200)
    await check('/api/preview', '/api/preview?token=forged.token', {}, 401)

    const inquiry = {
      company: 'Contract Robotics',
      contactName: 'Li Wei',
      email: 'li.wei@example.com',
      country: 'China',
      message: 'We would like to rent 2,000 m² of factory space.',
      consent: true,
      language: 'en',
    }
    const post = (data: unknown) => ({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(data),
    })
    await check('/api/inquiries', '/api/inquiries', post({ ...inquiry, email: 'not an address' }), 400)
    await check('/api/inquiries', '/api/inquiries', post(inquiry), 201)
    // RATE_LIMIT_INQUIRIES 3/600 here: the fourth from this address is refused.
    await check('/api/inquiries', '/api/inquiries', post(inquiry))
    await check('/api/inquiries', '/api/inquiries', post(inquiry), 429)
  })

  it('feeds: RSS, Atom and iCalendar, and their 404', async () => {
    const events = await (await fetch(`${app.http.url}/api/events?depth=0&limit=1`)).json()
    const slug = events.docs[0].slug
    for (const locale of ['zh', 'en']) {
      await check('/feeds/announcements.{locale}.xml', `/feeds/announcements.${locale}.xml`, {}, 200)
      await check('/feeds/announcements.{locale}.atom', `/feeds/announcements.${locale}.atom`, {}, 200)
      await check('/feeds/announcements/{category}.{locale}.xml', `/feeds/announcements/news.${locale}.xml`, {}, 200)
      await check(
        '/feeds/announcements/{category}.{locale}.atom',
        `/feeds/announcements/notice.${locale}.atom`,
        {},
        200,
      )
      await check('/feeds/policies.{locale}.xml', `/feeds/policies.${locale}.xml`, {}, 200)
      await check('/feeds/policies.{locale}.atom', `/feeds/policies.${locale}.atom`, {}, 200)
      await check('/feeds/events.{locale}.ics', `/feeds/events.${locale}.ics`, {}, 200)
      await check('/feeds/events/{slug}.{locale}.ics', `/feeds/events/${slug}.${locale}.ics`, {}, 200)
    }
    await check('/feeds/events/{slug}.{locale}.ics', '/feeds/events/no-such-event.zh.ics', {}, 404)
    await check('/feeds/announcements/{category}.{locale}.xml', '/feeds/announcements/gossip.zh.xml', {}, 404)
  })

  it('a 503 (no answer in time) is the documented error answer', async () => {
    const previous = process.env.REQUEST_TIMEOUT_MS
    process.env.REQUEST_TIMEOUT_MS = '1'
    const slow = await startHttp(app.payload, { readModel: false })
    if (previous === undefined) delete process.env.REQUEST_TIMEOUT_MS
    else process.env.REQUEST_TIMEOUT_MS = previous
    // A database that takes 50 ms to answer: longer than this server's 1 ms.
    const find = app.payload.db.find
    const delayed = jest
      .spyOn(app.payload.db, 'find')
      .mockImplementation(
        async (args) =>
          (await new Promise((resolve) => setTimeout(resolve, 50)), find.call(app.payload.db, args)) as never,
      )
    try {
      const response = await fetch(`${slow.url}/api/announcements?depth=2&limit=99&locale=en&sort=-updatedAt`)
      const answer = answerFor('/api/announcements', 'get', response.status)
      expect(response.status).toBe(503)
      const validate = ajv.compile({ ...answer!.content!['application/json'].schema, components: doc.components })
      expect(validate(await response.json())).toBe(true)
      exercised.add('503')
    } finally {
      delayed.mockRestore()
      await slow.close()
    }
  })

  it('every documented path was exercised, with 0 failures', () => {
    const documented = Object.entries(doc.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method} ${path}`),
    )
    expect(failures).toEqual([])
    expect(documented.filter((entry) => !exercised.has(entry))).toEqual([])
    expect(checks).toBeGreaterThan(150)
    process.stdout.write(
      `OpenAPI contract: ${checks} live answers validated over ${documented.length} documented operations, 0 failures.\n`,
    )
  })
})
