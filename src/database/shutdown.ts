import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeDatabase } from './closeDatabase'

type Logger = Pick<Console, 'error' | 'info'>

/**
 * On SIGTERM/SIGINT: stop accepting connections, let in-flight requests finish (up to graceMs),
 * stop the jobs crons and close the database, then exit.
 */
export function handleShutdown(
  server: Server,
  payload: Payload,
  logger: Logger,
  closeOthers: () => Promise<unknown> | undefined = () => undefined,
  graceMs = 15_000,
): void {
  let closing = false
  const shutdown = async (signal: string) => {
    if (closing) return
    closing = true
    logger.info(`${signal} received: finishing in-flight requests, then closing the database.`)
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
    try {
      await closeOthers()
      await closeDatabase(payload)
    } catch (error) {
      logger.error(`Closing the database failed: ${(error as Error).message}`)
    }
    logger.info('Stopped cleanly.')
    process.exit(0)
  }
  process.once('SIGTERM', () => void shutdown('SIGTERM'))
  process.once('SIGINT', () => void shutdown('SIGINT'))
}
