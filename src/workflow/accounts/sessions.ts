import type { IncomingMessage } from 'node:http'

import type { NextFunction, Request, Response } from 'express'
import type { ArrayField, CollectionAfterLoginHook, Endpoint, Payload, PayloadRequest } from 'payload'

import { ConfigError } from '../../env'
import type { User } from '../../payload-types'
import { authenticate, presentsNoCredentials } from '../access/principal'
import { hasRole, isPendingStaff, isStaff } from '../access/roles'
import { clientIp, recordAudit } from '../audit/record'
import { jsonError } from '../../http/errors'

/**
 * Staff sessions: an idle timeout and an absolute limit, and each person's list of their sessions.
 *
 * - Idle: a token lives SESSION_IDLE_MINUTES (default 30). The admin panel renews it while its user is
 *   active and signs out an idle one; an API client must refresh it within that time.
 * - Absolute: SESSION_MAX_HOURS (default 8) after sign-in the session ends, however active, on the
 *   next request (sessionLimits, before every route: API and panel alike).
 * - Each session keeps its device, address and when it was last seen; its owner lists and ends them;
 *   an administrator signs an account out everywhere (as disabling it or changing its role does).
 */

type Env = Record<string, string | undefined>
type Session = NonNullable<User['sessions']>[number]

const wholeNumber = (env: Env, name: string, fallback: number, max: number): number => {
  const raw = env[name]
  if (!raw) return fallback
  const value = Number(raw)
  if (!Number.isInteger(value) || value < 1 || value > max) {
    throw new ConfigError(`${name} must be a whole number from 1 to ${max}, not "${raw}".`)
  }
  return value
}

export const sessionSettings = (env: Env = process.env) => ({
  idleMinutes: wholeNumber(env, 'SESSION_IDLE_MINUTES', 30, 24 * 60),
  maxHours: wholeNumber(env, 'SESSION_MAX_HOURS', 8, 24 * 30),
})

/** Payload's sessions, with what a person needs to recognise one. Read: the account itself (Payload's rule). */
export const sessionsField: ArrayField = {
  name: 'sessions',
  type: 'array',
  fields: [
    { name: 'device', type: 'text' },
    { name: 'ip', type: 'text' },
    { name: 'lastSeenAt', type: 'date' },
    // When this session gave its second factor, and how many wrong codes it sent (twoFactor.ts).
    { name: 'secondFactorAt', type: 'date' },
    { name: 'secondFactorFailures', type: 'number' },
  ],
}

/** The session id a JWT carries (its `sid` claim); the token was verified by whoever hands it here. */
const sidOf = (token: string | undefined): string | undefined => {
  try {
    const claims = JSON.parse(Buffer.from(token!.split('.')[1]!, 'base64url').toString('utf8')) as { sid?: unknown }
    return typeof claims.sid === 'string' ? claims.sid : undefined
  } catch {
    return undefined
  }
}

/** Changes one session of an account, on a fresh read (another sign-in may have added one meanwhile). */
export async function updateSessions(
  payload: Payload,
  userId: number | string,
  change: (sessions: Session[]) => Session[],
  req?: PayloadRequest,
): Promise<void> {
  const user = await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: userId } }, req })
  if (!user) return
  await payload.db.updateOne({
    collection: 'users',
    id: userId,
    data: { sessions: change(user.sessions ?? []), updatedAt: user.updatedAt },
    req,
    returning: false,
  } as Parameters<Payload['db']['updateOne']>[0])
}

/** At sign-in: the new session's device (the browser's own description) and address. */
export const recordSessionDevice: CollectionAfterLoginHook<User> = async ({ req, token, user }) => {
  const sid = sidOf(token)
  if (!sid) return
  const device = (req.headers?.get('user-agent') ?? '').slice(0, 300) || undefined
  const ip = clientIp(req)
  const now = new Date().toISOString()
  await updateSessions(
    req.payload,
    user.id,
    (sessions) => sessions.map((s) => (s.id === sid ? { ...s, device, ip, lastSeenAt: now } : s)),
    req,
  )
}

/**
 * When each session was last seen by this process. Kept here, not written to the account on each
 * request: a write of the account's sessions from the request path could put back a session that was
 * ended meanwhile (sign-out everywhere, a role change), and would cost a write per request. The list
 * shows the later of this and the sign-in's own record. (Per instance: with several instances, each
 * knows the requests it served.)
 */
const lastSeen = new Map<string, number>()
const MAX_TRACKED = 50_000

/**
 * Before every route: a staff session past its absolute limit ends now (an API request gets a 401 that
 * says so; the panel finds itself signed out), and a live one is marked as seen.
 */
