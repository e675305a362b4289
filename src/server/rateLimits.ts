import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import { RedisStore, type RedisReply } from 'rate-limit-redis'

import { ConfigError } from '../env'

/** A Redis client able to send raw commands (node-redis's `sendCommand`). */
export type RedisCommander = { sendCommand: (args: string[]) => Promise<unknown> }

export type RateLimits = { login: RequestHandler; graphql: RequestHandler; inquiries: RequestHandler }

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

/**
 * Per-IP rate limits (behind a proxy, the client address per TRUST_PROXY). 429 with Retry-After and a
 * JSON message. With a Redis client the counts are shared by every instance.
 */
export function createRateLimits({
  redis,
  env = process.env,
}: { redis?: RedisCommander; env?: Record<string, string | undefined> } = {}): RateLimits {
  const limiter = (name: string, rule: Rule, message: string): RequestHandler =>
    rateLimit({
      windowMs: rule.windowSeconds * 1000,
      limit: rule.limit,
      standardHeaders: 'draft-7',
      legacyHeaders: false,
      store: redis
        ? new RedisStore({
            prefix: `jinqiao:rate:${name}:`,
            sendCommand: (...args: string[]) => redis.sendCommand(args) as Promise<RedisReply>,
          })
        : undefined,
      handler: (_req, res, _next, options) => {
        res.status(options.statusCode).json({ errors: [{ message }] })
      },
    })
  return {
    login: limiter(
      'login',
      parseRule(env.RATE_LIMIT_LOGIN, { limit: 10, windowSeconds: 300 }, 'RATE_LIMIT_LOGIN'),
      'Too many login attempts from this address. Wait a few minutes, then try again.',
    ),
    graphql: limiter(
      'graphql',
      parseRule(env.RATE_LIMIT_GRAPHQL, { limit: 300, windowSeconds: 60 }, 'RATE_LIMIT_GRAPHQL'),
      'Too many GraphQL requests from this address. Slow down, or cache responses on your side.',
    ),
    inquiries: limiter(
      'inquiries',
      parseRule(env.RATE_LIMIT_INQUIRIES, { limit: 5, windowSeconds: 600 }, 'RATE_LIMIT_INQUIRIES'),
      'Too many inquiries from this address. Please wait before sending another one.',
    ),
  }
}
