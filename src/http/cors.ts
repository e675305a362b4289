import type { NextFunction, Request, Response } from 'express'
import { headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { toWebHeaders } from './webBridge'

/**
 * Payload's CORS headers (config.cors) on every API answer, including those given before Payload: a
 * rate limit's 429, the inquiry form's challenge and its refusals. Without them the website's browser
 * code could not read why it was refused. Payload's own answers set the same headers again.
 */
export const apiCors =
  (payload: Payload) =>
  (req: Request, res: Response, next: NextFunction): void => {
    if (req.headers.origin) {
      const headers = headersWithCors({
        headers: new Headers(),
        req: { headers: toWebHeaders(req.headers), payload } as PayloadRequest,
      })
      headers.forEach((value, name) => res.setHeader(name, value))
    }
    next()
  }
