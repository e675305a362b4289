/**
 * The website's GraphQL tooling reads the schema from the running CMS: GET /api/graphql/schema.graphql
 * gives the SDL to API keys and staff, not to the public, and GraphQL Code Generator turns it and the
 * site's queries into typed operations.
 */
import crypto from 'node:crypto'

import { codegen } from '@graphql-codegen/core'
import * as typescript from '@graphql-codegen/typescript'
import * as typescriptOperations from '@graphql-codegen/typescript-operations'
import { buildSchema, parse, validate } from 'graphql'

import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

const key = crypto.randomUUID()
const app = useTestApp({
  http: true,
  prepare: (payload) =>
    payload.create({
      collection: 'api-keys',
      data: { name: 'Website (read)', scope: 'read', enableAPIKey: true, apiKey: key },
    }),
})
const schemaUrl = () => `${app.http.url}/api/graphql/schema.graphql`

const HOME = /* GraphQL */ `
  query Home($locale: LocaleInputType!) {
    Announcements(locale: $locale, limit: 5, sort: "-publishedAt") {
      docs {
        id
        title
        slug
        publishedAt
      }
    }
    ZoneProfile(locale: $locale) {
      name
      keyFigures {
        label
        value
        unit
      }
    }
  }
`

describe('the GraphQL schema for the site’s tooling', () => {
  it('is refused to anonymous callers, with a message', async () => {
    const response = await fetch(schemaUrl())
    expect(response.status).toBe(401)
    expect((await response.json()).errors[0].message).toMatch(/API keys and staff/)
  })

  it('is served to signed-in staff, not to an account that must first change its password', async () => {
    const editor = await createStaff(app.payload, 'editor')
    const login = async (email: string) =>
      (await app.payload.login({ collection: 'users', data: { email, password: 'correct-horse-battery' } })).token!
    const ok = await fetch(schemaUrl(), { headers: { authorization: `JWT ${await login(editor.email)}` } })
    expect(ok.status).toBe(200)
    const pending = await createStaff(app.payload, 'editor')
    await app.payload.update({ collection: 'users', id: pending.id, data: { mustChangePassword: true } })
    const refused = await fetch(schemaUrl(), { headers: { authorization: `JWT ${await login(pending.email)}` } })
    expect(refused.status).toBe(401)
  })

  it('is served as SDL to an API key, and GraphQL Code Generator types the site’s queries with it', async () => {
    const response = await fetch(schemaUrl(), { headers: { authorization: `api-keys API-Key ${key}` } })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/application\/graphql/)
    const sdl = await response.text()
    const schema = buildSchema(sdl)
    expect(schema.getQueryType()?.getFields()).toHaveProperty('Announcements')
    const document = parse(HOME)
    expect(validate(schema, document)).toEqual([])
    const output = await codegen({
      schema: parse(sdl),
      documents: [{ document }],
      filename: 'site-graphql.ts',
      config: {},
      plugins: [{ typescript: {} }, { typescriptOperations: {} }],
      pluginMap: { typescript, typescriptOperations },
    })
    expect(output).toContain('export type HomeQuery')
    expect(output).toContain('export type HomeQueryVariables')
    // The operation's variables and fields are typed from the live schema.
    expect(output).toMatch(/locale: LocaleInputType/)
    // A field the schema lacks is caught before the site ships.
    expect(validate(schema, parse('{ Announcements { docs { noSuchField } } }'))).toHaveLength(1)
  })
})
