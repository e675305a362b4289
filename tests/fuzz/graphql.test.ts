/** Fuzzing GraphQL: depth and alias bombs, directive floods, fragment cycles, batches, garbage. */
import fc from 'fast-check'

import { answered, anyText, CATASTROPHIC, describeFuzzing, NASTY_STRINGS, RUNS, send, TIMEOUT } from './harness'

describeFuzzing('GraphQL', { requests: RUNS.graphql + 2 }, () => {
  it(
    'depth and alias bombs, fragment cycles, garbage',
    async () => {
      const nested = (levels: number) =>
        `{ Industries { docs { ${'parent { '.repeat(levels)}slug${' }'.repeat(levels)} } } }`
      const crossNested = (levels: number) => {
        let inner = 'slug'
        for (let i = 0; i < levels; i++) inner = i % 2 ? `industries { ${inner} }` : `parks { docs { ${inner} } }`
        return `{ Parks { docs { industries { ${inner} } } } }`
      }
      const aliases = (n: number) =>
        `{ ${Array.from({ length: n }, (_, i) => `a${i}: Parks { docs { slug name } }`).join(' ')} }`
      const query = fc.oneof(
        fc.integer({ min: 1, max: 60 }).map(nested),
        fc.integer({ min: 1, max: 40 }).map(crossNested),
        fc.integer({ min: 2, max: 3_000 }).map(aliases),
        fc.integer({ min: 2, max: 2_000 }).map((n) => `{ Parks ${'@include(if: true) '.repeat(n)}{ docs { slug } } }`),
        fc.constant('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'),
        fc.constant('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }'),
        fc
          .tuple(fc.constantFrom(...CATASTROPHIC, ...NASTY_STRINGS))
          .map(([p]) => `{ Parks(where: { name: { like: ${JSON.stringify(p)} } }) { docs { slug } } }`),
        fc
          .tuple(fc.constantFrom('equals', 'like', 'in', 'not_equals', 'exists'), fc.constantFrom(...NASTY_STRINGS))
          .map(
            ([op, p]) =>
              `{ Industries(where: { parent: { ${op}: ${JSON.stringify(op === 'in' ? [p] : p)} } }) { docs { slug } } }`,
          ),
        fc.constantFrom(
          '{ Users { docs { email hash salt } } }',
          '{ Inquiries { docs { email } } }',
          'mutation { createPark(data: { name: "x" }) { id } }',
          'mutation { loginUser(email: "victim@fuzz.local", password: "x") { token } }',
          'subscription { x }',
          '{',
          '}'.repeat(1000),
          '',
        ),
        fc.string({ maxLength: 300 }),
      )
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(
            fc
              .record({ query, variables: fc.option(fc.jsonValue({ maxDepth: 2 })), operationName: fc.option(anyText) })
              .map((b) => JSON.stringify(b)),
            fc.array(fc.record({ query }), { minLength: 2, maxLength: 20 }).map((batch) => JSON.stringify(batch)),
            fc.jsonValue().map((v) => JSON.stringify(v)),
            fc.string({ maxLength: 200 }),
          ),
          fc.oneof(
            { arbitrary: fc.constant('application/json'), weight: 6 },
            fc.constantFrom('application/graphql', 'text/plain', 'application/graphql-response+json'),
          ),
          async (body, type) => {
            answered(await send('graphql', '/api/graphql', { method: 'POST', headers: { 'content-type': type }, body }))
          },
        ),
        { numRuns: RUNS.graphql },
      )
      for (const route of ['/api/graphql?query={Parks{docs{slug}}}', '/api/graphql-playground'])
        answered(await send('graphql', route))
    },
    TIMEOUT,
  )
})
