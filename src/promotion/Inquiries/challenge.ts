import { createHmac, randomBytes } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { CappedMap, create as createAltcha, randomInt } from 'altcha-lib/frameworks/express'
import { deriveKey } from 'altcha-lib/algorithms/pbkdf2'
import type { NextFunction, Request, RequestHandler, Response } from 'express'
import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { ConfigError } from '../../env'
import type { RedisCommander } from '../../http/rateLimits'
import type { Inquiry } from '../../payload-types'
import { isAnonymous } from '../../workflow/access/principal'
import { json, type PathItem } from '../../delivery/apiDocs/declare'

/**
 * The inquiry form's bot defence, with no third party: an ALTCHA proof-of-work challenge
 * (altcha-lib), issued and verified here.
 *
 * - GET /api/inquiries/challenge gives a signed challenge; the website's <altcha-widget> solves it in
 *   the visitor's browser (about a second) and puts the result in the form as `altcha`.
 * - POST /api/inquiries with a valid, unused solution gets the relaxed per-address limit
 *   (RATE_LIMIT_INQUIRIES_VERIFIED); without one, the strict limit (RATE_LIMIT_INQUIRIES), or a 400 when
 *   INQUIRY_CHALLENGE=required. A solution is good once, for 10 minutes.
 *
 * What the gate found is handed to Payload in a header only the server sets (x-jinqiao-inquiry-check),
 * and the collection refuses a public create that did not pass the gate: no other path reaches it.
 */

/** What the gate found in a public inquiry. */
export type ChallengeResult = 'passed' | 'absent'

export const CHECK_HEADER = 'x-jinqiao-inquiry-check'
/** Also accepted as a header, for clients that send multipart bodies. */
const SOLUTION_HEADER = 'x-altcha'
const FIELD = 'altcha'
const VALID_FOR_SECONDS = 600
const DEFAULT_COST = 1_000

const results = new WeakMap<IncomingMessage, ChallengeResult>()

/**
 * Known to this process only: a check header without it was not set by the gate. (Every instance
 * gates its own requests, so the token need not be shared.)
 */
const GATE_TOKEN = randomBytes(16).toString('hex')

/** What the gate found for this request, if it ran. */
export const challengeResultOf = (req: IncomingMessage): ChallengeResult | undefined => results.get(req)

export type InquiryChallenge = {
  /** GET /api/inquiries/challenge */
  issue: RequestHandler
  /** POST /api/inquiries, before its rate limit. */
  gate: RequestHandler
  required: boolean
}

type Env = Record<string, string | undefined>

export function challengeSettings(env: Env = process.env): { required: boolean; cost: number } {
  const mode = (env.INQUIRY_CHALLENGE || 'optional').trim()
  if (mode !== 'optional' && mode !== 'required') {
    throw new ConfigError(`INQUIRY_CHALLENGE must be "optional" or "required", not "${mode}".`)
  }
  const cost = env.INQUIRY_CHALLENGE_COST ? Number(env.INQUIRY_CHALLENGE_COST) : DEFAULT_COST
  if (!Number.isInteger(cost) || cost < 1 || cost > 1_000_000) {
    throw new ConfigError(
      `INQUIRY_CHALLENGE_COST must be a whole number of PBKDF2 iterations (1 to 1000000), not "${env.INQUIRY_CHALLENGE_COST}".`,
    )
  }
  return { required: mode === 'required', cost }
}

/** Used solutions, so that one solved challenge sends one inquiry: in Redis when shared, else here. */
function usedSolutions(redis: RedisCommander | undefined, namespace: string) {
  if (!redis) return new CappedMap<string, boolean>({ maxSize: 100_000 })
  const key = (id: string) => `${namespace}:inquiry-challenge:used:${id}`
  return {
    get: async (id: string) => (await redis.sendCommand(['EXISTS', key(id)])) === 1,
    set: async (id: string) => redis.sendCommand(['SET', key(id), '1', 'EX', String(VALID_FOR_SECONDS + 60)]),
    setIfAbsent: async (id: string) =>
      (await redis.sendCommand(['SET', key(id), '1', 'NX', 'EX', String(VALID_FOR_SECONDS + 60)])) === 'OK',
  }
}

/** The solution a request carries: the `altcha` field of a JSON body, or the X-Altcha header. */
function solutionOf(req: Request): { solution?: string; malformed?: boolean } {
  const header = req.headers[SOLUTION_HEADER]
  if (typeof header === 'string' && header) return { solution: header }
  const body: unknown = req.body
  if (!Buffer.isBuffer(body) || !body.length || !/json/i.test(req.headers['content-type'] ?? '')) return {}
  let data: unknown
  try {
    data = JSON.parse(body.toString('utf8'))
  } catch {
    return {} // Payload answers malformed JSON with its own 400.
  }
  const value = (data as Record<string, unknown> | null)?.[FIELD]
  if (value === undefined || value === null || value === '') return {}
  return typeof value === 'string' ? { solution: value } : { malformed: true }
}

