import { createHash } from 'node:crypto'
import type { ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import {
  type AugmentedRequest,
  ipKeyGenerator,
  MemoryStore,
  type Options,
  rateLimit,
  type Store,
} from 'express-rate-limit'
import { RedisStore, type RedisReply } from 'rate-limit-redis'

import { ConfigError } from '../env'
import { challengeResultOf } from '../promotion/Inquiries/challenge'
import { DEFAULT_KEY_BUDGET } from '../workflow/accounts/ApiKeys'
import { principalOf } from '../workflow/access/principal'

/** A Redis client able to send raw commands (node-redis's `sendCommand`). */
export type RedisCommander = { sendCommand: (args: string[]) => Promise<unknown> }

/** What a client does to a staff account without being signed in as it (or, for unlock, as an admin). */
export type AccountAction = 'login' | 'forgotPassword' | 'unlock'

/** An attempt over a limit: the message of that limit, and in how many seconds to try again. */
export type Refusal = { message: string; retryAfterSeconds: number }

export type AccountLimiter = {
  /**
   * Express: one attempt by the client's address, then (when the body named one) on the account whose
   * email the router recorded with limitAccount (see accountLimits.ts).
   */
  middleware: RequestHandler
  /**
   * One attempt counted in the same counters, outside Express's routing: each loginUser,
   * forgotPasswordUser and unlockUser field of a GraphQL request. Undefined when it is allowed.
   */
  attempt: (ip: string | undefined, email: unknown) => Promise<Refusal | undefined>
}

export type RateLimits = Record<AccountAction, AccountLimiter> & {
  /** Anonymous GraphQL requests, per client address. */
  graphql: RequestHandler
  inquiries: RequestHandler
  /** Every API request of a signed-in principal: per API key (its own budget) and per staff user. */
  principals: RequestHandler
}

/** Two limiters as one middleware: the second counts only what the first let through. */
const oneAfterTheOther =
  (first: RequestHandler, second: RequestHandler): RequestHandler =>
  (req, res, next) =>
    void first(req, res, (error?: unknown) => {
      if (error) next(error)
      else void second(req, res, next)
    })

type Signed = { collection?: string; id?: number | string; name?: unknown; requestsPerMinute?: unknown }

/** The signed-in principal of a request (authenticated before the limits run), if any. */
const signedIn = (req: Parameters<RequestHandler>[0]): Signed | undefined =>
  (principalOf(req)?.user as Signed | null | undefined) ?? undefined

const keyBudget = (key: Signed): number =>
  typeof key.requestsPerMinute === 'number' && key.requestsPerMinute >= 1 ? key.requestsPerMinute : DEFAULT_KEY_BUDGET

type Rule = { limit: number; windowSeconds: number }

/** "10/300" → 10 requests per 300 seconds. */
export function parseRule(value: string | undefined, fallback: Rule, name: string): Rule {
  if (!value) return fallback
  const match = /^(\d+)\/(\d+)$/.exec(value.trim())
  if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
    throw new ConfigError(`${name} must look like "10/300" (10 requests per 300 seconds), not "${value}".`)
  }
  return { limit: Number(match[1]), windowSeconds: Number(match[2]) }
}

/** No address has more characters (RFC 5321); a longer "email" is counted under its hash. */
const MAX_EMAIL_LENGTH = 254

/**
 * The per-account key: the email lower-cased and trimmed, as Payload looks the account up, so that
 * `Admin@x ` and `admin@x` are one account. Undefined when the request names no email.
 */
/** The account each request is about, as the account router read it from the body (accountLimits.ts). */
const accountOfRequest = new WeakMap<ServerResponse, string>()

/** Records the account a login, password reset or unlock names, for its per-account limit. */
export function limitAccount(res: ServerResponse, email: unknown): void {
  const key = accountKey(email)
  if (key !== undefined) accountOfRequest.set(res, key)
}

export function accountKey(email: unknown): string | undefined {
  if (typeof email !== 'string') return undefined
  const normalized = email.toLowerCase().trim()
  if (!normalized) return undefined
  return normalized.length > MAX_EMAIL_LENGTH
    ? `sha256:${createHash('sha256').update(normalized).digest('hex')}`
    : normalized
}

