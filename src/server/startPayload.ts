import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import { ConfigError, type DatabaseTarget, currentDatabase } from '../env'
import { isDatabaseEmpty, seed } from '../seed'

const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

/**
 * Reaches the database before Payload does, so that a wrong URL or a stopped server gives one clear
 * line instead of a driver's stack trace.
 */
export async function checkDatabaseReachable(target: DatabaseTarget, timeoutMs = 5_000): Promise<void> {
  const fail = (reason: string, hint: string) =>
    new ConfigError(`Cannot reach the ${target.kind} database at ${redact(target.url)}: ${reason}. ${hint}`)
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: timeoutMs })
    try {
      await client.connect()
      await client.query('SELECT 1')
    } catch (error) {
      // A database that does not exist yet is created by Payload's adapter.
      if ((error as { code?: string }).code === '3D000') return
      throw fail(
        (error as Error).message || String(error),
        'Is PostgreSQL running, and are the host, port, user and database name in DATABASE_URL right?',
      )
    } finally {
      await client.end().catch(() => undefined)
    }
  } else if (target.kind === 'mongodb') {
    const { default: mongoose } = await import('mongoose')
    const connection = mongoose.createConnection(target.url, { serverSelectionTimeoutMS: timeoutMs })
    try {
      await connection.asPromise()
    } catch (error) {
      throw fail((error as Error).message, 'Is MongoDB running (see docker-compose.yml), and is DATABASE_URL right?')
    } finally {
      await connection.close().catch(() => undefined)
    }
  }
}

export type StartOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Run Payload's jobs crons (scheduled publish) in this process. */
  runJobs: boolean
  /** Seed the zone's content when the database is empty. */
  seedWhenEmpty: boolean
  log: (message: string) => void
}

export async function startPayload({ config, runJobs, seedWhenEmpty, log }: StartOptions): Promise<Payload> {
  await checkDatabaseReachable(currentDatabase())
  const payload = await getPayload({ config, cron: runJobs })
  if (seedWhenEmpty && (await isDatabaseEmpty(payload))) {
    log('Empty database: loading the zone’s content and creating the first administrator.')
    await seed(payload, { log })
  }
  return payload
}
