/**
 * Fuzzing the two forms anyone may send: login (operator injection, wrong types, huge values; no
 * generated body signs anyone in) and investor inquiries (hostile and half-valid submissions).
 */
import fc from 'fast-check'

import {
  ADMIN,
  answered,
  anyText,
  describeFuzzing,
  INJECTION_KEYS,
  RUNS,
  send,
  TIMEOUT,
  VICTIM,
  whereTree,
} from './harness'

describeFuzzing('the public forms', { requests: RUNS.login + RUNS.inquiries }, () => {
  it(
    'login: operator injection, wrong types, huge values',
    async () => {
      const credential = fc.oneof(
        anyText,
        fc.constantFrom(VICTIM, ADMIN.email.toUpperCase(), ` ${VICTIM} `),
        fc.dictionary(fc.constantFrom(...INJECTION_KEYS), anyText, { minKeys: 1, maxKeys: 2 }),
        fc.array(anyText, { maxLength: 3 }),
        fc.integer(),
        fc.constant(null),
        fc.constant('x'.repeat(200_000)),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc.record({ email: credential, password: credential }, { requiredKeys: [] }),
            fc.jsonValue({ maxDepth: 2 }),
          ),
          fc.boolean(),
          async (body, malformed) => {
            const text = malformed ? JSON.stringify(body).slice(0, -1) : JSON.stringify(body)
            const outcome = await send('login', '/api/users/login', {
              method: 'POST',
              headers: { 'content-type': 'application/json' },
              body: text,
            })
            answered(outcome)
            expect(outcome.status).not.toBe(200)
          },
        ),
        { numRuns: RUNS.login },
      )
    },
    TIMEOUT,
  )

  it(
    'inquiries: hostile and half-valid submissions',
    async () => {
      const valid = {
        company: 'Fuzz Robotics GmbH',
        contactName: 'Ada',
        email: 'ada@example.com',
        country: 'Germany',
        message: 'We would like to build a robotics plant in the zone.',
        consent: true,
      }
      await fc.assert(
        fc.asyncProperty(
          fc.dictionary(
            fc.constantFrom(
              ...Object.keys(valid),
              'industries',
              'parks',
              'status',
              'assignee',
              'notes',
              'website',
              'id',
              'createdAt',
              ...INJECTION_KEYS,
            ),
            fc.oneof(anyText, fc.jsonValue({ maxDepth: 2 }), whereTree),
            { maxKeys: 4 },
          ),
          fc.boolean(),
          async (override, startValid) => {
            const body = JSON.stringify(startValid ? { ...valid, ...override } : override)
            answered(
              await send('inquiries', '/api/inquiries', {
                method: 'POST',
                headers: { 'content-type': 'application/json' },
                body,
              }),
            )
          },
        ),
        // Found by CI: JavaScript reads "0" as a date, PostgreSQL does not (it was a 500).
        {
          numRuns: RUNS.inquiries,
          examples: [
            [{ createdAt: '0' }, true],
            [{ createdAt: '0,' }, true],
          ],
        },
      )
    },
    TIMEOUT,
  )
})
