import type { ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'

import { classifyClientError } from './answerClientErrors'

/**
 * The last middleware: whatever reached here becomes a JSON answer. Client mistakes Express itself
 * detects (bad JSON, a body too large) keep their 4xx; anything else is a 500 without internals.
 */
export const errorHandler = (
  error: Error & { status?: number; statusCode?: number; expose?: boolean },
  req: Request,
  res: Response,
  next: NextFunction,
): void => {
  if (res.headersSent) {
    next(error)
    return
  }
  const status = error.status ?? error.statusCode ?? 500
  // A malformed request Payload failed on before answering (GraphQL's body, for one): a 4xx all the same.
  const known = status >= 500 ? classifyClientError(error) : undefined
  if (known) {
    res.status(known.status).json({ errors: [{ message: known.message }] })
    return
  }
  if (status >= 500) req.log?.error({ err: error }, 'request failed')
  res.status(status).json({
    errors: [
      {
        message:
          status < 500 && error.expose !== false
            ? error.message
            : 'Something went wrong on our side. Please try again later.',
      },
    ],
  })
}

/** JSON 404 for unknown paths when the admin panel is not served by this process. */
export const notFound = (req: Request, res: Response): void => {
  res.status(404).json({ errors: [{ message: `Nothing is served at ${req.method} ${req.path}.` }] })
}

/**
 * A 503 that says why and when to try again: a request without an answer in time, or a database that
 * cannot be reached. The one writer of it, for Express's responses and those given before Express.
 */
export function sendUnavailable(res: ServerResponse, message: string, retryAfterSeconds = 5): void {
  const body = JSON.stringify({ errors: [{ message }] })
  res.statusCode = 503
  res.setHeader('retry-after', String(retryAfterSeconds))
  res.setHeader('cache-control', 'no-store')
  res.setHeader('content-type', 'application/json; charset=utf-8')
  res.setHeader('content-length', Buffer.byteLength(body))
  res.end(body)
}

/** An API refusal as Payload words its own, for endpoint handlers: `{ errors: [{ message }] }`. */
export const jsonError = (status: number, message: string): globalThis.Response =>
  globalThis.Response.json({ errors: [{ message }] }, { status })
