import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/** An error in the operator's configuration: printed as one line, never as a stack trace. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

export type DatabaseKind = 'mongodb' | 'postgres' | 'sqlite'

export type DatabaseTarget = {
  kind: DatabaseKind
  /** Connection string as given (for SQLite a `file:` URL). */
  url: string
}

export const projectRoot = (): string => process.env.PROJECT_ROOT || process.cwd()

export const isProduction = (): boolean => process.env.NODE_ENV === 'production'

/** Where the embedded database lives when DATABASE_URL is unset. */
export const defaultSqliteUrl = (): string => `file:${path.join(projectRoot(), 'data', 'jinqiao.db')}`

/**
 * Reads DATABASE_URL and tells which adapter serves it.
 * unset or `file:` → embedded SQLite; `postgres(ql)://` → PostgreSQL; `mongodb(+srv)://` → MongoDB.
 */
/** The database this process uses (DATABASE_URL). */
export const currentDatabase = (): DatabaseTarget => resolveDatabase(process.env.DATABASE_URL)

export function resolveDatabase(raw: string | undefined): DatabaseTarget {
  const url = raw?.trim()
  if (!url) return { kind: 'sqlite', url: defaultSqliteUrl() }
  const scheme = url.includes(':') ? url.slice(0, url.indexOf(':')).toLowerCase() : ''
  switch (scheme) {
    case 'file':
      return { kind: 'sqlite', url }
    case 'postgres':
    case 'postgresql':
      return { kind: 'postgres', url }
    case 'mongodb':
    case 'mongodb+srv':
      return { kind: 'mongodb', url }
    default:
      throw new ConfigError(
        `DATABASE_URL has the unsupported scheme "${scheme || url}". Use mongodb://…, postgres://… or file:… — or leave it unset for the embedded database in data/.`,
      )
  }
}

/**
 * How many connections one instance keeps to PostgreSQL at most: DATABASE_POOL_MAX, default 10 (as
 * pg's). Payload's adapter keeps one of them for itself, and a request in a transaction may need a
 * second, hence at least 3. Every instance, worker and migration run opens its own pool: keep their
 * sum under the server's max_connections.
 */
export function databasePoolMax(value = process.env.DATABASE_POOL_MAX): number {
  if (value === undefined || value.trim() === '') return 10
  const parsed = Number(value)
  if (!Number.isInteger(parsed) || parsed < 3 || parsed > 1000) {
    throw new ConfigError(
      `DATABASE_POOL_MAX must be a whole number of connections from 3 to 1000 (Payload keeps one for itself), not "${value}".`,
    )
  }
  return parsed
}

/** Makes sure the folder of an embedded database file exists, so that a fresh clone starts. */
export function ensureSqliteFolder(url: string): void {
  const file = url.replace(/^file:(\/\/)?/, '')
  if (!file || file === ':memory:') return
  fs.mkdirSync(path.dirname(path.resolve(projectRoot(), file)), { recursive: true })
}

/**
 * PAYLOAD_SECRET signs sessions and API tokens. Production refuses to start without one; development
 * keeps a random one in data/.dev-secret so that logins survive a restart without any set-up.
 */
export function resolveSecret(): string {
  const secret = process.env.PAYLOAD_SECRET?.trim()
  if (secret) return secret
  // `next build` evaluates the config to prerender nothing secret; the running server needs the real one.
  if (process.env.NEXT_PHASE === 'phase-production-build') return 'next-build-placeholder'
  if (isProduction()) {
    throw new ConfigError(
      'PAYLOAD_SECRET is not set. In production it is required: set it to a long random string (for example the output of `openssl rand -hex 32`) in the environment or in .env.',
    )
  }
  const file = path.join(projectRoot(), 'data', '.dev-secret')
  try {
    return fs.readFileSync(file, 'utf8').trim()
  } catch {
    const generated = crypto.randomBytes(32).toString('hex')
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, generated, { mode: 0o600 })
    return generated
  }
}

const isWebAddress = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

/**
 * What a production start must not do silently, each with what to set: build links and media URLs
 * on localhost (PUBLIC_SERVER_URL, PUBLIC_SITE_URL unset), or send unsigned notifications to the
 * website (WEBHOOK_URLS without WEBHOOK_SECRET). Empty outside production.
 */
export function productionProblems(env: Record<string, string | undefined> = process.env): string[] {
  if (env.NODE_ENV !== 'production') return []
  const problems: string[] = []
  const address = (name: string, what: string, example: string) => {
    const value = env[name]?.trim()
    if (!value) problems.push(`set ${name} to ${what} (for example ${example})`)
    else if (!isWebAddress(value))
      problems.push(`${name} must be an http(s) address such as ${example}, not "${value}"`)
  }
  address(
    'PUBLIC_SERVER_URL',
    "this CMS's public address, used in media URLs and the admin",
    'https://cms.jinqiao.gov.cn',
  )
  address(
    'PUBLIC_SITE_URL',
    "the public website's address, used in feeds and the sitemap",
    'https://www.jinqiao.gov.cn',
  )
  if (env.WEBHOOK_URLS?.trim() && !env.WEBHOOK_SECRET?.trim()) {
    problems.push(
      'set WEBHOOK_SECRET (for example `openssl rand -hex 32`): WEBHOOK_URLS would get unsigned notifications',
    )
  }
  return problems
}

/** What a production start allows but an operator should hear about (logged at start). */
export function productionWarnings(env: Record<string, string | undefined> = process.env): string[] {
  if (env.NODE_ENV !== 'production') return []
  const warnings: string[] = []
  if (['false', 'off', '0', 'no'].includes((env.FORCE_PASSWORD_CHANGE ?? '').trim().toLowerCase())) {
    warnings.push(
      'FORCE_PASSWORD_CHANGE is off: accounts keep passwords an administrator (or the seed) chose. Leave it unset in production.',
    )
  }
  if (env.STAFF_2FA_ROLES !== undefined && !env.STAFF_2FA_ROLES.trim()) {
    warnings.push(
      'STAFF_2FA_ROLES is empty: administrators and publishers sign in with a password alone. Leave it unset in production.',
    )
  }
  return warnings
}

/** Stops a production start that productionProblems finds fault with, in one line that says what to set. */
export function refuseUnsafeProductionStart(env: Record<string, string | undefined> = process.env): void {
  const problems = productionProblems(env)
  if (problems.length) throw new ConfigError(`Not starting in production: ${problems.join('; ')}.`)
}

export const serverURL = (): string =>
  (process.env.PUBLIC_SERVER_URL || `http://localhost:${process.env.PORT || 3000}`).replace(/\/$/, '')

export const mediaDir = (): string => path.resolve(projectRoot(), process.env.MEDIA_DIR || 'media')

/** Staff-only files (import and export files): PRIVATE_FILES_DIR, by default beside the media folder. */
export const privateFilesDir = (kind: string): string =>
  path.join(
    path.resolve(projectRoot(), process.env.PRIVATE_FILES_DIR || path.join(path.dirname(mediaDir()), 'private-files')),
    kind,
  )

/** Browser origins allowed to call the API (CORS_ORIGINS, comma-separated); the server's own always is. */
export const corsOrigins = (): string[] => [
  ...new Set([
    serverURL(),
    ...(process.env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim().replace(/\/$/, ''))
      .filter(Boolean),
  ]),
]