/** The per-address key, as express-rate-limit's default key generator makes it (IPv6 by its /56). */
const addressKey = (ip: string | undefined): string => (ip ? ipKeyGenerator(ip, 56) : 'unknown')

const ACCOUNT_LIMITS: Record<
  AccountAction,
  {
    name: string
    env: string
    accountEnv: string
    perIp: Rule
    perAccount: Rule
    ipMessage: string
    accountMessage: string
  }
> = {
  login: {
    name: 'login',
    env: 'RATE_LIMIT_LOGIN',
    accountEnv: 'RATE_LIMIT_LOGIN_ACCOUNT',
    perIp: { limit: 10, windowSeconds: 300 },
    perAccount: { limit: 10, windowSeconds: 300 },
    ipMessage: 'Too many login attempts from this address. Wait a few minutes, then try again.',
    accountMessage: 'Too many login attempts for this account. Wait a few minutes, then try again.',
  },
  forgotPassword: {
    name: 'forgot-password',
    env: 'RATE_LIMIT_FORGOT_PASSWORD',
    accountEnv: 'RATE_LIMIT_FORGOT_PASSWORD_ACCOUNT',
    perIp: { limit: 5, windowSeconds: 900 },
    perAccount: { limit: 3, windowSeconds: 900 },
    ipMessage: 'Too many password reset requests from this address. Wait a few minutes, then try again.',
    accountMessage: 'Too many password reset requests for this account. Wait a few minutes, then try again.',
  },
  unlock: {
    name: 'unlock',
    env: 'RATE_LIMIT_UNLOCK',
    accountEnv: 'RATE_LIMIT_UNLOCK_ACCOUNT',
    perIp: { limit: 10, windowSeconds: 300 },
    perAccount: { limit: 10, windowSeconds: 300 },
    ipMessage: 'Too many unlock requests from this address. Wait a few minutes, then try again.',
    accountMessage: 'Too many unlock requests for this account. Wait a few minutes, then try again.',
  },
}

/**
 * Rate limits: per client address (behind a proxy, the address per TRUST_PROXY), and for login,
 * forgot-password and unlock also per account, over REST and GraphQL alike. 429 with Retry-After and a
 * JSON message. With a Redis client the counts are shared by every instance.
 */
