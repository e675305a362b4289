import type { Endpoint } from 'payload'

import { challengeOpenApi } from '../../promotion/Inquiries/challenge'
import type { PathItem } from './declare'
import { buildOpenApi } from './openapi'

/** Routes Express serves itself, each described where it is written. */
const expressPaths = (api: string): Record<string, PathItem> => ({
  [`${api}/inquiries/challenge`]: challengeOpenApi,
})

let built: string | undefined

/** GET /api/openapi.json: the public API's OpenAPI 3.1 document (see openapi.ts), built once per process. */
export const openapiEndpoint: Endpoint = {
  path: '/openapi.json',
  method: 'get',
  handler: (req) => {
    built ??= JSON.stringify(
      buildOpenApi(req.payload.config, req.payload.db.defaultIDType, expressPaths(req.payload.config.routes.api)),
    )
    return new Response(built, { headers: { 'content-type': 'application/json; charset=utf-8' } })
  },
}
