/**
 * Fuzzing REST reads: generated query strings (where trees, operator injection, catastrophic patterns,
 * nesting hundreds deep) on every collection, and invalid ids and paths (traversal, bad encodings), read
 * and written. See harness.ts for what is asserted afterwards.
 */
import fc from 'fast-check'

import { answered, anyId, COLLECTIONS, describeFuzzing, percent, queryString, RUNS, send, TIMEOUT } from './harness'

describeFuzzing('REST queries and ids', { requests: RUNS.query + RUNS.ids + 6 }, () => {
  it(
    'queries: where trees, operator injection, catastrophic patterns, deep nesting',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...COLLECTIONS),
          queryString,
          fc.boolean(),
          async (collection, query, auth) => {
            answered(await send('query', `/api/${collection}?${query}`, { auth }))
          },
        ),
        { numRuns: RUNS.query },
      )
    },
    TIMEOUT,
  )

  it(
    'ids and paths: invalid ids, path traversal',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...COLLECTIONS),
          anyId,
          fc.constantFrom('GET', 'DELETE', 'PATCH'),
          fc.boolean(),
          fc.constantFrom('', '/file', '/versions'),
          async (collection, id, method, signedIn, prefix) => {
            // The admin only reads: an admin's DELETE of an id that exists is a legitimate write.
            const auth = signedIn && method === 'GET'
            const route =
              prefix === '/file' ? `/api/media/file/${percent(id)}` : `/api/${collection}${prefix}/${percent(id)}`
            answered(
              await send('ids', route, {
                method,
                auth,
                headers: { 'content-type': 'application/json' },
                body: '{"title":"x"}',
              }),
            )
          },
        ),
        { numRuns: RUNS.ids },
      )
      for (const raw of [
        '/api/media/file/..%2F..%2F..%2Fetc%2Fpasswd',
        '/api/media/file/../../package.json',
        '/api/../package.json',
        '/api/media/file/%2e%2e/%2e%2e/package.json',
        '/api/media/file/%ZZ',
        '/api/parks/%E0%A4%A',
      ]) {
        answered(await send('ids', raw))
      }
    },
    TIMEOUT,
  )
})
