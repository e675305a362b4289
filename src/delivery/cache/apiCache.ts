import type { ServerResponse } from 'node:http'

import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express'
import { getOperationAST, parse } from 'graphql'
import type { Payload } from 'payload'

import { recordDependencies, tagsOf } from './dependencies'
import { refreshVisibilityBoundary } from './invalidation'
import { isAnonymous } from '../../workflow/access/principal'
import { writeAnswer } from '../answer'
import { apiCache, MAX_CACHED_GRAPHQL_BODY, publicAnswer } from './responseCache'

/** A miss being answered: its key, the generation it started at, and what it has been seen to read. */
export type CacheTicket = { key?: string; generation: number; tags: Set<string> }

const tickets = new WeakMap<ServerResponse, CacheTicket>()

/**
 * The ticket the miss path gave this response: an anonymous read whose answer Payload's handler
 * buffers and sends with sendCacheable (stored under `key`, unless a change happened meanwhile).
 */
export const cacheTicket = (res: ServerResponse): CacheTicket | undefined => tickets.get(res)

/**
 * The miss path of the response cache: marks anonymous API reads so that payloadRest buffers the
 * answer, gives it a strong ETag, honours If-None-Match and stores it (hits never reach Express:
 * see listen() in server.ts).
 */
export const apiCacheMiddleware =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // Answers that depend on who asks (the session, preferences, permissions) are never kept, the
    // anonymous one included: after logging in, the admin panel would be handed a cached `{ user: null }`
    // of /api/users/me and act as if nobody were signed in.
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isAnonymous(req) || !publicAnswer(req.originalUrl)) {
      res.setHeader('cache-control', 'private, no-store')
      next()
      return
    }
    const cache = apiCache()
    try {
      if (cache.needsBoundary()) await refreshVisibilityBoundary(payload, cache)
    } catch (error) {
      next(error)
      return
    }
    const key = cache.keyOf(req)
    // Another instance may have answered this since the last change (shared cache, REDIS_URL).
    if (key && (await cache.fetchShared(key)) && cache.tryServe(req, res)) return
    const ticket: CacheTicket = { key, generation: cache.generation, tags: new Set() }
    tickets.set(res, ticket)
    recordDependencies(ticket.tags, next)
  }

/** Sends a buffered anonymous API answer: ETag, Cache-Control, 304 when the client has it, stored if cacheable. */
export function sendCacheable(
  req: Request,
  res: Response,
  ticket: CacheTicket,
  web: globalThis.Response,
  body: Buffer,
  /** False for an answer that must not be kept (a GraphQL answer with errors). */
  storable = true,
): void {
  const cache = apiCache()
  const headers: [string, string][] = []
  for (const [name, value] of Object.entries(res.getHeaders())) {
    if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
  }
  web.headers.forEach((value, name) => {
    if (name !== 'set-cookie') headers.push([name, value])
  })
  const json = (web.headers.get('content-type') ?? '').includes('application/json')
  const etag =
    ticket.key && json && web.status === 200 && storable
      ? cache.store(ticket.key, ticket.generation, web.status, headers, body, tagsOf(ticket.tags))
      : undefined
  headers.push(['cache-control', web.status === 200 && storable ? cache.cacheControl() : 'no-store'])
  if (ticket.key) headers.push(['x-cache', 'MISS'])
  writeAnswer(req, res, { status: web.status, headers, body, etag })
}

/** True when the GraphQL request body holds one operation to run and it is a query. */
export function isGraphQLQuery(body: Buffer): boolean {
  try {
    const { query, operationName } = JSON.parse(body.toString('utf8')) as { query?: unknown; operationName?: unknown }
    if (typeof query !== 'string') return false
    const operation = getOperationAST(parse(query), typeof operationName === 'string' ? operationName : undefined)
    return operation?.operation === 'query'
  } catch {
    return false
  }
}

/**
 * Anonymous GraphQL queries are cached like REST reads: same invalidation, same ETag and 304, keyed by
 * the request body. A hit is answered here; a miss goes on to Payload with a ticket (see payloadApi.ts).
 */
export const graphQLCacheMiddleware =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const cache = apiCache()
    const key = cache.graphQLKeyOf(req, req.body, isGraphQLQuery)
    if (!key) {
      next()
      return
    }
    try {
      if (cache.needsBoundary()) await refreshVisibilityBoundary(payload, cache)
      if (cache.tryServe(req, res, key)) return
      if ((await cache.fetchShared(key)) && cache.tryServe(req, res, key)) return
    } catch (error) {
      next(error)
      return
    }
    const ticket: CacheTicket = { key, generation: cache.generation, tags: new Set() }
    tickets.set(res, ticket)
    recordDependencies(ticket.tags, next)
  }

const readSmallBody = express.raw({ type: () => true, limit: MAX_CACHED_GRAPHQL_BODY, inflate: false })

/**
 * The GraphQL hit path, mounted before the request logger, security headers and compression (as REST
 * hits are answered before Express): reads a small anonymous JSON body, and answers a stored query,
 * after the GraphQL rate limit, with the headers the stored answer was first sent with. Anything else (a
 * miss, a boundary to refresh, a signed-in client, a large body) goes on — with the body read, if it was
 * — to the full chain and graphQLCacheMiddleware.
 */
export const graphQLCacheHits =
  (rateLimit: RequestHandler) =>
  (req: Request, res: Response, next: NextFunction): void => {
    const cache = apiCache()
    const length = Number(req.headers['content-length'])
    const candidate =
      cache.settings.enabled &&
      isAnonymous(req) &&
      length > 0 &&
      length <= MAX_CACHED_GRAPHQL_BODY &&
      /^application\/json\b/i.test(req.headers['content-type'] ?? '') &&
      !cache.needsBoundary()
    if (!candidate) return next('route')
    readSmallBody(req, res, (error?: unknown) => {
      if (error) return next(error)
      const key = cache.graphQLKeyOf(req, req.body, () => false)
      if (!key || !cache.has(key)) return next('route')
      rateLimit(req, res, (limitError?: unknown) => {
        if (limitError || !cache.tryServe(req, res, key)) next(limitError ?? 'route')
      })
    })
  }
