import type { Endpoint, SanitizedConfig } from 'payload'

import { challengeOpenApi } from '../../promotion/Inquiries/challenge'
import { feedsOpenApi } from '../feeds/routes'
import type { PathItem } from './declare'
import { buildOpenApi } from './openapi'

/** Routes Express serves itself, each described where it is written. */
const expressPaths = (config: SanitizedConfig): Record<string, PathItem> => {
  const announcements = config.collections.find((collection) => collection.slug === 'announcements')
  const category = announcements?.fields.find((field) => 'name' in field && field.name === 'category')
  const categories =
    category && 'options' in category ? category.options.map((o) => (typeof o === 'string' ? o : o.value)) : []
  return { [`${config.routes.api}/inquiries/challenge`]: challengeOpenApi, ...feedsOpenApi(categories) }
}

/** The public API's OpenAPI document for this config and id type (SQL adapters: number; MongoDB: text). */
export const publicOpenApi = (config: SanitizedConfig, idType: 'number' | 'text') =>
  buildOpenApi(config, idType, expressPaths(config))

let built: string | undefined

/** GET /api/openapi.json: the public API's OpenAPI 3.1 document (see openapi.ts), built once per process. */
export const openapiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    built ??= JSON.stringify(publicOpenApi(req.payload.config, req.payload.db.defaultIDType))
    return new Response(built, { headers: { 'content-type': 'application/json; charset=utf-8' } })
  },
}
