import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { authenticate, isAnonymous } from '../workflow/access/principal'

/**
 * The Cookie header without the session cookie, named as Payload reads it (its name trimmed): the
 * panel's language cookie and the like stay.
 */
export function withoutSessionCookie(cookie: string, name: string): string | undefined {
  const kept = cookie.split(';').filter((part) => part.split('=')[0]!.trim() !== name)
  return kept.length ? kept.join(';').trim() : undefined
}

/**
 * Decides who the request is with Payload's own auth strategies, once, before anything treats anonymous
 * readers differently (page cap, response cache, read model). A request whose credentials fail is
 * anonymous: it gets the public limits and, since Payload is handed no credentials for it, an answer
 * computed for nobody — which the cache may keep.
 */
export const authenticateRequest =
  (payload: Payload) =>
  async (req: Request, _res: Response, next: NextFunction): Promise<void> => {
    try {
      await authenticate(payload, req)
      if (!isAnonymous(req)) return next()
      delete req.headers.authorization
      const cookie =
        req.headers.cookie && withoutSessionCookie(req.headers.cookie, `${payload.config.cookiePrefix}-token`)
      if (cookie) req.headers.cookie = cookie
      else delete req.headers.cookie
      next()
    } catch (error) {
      next(error)
    }
  }
