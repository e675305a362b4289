import { configToJSONSchema, type Field, type SanitizedConfig } from 'payload'

import { MAX_LIMIT } from '../../http/validateApiRequest'
import { collectionTrust, globalTrust, isPublicReader } from '../../workflow/access/trust'
import {
  answer,
  COMMON_ERRORS,
  json,
  localeParameter,
  ref,
  type JsonSchema,
  type Operation,
  type Parameter,
  type PathItem,
} from './declare'

/**
 * The public API's OpenAPI 3.1 document, built from what the server really runs:
 * - one schema per public collection and global, from Payload's own JSON Schema of the config (the one
 *   payload-types.ts is generated from), with relationships as "an id, or the document at depth ≥ 1";
 * - the list, by-id, global and create paths the trust declaration makes public;
 * - the custom endpoints' own declarations (`custom.openapi` on a Payload endpoint, or a path item
 *   of a route Express serves, passed in `expressPaths`).
 * Every property but `id` is optional, because `select` and `populate` leave fields out; localized
 * text may be null when `fallback-locale=none` and the translation is missing.
 */
export function buildOpenApi(
  config: SanitizedConfig,
  idType: 'number' | 'text',
  expressPaths: Record<string, PathItem>,
): Record<string, unknown> {
  const api = config.routes.api
  const definitions = configToJSONSchema(config, idType).definitions as Record<string, JsonSchema>
  const idSchema: JsonSchema = idType === 'number' ? { type: 'integer' } : { type: 'string' }
  const paths: Record<string, PathItem> = {}
  const add = (path: string, method: keyof PathItem, operation: Operation) => {
    paths[path] = { ...paths[path], [method]: operation }
  }

  for (const collection of config.collections) {
    const slug = collection.slug
    const trust = collectionTrust(slug)
    if (!trust) continue
    const title = String(definitions[slug]?.title ?? slug)
    const tag = title
    relax(definitions[slug], collection.flattenedFields as Field[])
    if (isPublicReader(trust.read)) {
      add(`${api}/${slug}`, 'get', {
        operationId: `list${pascal(slug)}`,
        summary: `List ${slug}`,
        tags: [tag],
        parameters: [...listParameters(slug), ...readParameters()],
        responses: {
          '200': { description: `A page of ${slug}.`, content: json(page(ref(slug))) },
          ...COMMON_ERRORS,
        },
      })
      add(`${api}/${slug}/{id}`, 'get', {
        operationId: `get${pascal(slug)}`,
        summary: `One ${title} by id`,
        tags: [tag],
        parameters: [{ name: 'id', in: 'path', required: true, schema: idSchema }, ...readParameters()],
        responses: {
          '200': { description: `The ${title}.`, content: json(ref(slug)) },
          '404': answer('NotFound') as never,
          ...COMMON_ERRORS,
        },
      })
    }
    if (trust.create === 'anyone') {
      add(`${api}/${slug}`, 'post', {
        operationId: `create${pascal(slug)}`,
        summary: `Create ${title}`,
        tags: [tag],
        parameters: [localeParameter()],
        requestBody: { required: true, content: json(ref(slug)) },
        responses: {
          '201': {
            description: 'Created.',
            content: json({
              type: 'object',
              required: ['message', 'doc'],
              properties: { message: { type: 'string' }, doc: ref(slug) },
            }),
          },
          ...COMMON_ERRORS,
        },
      })
    }
    for (const endpoint of collection.endpoints || []) {
      const operation = (endpoint.custom as { openapi?: Operation } | undefined)?.openapi
      if (operation) add(`${api}/${slug}${pathOf(endpoint.path)}`, endpoint.method as keyof PathItem, operation)
    }
  }

  for (const global of config.globals) {
    const trust = globalTrust(global.slug)
    if (!trust || !isPublicReader(trust.read)) continue
    relax(definitions[global.slug], global.flattenedFields as Field[], false)
    // Payload names the global in its answer.
    Object.assign(definitions[global.slug].properties as object, { globalType: { type: 'string', const: global.slug } })
    add(`${api}/globals/${global.slug}`, 'get', {
      operationId: `getGlobal${pascal(global.slug)}`,
      summary: `The ${global.slug} global`,
      tags: ['Globals'],
      parameters: readParameters(),
      responses: {
        '200': { description: `The ${global.slug} global.`, content: json(ref(global.slug)) },
        ...COMMON_ERRORS,
      },
    })
  }

  for (const endpoint of config.endpoints) {
    const operation = (endpoint.custom as { openapi?: Operation } | undefined)?.openapi
    if (operation) add(`${api}${pathOf(endpoint.path)}`, endpoint.method as keyof PathItem, operation)
  }
  for (const [path, item] of Object.entries(expressPaths)) {
    for (const [method, operation] of Object.entries(item)) add(path, method as keyof PathItem, operation)
  }

  const shared: Record<string, JsonSchema> = {
    Error: {
      type: 'object',
      required: ['errors'],
      properties: {
        errors: {
          type: 'array',
          items: { type: 'object', required: ['message'], properties: { message: { type: 'string' } } },
        },
      },
    },
  }
  const schemas: Record<string, JsonSchema> = { ...shared }
  // Only what the paths use, and what that uses in turn.
  const pending = [...refsIn(paths)]
  while (pending.length) {
    const name = pending.pop()!
    if (schemas[name]) continue
    const definition = definitions[name]
    if (!definition) throw new Error(`The OpenAPI document refers to ${name}, which the config does not define.`)
    schemas[name] = rewrite(definition) as JsonSchema
    pending.push(...refsIn(schemas[name]))
  }

  const errorAnswer = (description: string, headers?: Record<string, unknown>) => ({
    description,
    ...(headers ? { headers } : {}),
    content: json(ref('Error')),
  })
  return {
    openapi: '3.1.0',
    info: {
      title: 'Jinqiao Zone CMS — public content API',
      version: '1.0.0',
      description:
        'Parks, industries, announcements, policies, opportunities, events and site data of the Jinqiao ' +
        'Economic and Technological Development Zone, in zh and en. Anonymous answers show published content ' +
        'only. Lists take Payload query parameters in bracket form: `where[slug][equals]=…` (curl needs `-g`).',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      responses: {
        BadRequest: errorAnswer('The request cannot be answered as asked; the message says what to change.'),
        NotFound: errorAnswer('No such document, or not one the caller may read.'),
        TooManyRequests: errorAnswer('A rate limit ran out; the message names which, and when to retry.', {
          'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' },
        }),
        Unavailable: errorAnswer('The server cannot answer now (database unreachable, or no answer in time).', {
          'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' },
        }),
      },
      securitySchemes: {
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'Authorization',
          description: 'The website server’s key: `Authorization: api-keys API-Key <key>`.',
        },
      },
    },
  }
}