function pass(req: Request, result: ChallengeResult): void {
  results.set(req, result)
  req.headers[CHECK_HEADER] = `${result}:${GATE_TOKEN}`
}

const refuse = (res: Response, message: string) =>
  res.status(400).json({ errors: [{ message, data: { errors: [{ path: FIELD, message }] } }] })

export function createInquiryChallenge({
  secret,
  redis,
  env = process.env,
}: {
  /** PAYLOAD_SECRET: the challenge keys are derived from it. */
  secret: string
  redis?: RedisCommander
  env?: Env
}): InquiryChallenge {
  const { required, cost } = challengeSettings(env)
  const derive = (purpose: string) => createHmac('sha256', secret).update(`inquiry-challenge:${purpose}`).digest('hex')
  const signatureSecret = derive('signature')
  const keySecret = derive('key')
  const store = usedSolutions(redis, env.REDIS_NAMESPACE || 'jinqiao')
  const altcha = createAltcha({
    deriveKey,
    hmacSignatureSecret: signatureSecret,
    hmacKeySignatureSecret: keySecret,
    store,
    createChallengeParameters: () => ({
      algorithm: 'PBKDF2/SHA-256',
      cost,
      // Deterministic mode: the server knows the answer, so verifying costs one derivation.
      counter: randomInt(2_000, 5_000),
      expiresAt: new Date(Date.now() + VALID_FOR_SECONDS * 1000),
    }),
  })

  const issue: RequestHandler = (req, res, next) => {
    res.setHeader('Cache-Control', 'no-store')
    altcha.challengeHandler(req, res, next)
  }

  const gate = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    delete req.headers[CHECK_HEADER]
    // Staff and API keys (authenticated before this runs) have budgets of their own, and no puzzle.
    if (!isAnonymous(req)) {
      next()
      return
    }
    const { solution, malformed } = solutionOf(req)
    if (malformed) {
      refuse(res, `"${FIELD}" must be the text the ALTCHA widget puts in the form.`)
      return
    }
    if (!solution) {
      if (required) {
        refuse(
          res,
          'This form needs its anti-robot check: load a challenge from GET /api/inquiries/challenge, solve it (the ALTCHA widget does this in the browser) and send the result as "altcha".',
        )
        return
      }
      pass(req, 'absent')
      next()
      return
    }
    try {
      const { error } = await altcha.verify(solution, deriveKey, signatureSecret, keySecret, store)
      if (error) {
        const used = /already used/i.test(error)
        const expired = /expired/i.test(error)
        refuse(
          res,
          used
            ? 'This anti-robot check was used already. Reload the form to get a new one, then send it again.'
            : expired
              ? 'The anti-robot check expired (it is valid for 10 minutes). Reload the form, then send it again.'
              : 'The anti-robot check failed. Reload the form, then send it again.',
        )
        return
      }
    } catch (error) {
      next(error)
      return
    }
    pass(req, 'passed')
    next()
  }

  return { issue, gate: (req, res, next) => void gate(req, res, next), required }
}

/**
 * The collection's side of the gate: an anonymous inquiry over HTTP must have come through it (POST
 * /api/inquiries), whatever path reached Payload. The solution itself is not stored.
 */
export const requireGate: CollectionBeforeValidateHook<Inquiry> = ({ data, operation, req }) => {
  if (data && FIELD in data) delete (data as Record<string, unknown>)[FIELD]
  if (operation !== 'create' || req.payloadAPI === 'local' || req.user) return data
  const check = req.headers?.get(CHECK_HEADER) ?? ''
  if (check !== `passed:${GATE_TOKEN}` && check !== `absent:${GATE_TOKEN}`) {
    throw new ValidationError({
      collection: 'inquiries',
      errors: [{ path: FIELD, message: 'Send inquiries with POST /api/inquiries.' }],
      req,
    })
  }
  return data
}

/** GET /api/inquiries/challenge in the OpenAPI document (served by Express, before Payload). */
export const challengeOpenApi: PathItem = {
  get: {
    operationId: 'inquiryChallenge',
    summary: 'A new anti-robot challenge (ALTCHA) for the inquiry form, valid for 10 minutes',
    description:
      'Solve it (the ALTCHA widget does this in the browser) and send the result as `altcha` in the inquiry, ' +
      'or in the `X-Altcha` header of a multipart form.',
    tags: ['Inquiry'],
    responses: {
      '200': {
        description: 'The challenge, never cached.',
        content: json({
          type: 'object',
          required: ['parameters', 'signature'],
          properties: {
            parameters: {
              type: 'object',
              required: ['algorithm', 'nonce', 'salt', 'cost', 'keyLength', 'keyPrefix'],
              properties: {
                algorithm: { type: 'string' },
                nonce: { type: 'string' },
                salt: { type: 'string' },
                cost: { type: 'integer' },
                keyLength: { type: 'integer' },
                keyPrefix: { type: 'string' },
                keySignature: { type: 'string' },
                expiresAt: { type: 'integer' },
              },
            },
            signature: { type: 'string' },
          },
        }),
      },
    },
  },
}
