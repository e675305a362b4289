import type { Payload, SanitizedConfig } from 'payload'
import { getPayload } from 'payload'

import {
  ConfigError,
  type DatabaseTarget,
  currentDatabase,
  productionWarnings,
  refuseUnsafeProductionStart,
} from '../env'
import { prepareReadModel } from '../delivery/readModel/rebuild'
import { isDatabaseEmpty, seed } from '../content/seed'
import { retentionDays } from '../workflow/audit/chain'
import { secondFactorRoles } from '../workflow/access/secondFactor'

const redact = (url: string): string => url.replace(/\/\/([^:/@]+):[^@/]*@/, '//$1:***@')

/** A database that did not answer; `retryable` unless waiting cannot help (wrong password, bad URL). */
export class DatabaseUnreachableError extends ConfigError {
  constructor(
    message: string,
    readonly reason: string,
    readonly retryable: boolean,
  ) {
    super(message)
  }
}

/**
 * Reaches the database before Payload does, so that a wrong URL or a stopped server gives one clear
 * line instead of a driver's stack trace.
 */
export async function checkDatabaseReachable(target: DatabaseTarget, timeoutMs = 5_000): Promise<void> {
  const fail = (reason: string, hint: string, retryable = true) =>
    new DatabaseUnreachableError(
      `Cannot reach the ${target.kind} database at ${redact(target.url)}: ${reason}. ${hint}`,
      reason,
      retryable,
    )
  if (target.kind === 'postgres') {
    const { default: pg } = await import('pg')
    let client: InstanceType<typeof pg.Client>
    try {
      client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: timeoutMs })
    } catch (error) {
      throw fail((error as Error).message, 'Check DATABASE_URL.', false)
    }
    try {
      await client.connect()
      await client.query('SELECT 1')
    } catch (error) {
      const code = (error as { code?: string }).code ?? ''
      // A database that does not exist yet is created by Payload's adapter.
      if (code === '3D000') return
      throw fail(
        (error as Error).message || String(error),
        'Is PostgreSQL running, and are the host, port, user and database name in DATABASE_URL right?',
        // Class 28: invalid authorization (a wrong user or password does not fix itself).
        !code.startsWith('28'),
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

/** How long start-up keeps trying to reach the database: DATABASE_CONNECT_TIMEOUT_MS, default 60 s. */
export function connectTimeoutMs(value = process.env.DATABASE_CONNECT_TIMEOUT_MS): number {
  if (value === undefined || value.trim() === '') return 60_000
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms < 0) {
    throw new ConfigError(
      `DATABASE_CONNECT_TIMEOUT_MS must be a whole number of milliseconds (0: try once), not "${value}".`,
    )
  }
  return ms
}

/**
 * Waits for the database at start-up (it may start after the app, as in docker compose): retries
 * with exponential backoff (0.5 s, 1 s, 2 s … at most 10 s apart), one log line per attempt, and
 * gives up with the clear error once `timeoutMs` has passed.
 */
export async function waitForDatabase(
  target: DatabaseTarget,
  { timeoutMs = connectTimeoutMs(), log }: { timeoutMs?: number; log: (message: string) => void },
): Promise<void> {
  const started = Date.now()
  let delay = 500
  for (let attempt = 1; ; attempt++) {
    try {
      await checkDatabaseReachable(target)
      if (attempt > 1) log(`Reached the ${target.kind} database (attempt ${attempt}).`)
      return
    } catch (error) {
      if (!(error instanceof DatabaseUnreachableError) || !error.retryable) throw error
      const elapsed = Date.now() - started
      const left = timeoutMs - elapsed
      if (left <= 0) {
        throw new DatabaseUnreachableError(
          `${error.message} (gave up after ${attempt} attempt${attempt > 1 ? 's' : ''} in ${(elapsed / 1000).toFixed(1)} s; DATABASE_CONNECT_TIMEOUT_MS=${timeoutMs})`,
          error.reason,
          false,
        )
      }
      const wait = Math.min(delay, left)
      log(
        `Waiting for the ${target.kind} database at ${redact(target.url)} (attempt ${attempt}: ${error.reason}); next try in ${(wait / 1000).toFixed(1)} s, giving up after ${Math.round(timeoutMs / 1000)} s (DATABASE_CONNECT_TIMEOUT_MS).`,
      )
      await new Promise((resolve) => setTimeout(resolve, wait))
      delay = Math.min(delay * 2, 10_000)
    }
  }
}

export type StartOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  /** Run Payload's jobs crons (scheduled publish) in this process. */
  runJobs: boolean
  /** Seed the zone's content when the database is empty. */
  seedWhenEmpty: boolean
  /** Check the read model's snapshots (the processes that answer reads; not the jobs worker). */
  prepareSnapshots?: boolean
  log: (message: string) => void
}

/**
 * The one start-up of the server and the worker: wait for the database, start Payload (with the jobs
 * crons or without), seed an empty database if asked, and check the read model.
 */
export async function startPayload({
  config,
  runJobs,
  seedWhenEmpty,
  prepareSnapshots = true,
  log,
}: StartOptions): Promise<Payload> {
  refuseUnsafeProductionStart()
  for (const warning of productionWarnings()) log(`Warning: ${warning}`)
  // A retention shorter than the law's six months is refused before anything starts.
  retentionDays()
  secondFactorRoles()
  await waitForDatabase(currentDatabase(), { log })
  const payload = await getPayload({ config, cron: runJobs })
  if (seedWhenEmpty && (await isDatabaseEmpty(payload))) {
    log('Empty database: loading the zone’s content and creating the first administrator.')
    await seed(payload, { log })
  }
  // Checks the read model's snapshots, and rewrites them in the background if this build needs it.
  if (prepareSnapshots) void prepareReadModel(payload, log)
  return payload
}
