/**
 * Fuzzing what clients write: malformed JSON, wrong content types, hostile keys and multipart that is
 * not (as the admin and anonymously), staff drafts with dates in every shape, and oversized bodies sent
 * to inquiries, GraphQL, login, a collection and the media upload. See harness.ts for what is asserted
 * afterwards: only accepted writes may leave anything behind.
 */
import fc from 'fast-check'

import {
  answered,
  anyId,
  anyKey,
  anyText,
  COLLECTIONS,
  describeFuzzing,
  multipartBody,
  percent,
  plainImage,
  RUNS,
  type Send,
  send,
  sendHuge,
  TIMEOUT,
  whereTree,
} from './harness'

describeFuzzing('writes', { requests: RUNS.writes + RUNS.dates + 5 }, () => {
  it(
    'REST: malformed JSON, wrong content types, hostile keys',
    async () => {
      const isJson = (text: string) => {
        try {
          JSON.parse(text)
          return true
        } catch {
          return false
        }
      }
      // Never valid JSON (nor empty, which Payload reads as {}): the admin's writes must all be refused.
      const malformedJson = fc.oneof(
        fc.string({ minLength: 1, maxLength: 200 }).filter((text) => !isJson(text)),
        fc
          .jsonValue()
          .map((v) => JSON.stringify(v).slice(0, -1))
          .filter((text) => text.length > 0 && !isJson(text)),
        fc.constantFrom(
          '{',
          '{"a":',
          '[1,2',
          '{"__proto__":',
          'nul',
          '{"a":1}}',
          '\u0000',
          '{"a":"\\uZZZZ"}',
          '{'.repeat(10_000),
          '['.repeat(100_000),
        ),
      )
      const hostileObject = fc.dictionary(anyKey, fc.oneof(anyText, whereTree, fc.jsonValue({ maxDepth: 3 })), {
        maxKeys: 6,
      })
      await fc.assert(
        fc.asyncProperty(
          // (An admin may write their own preferences: not a refused request.)
          fc.constantFrom(...COLLECTIONS.filter((c) => c !== 'inquiries' && c !== 'payload-preferences')),
          fc.oneof(
            fc.constant(''),
            anyId.map((id) => `/${percent(id)}`),
            fc.constant('/1'),
          ),
          fc.constantFrom('POST', 'PATCH', 'PUT'),
          fc.oneof(
            malformedJson.map((body) => ({ body, type: 'application/json', auth: true })),
            // Valid JSON, but not a document: a string, a number, a list, null.
            fc
              .oneof(fc.string(), fc.double(), fc.array(fc.jsonValue({ maxDepth: 1 })), fc.constant(null), fc.boolean())
              .map((v) => ({ body: JSON.stringify(v), type: 'application/json', auth: true })),
            // Multipart that is not: no boundary, a wrong one, a cut one, an _payload that is not an object.
            fc
              .tuple(
                fc.constantFrom(
                  '',
                  '--x\r\n',
                  '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n"str"\r\n--x--\r\n',
                  '--x\r\nContent-Disposition: form-data; name="_payload"\r\n\r\n{bad\r\n--x--\r\n',
                  '--x\r\nGarbage\r\n\r\n',
                ),
                fc.constantFrom(
                  'multipart/form-data',
                  'multipart/form-data; boundary=x',
                  'multipart/form-data; boundary=',
                ),
              )
              .map(([body, type]) => ({ body, type, auth: true })),
            hostileObject.map((o) => ({ body: JSON.stringify(o), type: 'application/json', auth: false })),
            fc
              .tuple(
                fc.string(),
                fc.constantFrom(
                  'text/plain',
                  'application/x-www-form-urlencoded',
                  'multipart/form-data',
                  'application/xml',
                  'application/json; charset=utf-7',
                  '',
                ),
              )
              .map(([body, type]) => ({ body, type, auth: false })),
          ),
          async (collection, suffix, method, { body, type, auth }) => {
            answered(
              await send('writes', `/api/${collection}${suffix}`, {
                method,
                auth,
                body,
                headers: type ? { 'content-type': type } : {},
              }),
            )
          },
        ),
        { numRuns: RUNS.writes },
      )
    },
    TIMEOUT,
  )

  it(
    'REST by staff: dates in every shape a client may send',
    async () => {
      const dateLike = fc.oneof(
        fc.constantFrom('0', '0,', '2024', '-1', '1 1', '2024-02-30', '2024-13-01', '24:00', 'March 3', '', ' '),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
        fc.integer({ min: -1e15, max: 1e15 }),
        fc.string({ maxLength: 30 }),
        fc.stringMatching(/^\d{1,6}-\d{1,2}-\d{1,2}([T ]\d{1,2}:\d{2})?$/),
      )
      const dated = {
        announcements: ['publishedAt', 'createdAt'],
        events: ['startsAt', 'endsAt', 'updatedAt'],
        policies: ['effectiveFrom', 'effectiveUntil'],
      } as const
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...(Object.keys(dated) as (keyof typeof dated)[])),
          fc.nat(),
          dateLike,
          async (collection, pick, value) => {
            const field = dated[collection][pick % dated[collection].length]
            answered(
              await send('writes', `/api/${collection}?draft=true`, {
                method: 'POST',
                auth: true,
                body: JSON.stringify({ title: `Fuzz date ${pick}`, [field]: value }),
                headers: { 'content-type': 'application/json' },
              }),
            )
          },
        ),
        { numRuns: RUNS.dates },
      )
    },
    TIMEOUT,
  )

  it(
    'oversized bodies (20–60 MB): refused with 413, without reading them into memory',
    async () => {
      const huge = (mb: number) => Buffer.alloc(mb * 1024 * 1024, 'a')
      const json = (route: string, body: string, auth?: boolean): [string, Send] => [
        route,
        { method: 'POST', auth, headers: { 'content-type': 'application/json' }, body },
      ]
      const cases: [string, Send][] = [
        json('/api/inquiries', `{"message":"${huge(30).toString()}"}`),
        json('/api/graphql', `{"query":"{ Parks { docs { slug } } }","x":"${huge(30).toString()}"}`),
        json('/api/users/login', `{"email":"${huge(20).toString()}"}`),
        json('/api/parks', `{"name":"${huge(30).toString()}"}`, true),
      ]
      const upload = multipartBody([
        { name: '_payload', data: JSON.stringify({ alt: 'huge' }) },
        {
          name: 'file',
          filename: 'huge.png',
          type: 'image/png',
          data: Buffer.concat([await plainImage('png', '#205080'), huge(60)]),
        },
      ])
      cases.push([
        '/api/media',
        { method: 'POST', auth: true, headers: { 'content-type': upload.contentType }, body: upload.body },
      ])
      for (const [route, init] of cases) {
        const outcome = await sendHuge(route, init)
        answered(outcome)
        expect([route, outcome.status]).toEqual([route, 413])
      }
    },
    TIMEOUT,
  )
})
