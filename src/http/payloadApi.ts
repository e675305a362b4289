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
  type PayloadRequest,
  type SanitizedConfig,
} from 'payload'
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  type GraphQLError,
  Kind,
  printSchema,
  type ValidationRule,
  visit,
} from 'graphql'

import { isFailedLogin, recordFailedLogin } from '../workflow/audit/authHooks'
import { cacheTicket, sendCacheable } from '../delivery/cache/apiCache'
import type { DatabaseOutage } from '../database/databaseOutage'
import { isAnonymous, principalOf } from '../workflow/access/principal'
import { hasRole } from '../workflow/access/roles'
import { rootFields, stringArgument } from './graphqlFields'
import { withLocaleFallbacks } from './graphqlLocales'
import { sendWebResponse, toWebRequest } from './webBridge'

/**
 * Payload's REST API served straight from Express: the same handler Payload's Next route uses,
 * without Next's router in the way.
 */
export const payloadRest =
  (config: SanitizedConfig, outage?: DatabaseOutage) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    try {
      const response = await handleEndpoints({ config, request: toWebRequest(req) })
      // Answered already (REQUEST_TIMEOUT_MS), or a 5xx because the database is gone: a 503 instead.
      if (res.headersSent || (outage && (await outage.explains(response.status)))) {
        await response.body?.cancel()
        if (!res.headersSent) outage?.unavailable(res)
        return
      }
      const ticket = cacheTicket(res)
      if (ticket) sendCacheable(req, res, ticket, response, Buffer.from(await response.arrayBuffer()))
      else await sendWebResponse(res, response)
    } catch (error) {
      next(error)
    }
  }

type GraphQLSetup = ReturnType<typeof configToSchema>
let graphQLSetup: GraphQLSetup | undefined

/** Payload's GraphQL schema is built once per process, on the first query (or by prepareGraphQL). */
const graphQL = (config: SanitizedConfig): GraphQLSetup => {
  if (!graphQLSetup) {
    const setup = configToSchema(config)
    graphQLSetup = { ...setup, schema: withLocaleFallbacks(setup.schema, config) }
  }
  return graphQLSetup
}

/**
 * Builds the schema now: it takes ~0.4 s of CPU, during which the process answers nothing — better at
 * start-up than in the middle of serving the first GraphQL query.
 */
export const prepareGraphQL = (config: SanitizedConfig): void => void graphQL(config)

/**
 * GET /api/graphql/schema.graphql: the GraphQL schema as SDL, for the website's tooling (GraphQL Code
 * Generator and the like), to API keys and signed-in staff. Introspection stays off for the public in
 * production; the schema is the one this process serves, so it cannot drift from a committed file.
 */
export const graphQLSchemaFile =
  (config: SanitizedConfig) =>
  (req: ExpressRequest, res: ExpressResponse): void => {
    const user = principalOf(req)?.user
    const allowed = user?.collection === 'api-keys' || hasRole(user, 'admin', 'publisher', 'editor')
    if (isAnonymous(req) || !allowed) {
      res.status(401).json({
        errors: [{ message: 'The GraphQL schema is for API keys and staff: send the website key as Authorization.' }],
      })
      return
    }
    sdl ??= printSchema(graphQL(config).schema)
    res.setHeader('cache-control', 'private, no-cache')
    res.type('application/graphql').send(sdl)
  }
let sdl: string | undefined

/** Longer queries are refused unread: validating a query costs time in its length (aliases above all). */
export const MAX_GRAPHQL_QUERY_LENGTH = 20_000

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

/** Whether the document's fragments spread into each other (…A → …B → …A), which GraphQL forbids. */
function hasFragmentCycle(document: DocumentNode): boolean {
  const spreads = new Map<string, string[]>()
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.FRAGMENT_DEFINITION) continue
    const names: string[] = []
    visit(definition, { FragmentSpread: (node) => void names.push(node.name.value) })
    spreads.set(definition.name.value, names)
  }
  const state = new Map<string, 'visiting' | 'done'>()
  const cyclic = (name: string): boolean => {
    if (state.get(name) === 'visiting') return true
    if (state.get(name) === 'done') return false
    state.set(name, 'visiting')
    const found = (spreads.get(name) ?? []).some(cyclic)
    state.set(name, 'done')
    return found
  }
  return [...spreads.keys()].some(cyclic)
}

