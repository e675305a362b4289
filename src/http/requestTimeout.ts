import type { ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'

import { ConfigError } from '../env'
import { sendUnavailable } from './errors'

/** REQUEST_TIMEOUT_MS: how long an API request may take once its body has arrived (default 30 s). */
export function requestTimeoutMs(value = process.env.REQUEST_TIMEOUT_MS): number {
  if (value === undefined || value.trim() === '') return 30_000
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 1) {
    throw new ConfigError(`REQUEST_TIMEOUT_MS must be a whole number of milliseconds, not "${value}".`)
  }
  return ms
}

const hasBody = (req: Request) =>
  req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0

/** The 503 a request gets when there is no answer within `ms` (through Express or before it). */
export const answerTimedOut = (res: ServerResponse, ms: number): void =>
  sendUnavailable(
    res,
    `The server could not answer within ${Math.round(ms / 1000)} s (the database may be slow or unreachable). Please try again shortly.`,
  )

/**
 * A request that gets no answer in time — typically a database that stopped answering without
 * closing its connections — is answered 503 rather than left hanging. The clock starts once the
 * request's body has arrived, so a slow upload is not cut short. The work behind it may still finish;
 * its late answer is dropped (see payloadApi.ts).
 */
export function requestTimeout(ms = requestTimeoutMs()) {
  return (req: Request, res: Response, next: NextFunction): void => {
    let timer: NodeJS.Timeout | undefined
    const start = () => {
      timer = setTimeout(() => {
        if (res.headersSent) return
        req.log?.warn(`no answer within ${ms} ms`)
        answerTimedOut(res, ms)
      }, ms)
      timer.unref()
    }
    const stop = () => clearTimeout(timer)
    res.once('finish', stop)
    res.once('close', stop)
    if (!hasBody(req) || req.readableEnded) start()
    else req.once('end', start)
    next()
  }
}
