import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { authenticate, isAnonymous } from '../access/principal'

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
      if (isAnonymous(req)) {
        delete req.headers.authorization
        delete req.headers.cookie
      }
      next()
    } catch (error) {
      next(error)
    }
  }
