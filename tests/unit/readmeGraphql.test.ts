import fs from 'node:fs'
import path from 'node:path'

import { buildSchema, parse, validate } from 'graphql'

/** The GraphQL queries the README offers the website's developers must run against the real schema. */

const root = path.resolve(import.meta.dirname, '../..')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const schema = buildSchema(fs.readFileSync(path.join(root, 'src/generated-schema.graphql'), 'utf8'))
const blocks = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]!)

describe('README GraphQL examples', () => {
  it('there are examples to check', () => {
    expect(blocks.length).toBeGreaterThan(0)
  })

  it.each(blocks.map((block, i) => [i + 1, block]))(
    'block %i is valid against src/generated-schema.graphql',
    (_, block) => {
      const errors = validate(schema, parse(block as string)).map((e) => e.message)
      expect(errors).toEqual([])
    },
  )
})
