import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeDatabase } from './closeDatabase'

type Logger = Pick<Console, 'error' | 'info'>

export type ShutdownOptions = {
  /** What stops, for the log ("the server", "the jobs worker"). */
  what: string
  /** The HTTP server, if this process has one: it stops accepting, and its requests get up to graceMs. */
  server?: Server
  /** Payload once it has started (undefined while it is starting: then there is nothing to close yet). */
  payload: () => Payload | undefined
  logger?: Logger
  /** Other connections to close before the database (Redis). */
  closeOthers?: () => Promise<unknown> | undefined
  graceMs?: number
}

/**
 * The one shutdown of the server and the worker, on SIGTERM/SIGINT: stop accepting connections and
 * let in-flight requests finish (up to graceMs), stop the jobs crons and close the database, then
 * exit. Installed before start-up ends, so that a stop request is honoured at any moment of it.
 */
export function handleShutdown({
  what,
  server,
  payload,
  logger = console,
  closeOthers = () => undefined,
  graceMs = 15_000,
}: ShutdownOptions): void {
  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    logger.info(
      `${signal} received: stopping ${what}${server ? ': finishing in-flight requests, then' : ','} closing the database.`,
    )
    if (server) {
      const forced = setTimeout(() => {
        logger.error(`Requests still open after ${graceMs} ms: closing them.`)
        server.closeAllConnections()
      }, graceMs)
      forced.unref()
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeIdleConnections()
      })
      clearTimeout(forced)
    }
    try {
      await closeOthers()
      const started = payload()
      if (started) await closeDatabase(started)
    } catch (error) {
      logger.error(`Closing the database failed: ${(error as Error).message}`)
    }
    logger.info('Stopped cleanly.')
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
}