function listParameters(slug: string): Parameter[] {
  const parameters: Parameter[] = [
    {
      name: 'where',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: 'Filter in bracket form, e.g. `where[slug][equals]=south-park`.',
      schema: { type: 'object', additionalProperties: true },
    },
    {
      name: 'limit',
      in: 'query',
      description: `Documents per page (anonymous readers: 1–${MAX_LIMIT}).`,
      schema: { type: 'integer', minimum: 0, default: 10 },
    },
    { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
    {
      name: 'sort',
      in: 'query',
      description: 'A field name, `-` first for descending, e.g. `-publishedAt`.',
      schema: { type: 'string' },
    },
  ]
  if (slug === 'events') {
    parameters.push({
      name: 'when',
      in: 'query',
      description: '`upcoming`: not yet ended, soonest first; `past`: ended, latest first.',
      schema: { type: 'string', enum: ['upcoming', 'past'] },
    })
  }
  return parameters
}

function readParameters(): Parameter[] {
  return [
    localeParameter(),
    {
      name: 'fallback-locale',
      in: 'query',
      description: '`none`: leave missing translations empty (null) instead of showing the other language.',
      schema: { type: 'string', enum: ['zh', 'en', 'none'] },
    },
    {
      name: 'depth',
      in: 'query',
      description: 'How deep related documents are included in full; 0 gives their ids.',
      schema: { type: 'integer', minimum: 0, maximum: 10, default: 2 },
    },
    {
      name: 'select',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: 'Only these fields, e.g. `select[title]=true&select[slug]=true`.',
      schema: { type: 'object', additionalProperties: true },
    },
    {
      name: 'populate',
      in: 'query',
      style: 'deepObject',
      explode: true,
      description: 'Fields of related documents, e.g. `populate[parks][name]=true`.',
      schema: { type: 'object', additionalProperties: true },
    },
    {
      name: 'draft',
      in: 'query',
      description: 'Preview keys and staff only: the newest draft instead of the published version.',
      schema: { type: 'boolean' },
    },
  ]
}

const page = (item: JsonSchema): JsonSchema => ({
  type: 'object',
  required: ['docs', 'totalDocs', 'limit', 'totalPages', 'page', 'hasPrevPage', 'hasNextPage'],
  properties: {
    docs: { type: 'array', items: item },
    totalDocs: { type: 'integer' },
    limit: { type: 'integer' },
    totalPages: { type: 'integer' },
    page: { type: 'integer' },
    pagingCounter: { type: 'integer' },
    hasPrevPage: { type: 'boolean' },
    hasNextPage: { type: 'boolean' },
    prevPage: { type: ['integer', 'null'] },
    nextPage: { type: ['integer', 'null'] },
  },
})

/** `:id` → `{id}` */
const pathOf = (path: string): string => path.replace(/:([A-Za-z]+)/g, '{$1}')

const pascal = (slug: string): string =>
  slug
    .split(/[^A-Za-z0-9]+/)
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join('')

/**
 * A document schema as answers really are: only `id` always present (select, populate), and localized
 * text nullable (fallback-locale=none), also inside groups.
 */
function relax(schema: JsonSchema | undefined, fields: Field[], top = true): void {
  if (!schema) return
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>
  schema.required = top && properties.id ? ['id'] : []
  for (const field of fields) {
    if (!('name' in field) || !properties[field.name]) continue
    if ('localized' in field && field.localized) properties[field.name] = nullable(properties[field.name])
    if (field.type === 'group' && 'fields' in field) relax(properties[field.name], field.fields, false)
  }
}

function nullable(schema: JsonSchema): JsonSchema {
  const type = schema.type
  if (typeof type === 'string') return { ...schema, type: [type, 'null'], ...enumWithNull(schema) }
  if (Array.isArray(type))
    return type.includes('null') ? schema : { ...schema, type: [...type, 'null'], ...enumWithNull(schema) }
  return { anyOf: [schema, { type: 'null' }] }
}

const enumWithNull = (schema: JsonSchema) =>
  Array.isArray(schema.enum) && !schema.enum.includes(null) ? { enum: [...schema.enum, null] } : {}

/**
 * `#/definitions/x` → `#/components/schemas/x`; Payload's TypeScript hints left out; an optional select
 * (type string or null) also lists null among its values, as the answers have it.
 */
function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite)
  if (!value || typeof value !== 'object') return value
  const out: Record<string, unknown> = {
    ...(Array.isArray((value as JsonSchema).type) && ((value as JsonSchema).type as string[]).includes('null')
      ? enumWithNull(value as JsonSchema)
      : {}),
  }
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'tsType' || (key === 'enum' && out.enum)) continue
    if (key === '$ref' && typeof inner === 'string') out.$ref = inner.replace('#/definitions/', '#/components/schemas/')
    else out[key] = rewrite(inner)
  }
  return out
}

function refsIn(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found)
  else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/components/schemas/')) {
        found.add(inner.slice('#/components/schemas/'.length))
      } else if (key === '$ref' && typeof inner === 'string' && inner.startsWith('#/definitions/')) {
        found.add(inner.slice('#/definitions/'.length))
      } else refsIn(inner, found)
    }
  }
  return found
}
