import type { ErrorRequestHandler, NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { sendUnavailable } from '../http/errors'
import { pingDatabase, reasonOf, withTimeout } from '../http/health'

export type DatabaseOutage = {
  /** Before the API handlers: while the last ping failed, answers 503 at once (re-pinging at most once a second). */
  guard: (req: Request, res: Response, next: NextFunction) => Promise<void>
  /** Whether a 5xx answer is explained by the database being unreachable (pings it, at most once a second). */
  explains: (status: number) => Promise<boolean>
  /** Error middleware: an error that reached Express while the database is unreachable becomes a 503. */
  errors: ErrorRequestHandler
  /** Sends the 503 answer. */
  unavailable: (res: Response) => void
  /** Whether the last ping failed (the database is taken to be unreachable). */
  isDown: () => boolean
}

/** How long clients are told to wait before trying again. */
const RETRY_AFTER_S = 5

/**
 * While the database is unreachable the API answers 503 with a message, not a 500 or a wait. Payload
 * answers a lost connection with a 500; a 5xx makes the server ping the database (one ping at a time,
 * at most once a second). While the database stays unreachable, API requests get the 503 straight
 * away; the first successful ping ends that, so the server recovers by itself. Cached anonymous
 * answers are still served from memory meanwhile (see src/delivery/cache/responseCache.ts).
 */
export function databaseOutage(
  payload: Payload,
  { pingTimeoutMs = 1_000, recheckMs = 1_000 }: { pingTimeoutMs?: number; recheckMs?: number } = {},
): DatabaseOutage {
  let down = false
  let checkedAt = 0
  let pending: Promise<boolean> | undefined

  const check = (): Promise<boolean> => {
    if (Date.now() - checkedAt < recheckMs) return Promise.resolve(down)
    pending ??= withTimeout(pingDatabase(payload), pingTimeoutMs)
      .then(
        () => false,
        (error: unknown) => {
          if (!down)
            payload.logger.warn(`The database is unreachable (${reasonOf(error)}): answering API requests with 503.`)
          return true
        },
      )
      .then((isDown) => {
        if (down && !isDown) payload.logger.info('The database answers again: serving API requests.')
        down = isDown
        checkedAt = Date.now()
        pending = undefined
        return isDown
      })
    return pending
  }

  const unavailable = (res: Response): void =>
    sendUnavailable(
      res,
      'The database is unreachable at the moment, so this request could not be served. Please try again in a few seconds.',
      RETRY_AFTER_S,
    )

  return {
    guard: async (_req, res, next) => {
      if (down && (await check())) unavailable(res)
      else next()
    },
    explains: async (status) => status >= 500 && (await check()),
    errors: (error, _req, res, next) => {
      const status = (error as { status?: number; statusCode?: number }).status ?? 500
      if (res.headersSent || status < 500) {
        next(error)
        return
      }
      check().then(
        (isDown) => (isDown ? unavailable(res) : next(error)),
        () => next(error),
      )
    },
    unavailable,
    isDown: () => down,
  }
}
