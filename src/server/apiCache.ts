import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { refreshVisibilityBoundary } from '../cache/invalidation'
import { apiCache, isAnonymous, strongETag } from '../cache/responseCache'

export type CacheTicket = { key?: string; generation: number }

/**
 * The miss path of the response cache: marks anonymous API reads so that payloadRest buffers the
 * answer, gives it a strong ETag, honours If-None-Match and stores it (hits never reach Express:
 * see listen() in server.ts).
 */
export const apiCacheMiddleware =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !isAnonymous(req)) {
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
    res.locals.apiCache = { key: cache.keyOf(req), generation: cache.generation } satisfies CacheTicket
    next()
  }

/** Sends a buffered anonymous API answer: ETag, Cache-Control, 304 when the client has it, stored if cacheable. */
export function sendCacheable(
  req: Request,
  res: Response,
  ticket: CacheTicket,
  web: globalThis.Response,
  body: Buffer,
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
    ticket.key && json && web.status === 200
      ? cache.store(ticket.key, ticket.generation, web.status, headers, body)
      : strongETag(body)
  res.status(web.status)
  for (const [name, value] of headers) res.setHeader(name, value)
  res.setHeader('etag', etag)
  res.setHeader('cache-control', web.status === 200 ? cache.cacheControl() : 'no-store')
  if (ticket.key) res.setHeader('x-cache', 'MISS')
  if (web.status === 200 && req.headers['if-none-match'] === etag) {
    res.status(304).end()
    return
  }
  res.end(req.method === 'HEAD' ? undefined : body)
}
