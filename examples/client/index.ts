/**
 * A typed client for the public API: openapi-fetch over the types openapi-typescript generates from
 * GET /api/openapi.json (`npm run generate:client` writes ./schema.d.ts). Every path, parameter and
 * answer is typed; a wrong field or parameter is a compile error.
 *
 *   const cms = createJinqiaoClient('https://cms.example.gov.cn', { apiKey: process.env.CMS_API_KEY })
 *   const { data, error } = await cms.GET('/api/announcements', {
 *     params: { query: { locale: 'en', limit: 10, sort: '-publishedAt', where: { category: { equals: 'news' } } } },
 *   })
 */
import createClient from 'openapi-fetch'
import { stringify } from 'qs-esm'

import type { components, paths } from './schema'

export type { paths }
export type Schemas = components['schemas']

export function createJinqiaoClient(baseUrl: string, { apiKey }: { apiKey?: string } = {}) {
  return createClient<paths>({
    baseUrl,
    headers: apiKey ? { Authorization: `api-keys API-Key ${apiKey}` } : {},
    // Payload reads nested filters in bracket form (where[and][0][slug][equals]=…), as qs writes them.
    querySerializer: (query) => stringify(query, { encodeValuesOnly: true }),
  })
}
