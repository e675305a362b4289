import { configToSchema } from '@payloadcms/graphql'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { createHandler } from 'graphql-http/lib/use/fetch'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createPayloadRequest,
  handleEndpoints,
  headersWithCors,
  logError,
  mergeHeaders,
  type SanitizedConfig,
} from 'payload'
import type { GraphQLError } from 'graphql'

import { type CacheTicket, sendCacheable } from './apiCache'
import { sendWebResponse, toWebRequest } from './webBridge'

/**
 * Payload's REST API served straight from Express: the same handler Payload's Next route uses,
 * without Next's router in the way.
 */
export const payloadRest =
  (config: SanitizedConfig) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    try {
      const response = await handleEndpoints({ config, request: toWebRequest(req) })
      const ticket = res.locals.apiCache as CacheTicket | undefined
      if (ticket) sendCacheable(req, res, ticket, response, Buffer.from(await response.arrayBuffer()))
      else await sendWebResponse(res, response)
    } catch (error) {
      next(error)
    }
  }

type GraphQLSetup = ReturnType<typeof configToSchema>
let graphQLSetup: GraphQLSetup | undefined

/** Payload's GraphQL schema is built once per process, on the first query. */
const graphQL = (config: SanitizedConfig): GraphQLSetup => (graphQLSetup ??= configToSchema(config))

const formatError = (error: GraphQLError, debug: boolean) => {
  const original = error.originalError as (Error & { status?: number; data?: unknown }) | undefined
  const status = original?.status ?? 500
  return {
    message: status >= 500 && !debug ? 'Something went wrong.' : error.message,
    locations: error.locations,
    path: error.path,
    extensions: { name: original?.name, data: original?.data, statusCode: status },
  }
}

/** POST /api/graphql through Payload's schema, as Payload's own Next route does it. */
export const payloadGraphQL =
  (config: SanitizedConfig) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    try {
      const request = toWebRequest(req)
      const original = request.clone()
      const payloadReq = await createPayloadRequest({ canSetHeaders: true, config, request })
      const { payload } = payloadReq
      await addDataAndFileToRequest(payloadReq)
      addLocalesToRequestFromData(payloadReq)
      const { schema, validationRules } = graphQL(payload.config)
      const headers: Record<string, string> = {}
      const response = await createHandler({
        schema,
        context: { headers, req: payloadReq },
        validationRules: (_, args, rules) => rules.concat(validationRules(args)),
        onOperation: (_request, _args, result) => {
          if (!result.errors?.length) return result
          for (const error of result.errors) {
            if (((error.originalError as { status?: number })?.status ?? 500) >= 500) logError({ err: error, payload })
          }
          return { ...result, errors: result.errors.map((e) => formatError(e, payload.config.debug)) } as never
        },
      })(original)
      const resHeaders = headersWithCors({ headers: new Headers(response.headers), req: payloadReq })
      for (const [name, value] of Object.entries(headers)) resHeaders.append(name, value)
      await sendWebResponse(
        res,
        new Response(response.body, {
          status: response.status,
          headers: payloadReq.responseHeaders ? mergeHeaders(payloadReq.responseHeaders, resHeaders) : resHeaders,
        }),
      )
    } catch (error) {
      next(error)
    }
  }