export function sessionLimits(payload: Payload, { apiRoute = '/api', env = process.env as Env } = {}) {
  const { maxHours } = sessionSettings(env)
  const adminRoute = payload.config.routes.admin
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    // Only what a session does (the API, the panel's pages): not the panel's static files, which carry
    // the cookie too and would each cost an authentication.
    const guarded = req.path.startsWith(apiRoute) || req.path.startsWith(adminRoute)
    if (!guarded || presentsNoCredentials(req)) return next()
    try {
      const { user } = await authenticate(payload, req as IncomingMessage)
      const sid = (user as { _sid?: string } | null)?._sid
      if (!user || user.collection !== 'users' || !sid) return next()
      const session = ((user as User).sessions ?? []).find((s) => s.id === sid)
      if (!session) return next()
      const now = Date.now()
      if (session.createdAt && now - Date.parse(session.createdAt) > maxHours * 3_600_000) {
        await updateSessions(payload, user.id, (sessions) => sessions.filter((s) => s.id !== sid))
        if (req.path.startsWith(apiRoute)) {
          res.status(401).json({
            errors: [{ message: `Your session reached its ${maxHours}-hour limit and has ended. Sign in again.` }],
          })
          return
        }
        return next()
      }
      lastSeen.delete(sid)
      if (lastSeen.size >= MAX_TRACKED) lastSeen.delete(lastSeen.keys().next().value!)
      lastSeen.set(sid, now)
      next()
    } catch (error) {
      next(error)
    }
  }
}

/** Ends every session of an account: each token it was given stops working on its next request. */
export const endAllSessions = (payload: Payload, userId: number | string, req?: PayloadRequest) =>
  updateSessions(payload, userId, () => [], req)

const refuse = jsonError

/**
 * GET /api/users/sessions — the signed-in person's sessions; DELETE /api/users/sessions/:sid ends one
 * of them; POST /api/users/:id/end-sessions — an administrator signs an account out everywhere
 * (recorded in the audit log).
 */
export const sessionEndpoints = (): Endpoint[] => [
  {
    path: '/sessions',
    method: 'get',
    handler: async (req) => {
      if (!isStaff(req.user) && !isPendingStaff(req.user)) return refuse(403, 'Sign in as staff to see your sessions.')
      const current = (req.user as { _sid?: string })._sid
      const user = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: req.user!.id } } })
      const sessions = (user?.sessions ?? [])
        .filter((s) => Date.parse(s.expiresAt) > Date.now())
        .map(({ id, createdAt, expiresAt, device, ip, lastSeenAt }) => ({
          id,
          createdAt,
          expiresAt,
          lastSeenAt: new Date(
            Math.max(lastSeen.get(id) ?? 0, Date.parse(lastSeenAt ?? createdAt ?? '') || 0),
          ).toISOString(),
          device: device ?? null,
          ip: ip ?? null,
          current: id === current,
        }))
        .sort((a, b) => String(b.lastSeenAt).localeCompare(String(a.lastSeenAt)))
      return Response.json({ sessions }, { headers: { 'Cache-Control': 'no-store' } })
    },
  },
  {
    path: '/sessions/:sid',
    method: 'delete',
    handler: async (req) => {
      if (!isStaff(req.user) && !isPendingStaff(req.user)) return refuse(403, 'Sign in as staff to end a session.')
      const sid = String(req.routeParams?.sid ?? '')
      const user = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: req.user!.id } } })
      if (!user?.sessions?.some((s) => s.id === sid)) return refuse(404, 'You have no session with this id.')
      await updateSessions(req.payload, user.id, (sessions) => sessions.filter((s) => s.id !== sid))
      return Response.json({ message: 'The session has ended.' })
    },
  },
  {
    path: '/:id/end-sessions',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return refuse(403, 'Only administrators sign others out.')
      const id = String(req.routeParams?.id ?? '')
      const user = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } } })
      if (!user) return refuse(404, 'There is no account with this id.')
      const ended = (user.sessions ?? []).length
      await endAllSessions(req.payload, user.id, req)
      await recordAudit(
        req.payload,
        {
          action: 'sign-out',
          collectionSlug: 'users',
          documentId: user.id,
          documentTitle: `${user.name ?? user.email}: signed out everywhere (${ended} session${ended === 1 ? '' : 's'})`,
        },
        { req },
      )
      return Response.json({
        message: `Signed out everywhere: ${ended} session${ended === 1 ? '' : 's'} ended.`,
        ended,
      })
    },
  },
]