export function createRateLimits({
  redis,
  env = process.env,
}: { redis?: RedisCommander; env?: Record<string, string | undefined> } = {}): RateLimits {
  // The limiter's store is kept: GraphQL counts its attempts in it directly (store.increment).
  const limiter = (
    name: string,
    rule: Rule,
    message: string | ((req: Parameters<RequestHandler>[0]) => string),
    options: Partial<Pick<Options, 'keyGenerator' | 'skip' | 'requestPropertyName' | 'standardHeaders' | 'limit'>> = {},
  ) => {
    const store: Store = redis
      ? new RedisStore({
          prefix: `${env.REDIS_NAMESPACE || 'jinqiao'}:rate:${name}:`,
          sendCommand: (...args: string[]) => redis.sendCommand(args) as Promise<RedisReply>,
        })
      : new MemoryStore()
    const middleware = rateLimit({
      windowMs: rule.windowSeconds * 1000,
      limit: rule.limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store,
      ...options,
      handler: (req, res, _next, used) => {
        // A limiter without standard headers (per account) still says when to try again.
        const resetTime = (req as AugmentedRequest)[used.requestPropertyName]?.resetTime
        if (!res.getHeader('retry-after') && resetTime) {
          res.setHeader('Retry-After', String(Math.max(1, Math.ceil((resetTime.getTime() - Date.now()) / 1000))))
        }
        res
          .status(used.statusCode)
          .json({ errors: [{ message: typeof message === 'string' ? message : message(req) }] })
      },
    })
    const count = async (key: string): Promise<Refusal | undefined> => {
      const { totalHits, resetTime } = await store.increment(key)
      if (totalHits <= rule.limit) return undefined
      const resetAt = resetTime?.getTime() ?? Date.now() + rule.windowSeconds * 1000
      return {
        message: typeof message === 'string' ? message : '',
        retryAfterSeconds: Math.max(1, Math.ceil((resetAt - Date.now()) / 1000)),
      }
    }
    return { middleware, count }
  }

  const accountLimiter = (action: AccountAction): AccountLimiter => {
    const spec = ACCOUNT_LIMITS[action]
    const perIp = limiter(spec.name, parseRule(env[spec.env], spec.perIp, spec.env), spec.ipMessage)
    const perAccount = limiter(
      // Under the address limiter's prefix, so that clearing `jinqiao:rate:login:*` clears both.
      `${spec.name}:account`,
      parseRule(env[spec.accountEnv], spec.perAccount, spec.accountEnv),
      spec.accountMessage,
      {
        keyGenerator: (_req, res) => accountOfRequest.get(res) ?? '',
        skip: (_req, res) => !accountOfRequest.has(res),
        // The address limiter's numbers stay in req.rateLimit and in the RateLimit headers.
        requestPropertyName: 'accountRateLimit',
        standardHeaders: false,
      },
    )
    return {
      middleware: oneAfterTheOther(perIp.middleware, perAccount.middleware),
      attempt: async (ip, email) => {
        const refusal = await perIp.count(addressKey(ip))
        if (refusal) return refusal
        const key = accountKey(email)
        return key === undefined ? undefined : perAccount.count(key)
      },
    }
  }

  // Per API key: the budget set on the key in the admin (requests per minute).
  const perKey = limiter(
    'api-key',
    { limit: DEFAULT_KEY_BUDGET, windowSeconds: 60 },
    (req) => {
      const key = signedIn(req)!
      return `The API key "${String(key.name)}" has used its budget of ${keyBudget(key)} requests per minute. Slow down, or ask an administrator for a larger budget.`
    },
    {
      skip: (req) => signedIn(req)?.collection !== 'api-keys',
      keyGenerator: (req) => String(signedIn(req)!.id),
      limit: (req) => keyBudget(signedIn(req)!),
    },
  )
  // Per staff member, whatever the address (an office shares one).
  const staffRule = parseRule(env.RATE_LIMIT_STAFF, { limit: 1_200, windowSeconds: 60 }, 'RATE_LIMIT_STAFF')
  const perUser = limiter(
    'staff',
    staffRule,
    `Your account has used its budget of ${staffRule.limit} requests per ${staffRule.windowSeconds} seconds. Wait a moment, then try again.`,
    {
      skip: (req) => signedIn(req)?.collection !== 'users',
      keyGenerator: (req) => String(signedIn(req)!.id),
    },
  )

  return {
    principals: oneAfterTheOther(perKey.middleware, perUser.middleware),
    login: accountLimiter('login'),
    forgotPassword: accountLimiter('forgotPassword'),
    unlock: accountLimiter('unlock'),
    graphql: limiter(
      'graphql',
      parseRule(env.RATE_LIMIT_GRAPHQL, { limit: 300, windowSeconds: 60 }, 'RATE_LIMIT_GRAPHQL'),
      'Too many GraphQL requests from this address. Slow down, or cache responses on your side.',
      // Keys and staff have budgets of their own (principals), not the address's.
      { skip: (req) => signedIn(req) !== undefined },
    ).middleware,
    // Per address: strict without the form's anti-robot check, relaxed with it (colleagues behind one
    // office address), counted apart (promotion/Inquiries/challenge.ts).
    inquiries: oneAfterTheOther(
      limiter(
        'inquiries',
        parseRule(env.RATE_LIMIT_INQUIRIES, { limit: 5, windowSeconds: 600 }, 'RATE_LIMIT_INQUIRIES'),
        'Too many inquiries from this address. Please wait before sending another one.',
        { skip: (req) => challengeResultOf(req) === 'passed' || signedIn(req) !== undefined },
      ).middleware,
      limiter(
        'inquiries:checked',
        parseRule(
          env.RATE_LIMIT_INQUIRIES_VERIFIED,
          { limit: 30, windowSeconds: 600 },
          'RATE_LIMIT_INQUIRIES_VERIFIED',
        ),
        'Too many inquiries from this address. Please wait before sending another one.',
        { skip: (req) => challengeResultOf(req) !== 'passed' },
      ).middleware,
    ),
  }
}
