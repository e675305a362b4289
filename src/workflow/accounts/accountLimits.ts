import express, {
  type NextFunction,
  type Request as ExpressRequest,
  type RequestHandler,
  type Response as ExpressResponse,
  Router,
} from 'express'
import { getOperationAST, type OperationDefinitionNode, parse } from 'graphql'
import { addDataAndFileToRequest, type Payload, type PayloadRequest } from 'payload'

import { rootFields, stringArgument } from '../../http/graphqlFields'
import { MAX_GRAPHQL_QUERY_LENGTH } from '../../http/payloadApi'
import { type AccountAction, limitAccount, type RateLimits, type Refusal } from '../../http/rateLimits'

/**
 * At most this many root fields in one GraphQL mutation operation (aliases count one each): an aliased
 * batch of mutations — a dozen logins, a hundred creates — is refused with a 400 before any of it runs.
 * Queries are bounded by their complexity instead.
 */
export const MAX_MUTATION_FIELDS = 10

/** The GraphQL fields of the account actions REST serves at /api/users/login, /forgot-password, /unlock. */
const ACCOUNT_FIELDS: Record<string, AccountAction> = {
  loginUser: 'login',
  forgotPasswordUser: 'forgotPassword',
  unlockUser: 'unlock',
}

/** The admin panel's forms post these as multipart (`_payload`): a few hundred bytes. */
const MAX_ACCOUNT_FORM_BYTES = 64 * 1024

const isMultipart = (req: ExpressRequest) => (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')
const readForm = express.raw({
  type: (req) => isMultipart(req as ExpressRequest),
  limit: MAX_ACCOUNT_FORM_BYTES,
  inflate: false,
})

const refuse = (res: ExpressResponse, { message, retryAfterSeconds }: Refusal): void => {
  res.setHeader('Retry-After', String(retryAfterSeconds))
  res.status(429).json({ errors: [{ message }] })
}

/**
 * The email a login, forgot-password or unlock request names, read exactly as Payload will read it
 * (its own addDataAndFileToRequest, on the same bytes and content type: JSON, or the admin panel's
 * multipart form), so that no body is read one way here and another way there.
 */
async function requestEmail(payload: Payload, req: ExpressRequest): Promise<unknown> {
  if (!Buffer.isBuffer(req.body) || !req.body.length) return undefined
  const request = new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': req.headers['content-type'] ?? '' },
    body: req.body,
  } as RequestInit)
  // Cast: addDataAndFileToRequest reads only the request's body, headers and payload; a full PayloadRequest is not needed.
  const payloadRequest = Object.assign(request, { payload }) as unknown as PayloadRequest
  try {
    await addDataAndFileToRequest(payloadRequest)
  } catch {
    // Payload refuses this body in the same way (400): no account is tried.
    return undefined
  }
  return (payloadRequest.data as { email?: unknown } | undefined)?.email
}

/** Records the request's email for the per-account limiter. */
const readAccountEmail =
  (payload: Payload): RequestHandler =>
  (req, res, next) => {
    // Multipart bodies (uploads) are streamed to Payload, not read by readRequestBody: these small ones
    // are read here, and Payload is then handed the bytes read.
    readForm(req, res, (error?: unknown) => {
      if ((error as { type?: string } | undefined)?.type === 'entity.too.large') {
        res.status(413).json({ errors: [{ message: `The form is larger than ${MAX_ACCOUNT_FORM_BYTES / 1024} kB.` }] })
        return
      }
      if (error) {
        next(error)
        return
      }
      requestEmail(payload, req).then((email) => {
        limitAccount(res, email)
        next()
      }, next)
    })
  }

/**
 * REST login, forgot-password and unlock of staff accounts: limited per client address and per
 * account (the email, lower-cased and trimmed), in the counters GraphQL's fields use too.
 */
export function accountRateLimits(payload: Payload, rateLimits: RateLimits): Router {
  const router = Router()
  const readEmail = readAccountEmail(payload)
  router.post('/users/login', readEmail, rateLimits.login.middleware)
  router.post('/users/forgot-password', readEmail, rateLimits.forgotPassword.middleware)
  router.post('/users/unlock', readEmail, rateLimits.unlock.middleware)
  return router
}

type GraphQLParams = { query: string; operationName?: unknown; variables?: unknown }

/** The request's GraphQL parameters, as graphql-http reads them (a JSON body; otherwise it refuses). */
function graphQLParams(body: unknown): GraphQLParams | undefined {
  if (!Buffer.isBuffer(body)) return undefined
  try {
    // TextDecoder drops a byte-order mark, as the fetch Request graphql-http reads does.
    const data: unknown = JSON.parse(new TextDecoder().decode(body))
    const query = (data as { query?: unknown } | null)?.query
    return typeof query === 'string' ? { ...(data as object), query } : undefined
  } catch {
    return undefined
  }
}

/** The mutation operation a request runs, if it runs one. */
function mutationOf(params: GraphQLParams) {
  // `mutation` is a keyword GraphQL spells in lower case only: without it, nothing is a mutation.
  if (!params.query.includes('mutation') || params.query.length > MAX_GRAPHQL_QUERY_LENGTH) return undefined
  let operation: OperationDefinitionNode | null | undefined
  let document
  try {
    document = parse(params.query)
    operation = getOperationAST(document, typeof params.operationName === 'string' ? params.operationName : undefined)
  } catch {
    // Unparsable: graphql-http answers 400 and nothing runs.
    return undefined
  }
  return operation?.operation === 'mutation' ? { document, operation } : undefined
}

/**
 * POST /api/graphql, before Payload: a mutation operation with more than MAX_MUTATION_FIELDS root fields
 * is a 400; then each loginUser, forgotPasswordUser and unlockUser field is one attempt in the same
 * per-address and per-account counters as REST's, and one over a limit makes the request a 429 (with
 * Retry-After) before any of it runs.
 */
export function graphQLAccountLimits(rateLimits: RateLimits): RequestHandler {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction): Promise<void> => {
    try {
      const params = graphQLParams(req.body)
      const mutation = params && mutationOf(params)
      if (!mutation) {
        next()
        return
      }
      const fields = rootFields(mutation.document, mutation.operation)
      if (fields.size > MAX_MUTATION_FIELDS) {
        res.status(400).json({
          errors: [
            {
              message: `A GraphQL request may run at most ${MAX_MUTATION_FIELDS} mutation fields (aliases included); this one has ${fields.size}. Send them in separate requests.`,
            },
          ],
        })
        return
      }
      for (const field of fields.values()) {
        const action = ACCOUNT_FIELDS[field.name.value]
        if (!action) continue
        const email = stringArgument(field, 'email', mutation.operation, params.variables)
        const refusal = await rateLimits[action].attempt(req.ip, email)
        if (refusal) {
          refuse(res, refusal)
          return
        }
      }
      next()
    } catch (error) {
      next(error)
    }
  }
}