/**
 * Payload's complexity rule and graphql-depth-limit crash on documents GraphQL itself refuses: they
 * follow cyclic fragment spreads until the stack overflows, and trip over an operation type the
 * schema lacks (subscription). Either was a 500. On such a document they stand aside, and GraphQL's
 * own rules (NoFragmentCycles) or graphql-http refuse it with a 400.
 */
const unlessInvalidDocument =
  (rule: ValidationRule): ValidationRule =>
  (context) => {
    const document = context.getDocument()
    const unknownOperation = document.definitions.some(
      (d) => d.kind === Kind.OPERATION_DEFINITION && !context.getSchema().getRootType(d.operation),
    )
    return unknownOperation || hasFragmentCycle(document) ? {} : rule(context)
  }

/**
 * Refused loginUser fields go to the audit log as refused REST logins do (Payload calls its afterError
 * hooks from its REST handler only): the error's path names the field's alias, whose email argument
 * (a literal or a variable) is the one tried.
 */
async function auditFailedLogins(
  req: PayloadRequest,
  args: Pick<ExecutionArgs, 'document' | 'operationName' | 'variableValues'>,
  errors: readonly GraphQLError[],
): Promise<void> {
  const failed = errors.filter((error) => error.path?.length === 1 && isFailedLogin(error.originalError))
  if (!failed.length) return
  const operation = getOperationAST(args.document, args.operationName)
  if (!operation) return
  const fields = rootFields(args.document, operation)
  for (const error of failed) {
    const field = fields.get(String(error.path![0]))
    if (field?.name.value !== 'loginUser') continue
    const email = stringArgument(field, 'email', operation, args.variableValues)
    await recordFailedLogin(req, { email, errorName: error.originalError!.name })
  }
}

/** POST /api/graphql through Payload's schema, as Payload's own Next route does it. */
export const payloadGraphQL =
  (config: SanitizedConfig, outage?: DatabaseOutage) =>
  async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    let failed = false
    try {
      const request = toWebRequest(req)
      const original = request.clone()
      const payloadReq = await createPayloadRequest({ canSetHeaders: true, config, request })
      const { payload } = payloadReq
      await addDataAndFileToRequest(payloadReq)
      const query = (payloadReq.data as { query?: unknown } | undefined)?.query
      if (typeof query === 'string' && query.length > MAX_GRAPHQL_QUERY_LENGTH) {
        res.status(400).json({
          errors: [
            { message: `The query is longer than ${MAX_GRAPHQL_QUERY_LENGTH.toLocaleString('en')} characters.` },
          ],
        })
        return
      }
      addLocalesToRequestFromData(payloadReq)
      const { schema, validationRules } = graphQL(payload.config)
      const headers: Record<string, string> = {}
      const response = await createHandler({
        schema,
        context: { headers, req: payloadReq },
        validationRules: (_, args, rules) => rules.concat(validationRules(args).map(unlessInvalidDocument)),
        onOperation: async (_request, args, result) => {
          if (!result.errors?.length) return result
          await auditFailedLogins(payloadReq, args, result.errors)
          for (const error of result.errors) {
            if (((error.originalError as { status?: number })?.status ?? 500) >= 500) {
              failed = true
              logError({ err: error, payload })
            }
          }
          return { ...result, errors: result.errors.map((e) => formatError(e, payload.config.debug)) } as never
        },
      })(original)
      if (res.headersSent || (failed && outage && (await outage.explains(500)))) {
        await response.body?.cancel()
        if (!res.headersSent) outage?.unavailable(res)
        return
      }
      const resHeaders = headersWithCors({ headers: new Headers(response.headers), req: payloadReq })
      for (const [name, value] of Object.entries(headers)) resHeaders.append(name, value)
      const answer = new Response(response.body, {
        status: response.status,
        headers: payloadReq.responseHeaders ? mergeHeaders(payloadReq.responseHeaders, resHeaders) : resHeaders,
      })
      // An anonymous query (see graphQLCacheMiddleware): kept unless it has errors.
      const ticket = cacheTicket(res)
      if (ticket) {
        const body = Buffer.from(await answer.arrayBuffer())
        sendCacheable(req, res, ticket, answer, body, !body.includes('"errors":'))
      } else await sendWebResponse(res, answer)
    } catch (error) {
      next(error)
    }
  }
