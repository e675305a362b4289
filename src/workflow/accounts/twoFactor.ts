import { createHash, randomBytes } from 'node:crypto'

import { generateSecret, generateURI, verify } from 'otplib'
import type { Endpoint, Field, Payload, PayloadRequest } from 'payload'
import QRCode from 'qrcode'

import type { User } from '../../payload-types'
import { hasRole, ROLES } from '../access/roles'
import { needsSecondFactor, secondFactorPending } from '../access/secondFactor'
import { recordAudit } from '../audit/record'
import { selfOrAdminsField } from '../access/roles'
import { endAllSessions, updateSessions } from './sessions'
import { jsonError } from '../../http/errors'

/**
 * Two-factor sign-in with TOTP (RFC 6238: any authenticator app, offline). Required for the roles in
 * STAFF_2FA_ROLES (default admin, publisher), for accounts an administrator marks, and for anyone
 * who turned it on. A session that owes its second factor has no rights (roles.ts) until it gives it
 * here; it may only set it up or verify it. API keys are not concerned.
 *
 *   POST /api/users/two-factor/setup          a new secret, its otpauth:// URI and QR code (not yet on)
 *   POST /api/users/two-factor/enable {code}  turns it on with a first code; answers 10 recovery codes
 *   POST /api/users/two-factor/verify {code} or {recoveryCode}   this session gives its second factor
 *   POST /api/users/:id/two-factor/reset      an administrator clears an account's (audited)
 */

const ISSUER = 'Jinqiao CMS'
const MAX_FAILURES = 5
const RECOVERY_CODES = 10

/** The fields: the secret and the recovery codes are never sent to anyone (hidden). */
export const twoFactorFields: Field[] = [
  { name: 'totpSecret', type: 'text', hidden: true },
  { name: 'totpPendingSecret', type: 'text', hidden: true },
  { name: 'totpLastStep', type: 'number', hidden: true },
  { name: 'recoveryCodes', type: 'json', hidden: true },
  {
    name: 'totpEnabledAt',
    type: 'date',
    label: { en: 'Two-factor sign-in since', zh: '双因素登录启用时间' },
    access: { read: selfOrAdminsField, create: () => false, update: () => false },
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
  },
  {
    name: 'require2fa',
    type: 'checkbox',
    label: { en: 'Requires two-factor sign-in', zh: '必须使用双因素登录' },
    defaultValue: false,
    access: {
      read: selfOrAdminsField,
      create: ({ req }) => hasRole(req.user, 'admin'),
      update: ({ req }) => hasRole(req.user, 'admin'),
    },
    admin: {
      position: 'sidebar',
      description: {
        en: 'Always required for the roles in STAFF_2FA_ROLES (administrators and publishers unless changed).',
        zh: 'STAFF_2FA_ROLES 中的角色（默认管理员和发布者）始终必须使用。',
      },
    },
  },
]

const hashCode = (code: string) => createHash('sha256').update(code.replace(/[\s-]/g, '').toLowerCase()).digest('hex')

const refuse = jsonError

type Signed = User & { _sid?: string; collection: 'users' }

/** The signed-in staff account and its stored row (hidden fields included), or a refusal. */
async function signedIn(req: PayloadRequest): Promise<{ user: Signed; row: User } | Response> {
  const user = req.user as Signed | null
  if (
    !user ||
    user.collection !== 'users' ||
    user.active === false ||
    !ROLES.includes(user.role as never) ||
    !user._sid
  ) {
    return refuse(401, 'Sign in first (with your email and password), then give your second factor.')
  }
  const row = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: user.id } }, req })
  if (!row) return refuse(401, 'Sign in first.')
  return { user, row }
}

const codeOf = async (req: PayloadRequest): Promise<Record<string, unknown>> =>
  ((await req.json?.().catch(() => ({}))) ?? {}) as Record<string, unknown>

async function updateUser(payload: Payload, id: number | string, data: Record<string, unknown>, req?: PayloadRequest) {
  await payload.db.updateOne({ collection: 'users', id, data, req, returning: false } as Parameters<
    Payload['db']['updateOne']
  >[0])
}

/** Marks this session as having given its second factor (or counts a failure; too many end it). */
async function markSession(
  req: PayloadRequest,
  userId: number | string,
  sid: string,
  passed: boolean,
): Promise<boolean> {
  let ended = false
  await updateSessions(
    req.payload,
    userId,
    (sessions) => {
      const session = sessions.find((s) => s.id === sid)
      const failures = (session?.secondFactorFailures ?? 0) + 1
      ended = !passed && failures >= MAX_FAILURES
      if (ended) return sessions.filter((s) => s.id !== sid)
      return sessions.map((s) =>
        s.id !== sid
          ? s
          : passed
            ? { ...s, secondFactorAt: new Date().toISOString(), secondFactorFailures: 0 }
            : { ...s, secondFactorFailures: failures },
      )
    },
    req,
  )
  return ended
}

export const twoFactorEndpoints = (): Endpoint[] => [
  {
    path: '/two-factor/setup',
    method: 'post',
    handler: async (req) => {
      const found = await signedIn(req)
      if (found instanceof Response) return found
      if (found.row.totpEnabledAt) {
        return refuse(
          409,
          'Two-factor sign-in is already on. To move it to a new device, ask an administrator to reset it.',
        )
      }
      const secret = generateSecret()
      await updateUser(req.payload, found.row.id, { totpPendingSecret: secret }, req)
      const uri = generateURI({ issuer: ISSUER, label: found.row.email, secret })
      return Response.json(
        { secret, uri, qr: await QRCode.toDataURL(uri, { margin: 1, width: 220 }) },
        { headers: { 'Cache-Control': 'no-store' } },
      )
    },
  },
  {
    path: '/two-factor/enable',
    method: 'post',
    handler: async (req) => {
      const found = await signedIn(req)
      if (found instanceof Response) return found
      const { row, user } = found
      if (row.totpEnabledAt) return refuse(409, 'Two-factor sign-in is already on.')
      const secret = (row as { totpPendingSecret?: string | null }).totpPendingSecret
      if (!secret) return refuse(400, 'Start with POST /api/users/two-factor/setup, then send the first code it shows.')
      const code = String((await codeOf(req)).code ?? '').replace(/\s/g, '')
      const result = /^\d{6}$/.test(code) ? await verify({ secret, token: code, epochTolerance: 30 }) : { valid: false }
      if (!result.valid) {
        return refuse(
          400,
          'This code is not right. Enter the 6 digits your authenticator app shows now for Jinqiao CMS.',
        )
      }
      const codes = Array.from({ length: RECOVERY_CODES }, () => {
        const raw = randomBytes(5).toString('hex')
        return `${raw.slice(0, 5)}-${raw.slice(5)}`
      })
      await updateUser(
        req.payload,
        row.id,
        {
          totpSecret: secret,
          totpPendingSecret: null,
          totpEnabledAt: new Date().toISOString(),
          totpLastStep: (result as { timeStep?: number }).timeStep ?? null,
          recoveryCodes: codes.map(hashCode),
          updatedAt: row.updatedAt,
        },
        req,
      )
      await markSession(req, row.id, user._sid!, true)
      await recordAudit(
        req.payload,
        {
          action: 'two-factor',
          collectionSlug: 'users',
          documentId: row.id,
          documentTitle: `${row.name ?? row.email}: two-factor sign-in turned on`,
        },
        { req },
      )
      return Response.json({
        message:
          'Two-factor sign-in is on. Keep these recovery codes somewhere safe: each works once, if your device is lost.',
        recoveryCodes: codes,
      })
    },
  },
  {
    path: '/two-factor/verify',
    method: 'post',
    handler: async (req) => {
      const found = await signedIn(req)
      if (found instanceof Response) return found
      const { row, user } = found
      const secret = (row as { totpSecret?: string | null }).totpSecret
      if (!row.totpEnabledAt || !secret) {
        return refuse(400, 'Two-factor sign-in is not set up yet: set it up first (POST /api/users/two-factor/setup).')
      }
      if (!secondFactorPending({ ...user, sessions: row.sessions } as never) && !needsSecondFactor(user as never)) {
        return Response.json({ message: 'Nothing to verify.' })
      }
      const body = await codeOf(req)
      let passed = false
      let usedRecovery = false
      if (typeof body.recoveryCode === 'string' && body.recoveryCode.trim()) {
        const hashes = ((row as { recoveryCodes?: unknown }).recoveryCodes as string[] | null) ?? []
        const hash = hashCode(body.recoveryCode)
        if (hashes.includes(hash)) {
          passed = usedRecovery = true
          await updateUser(
            req.payload,
            row.id,
            { recoveryCodes: hashes.filter((h) => h !== hash), updatedAt: row.updatedAt },
            req,
          )
        }
      } else {
        const code = String(body.code ?? '').replace(/\s/g, '')
        const last = (row as { totpLastStep?: number | null }).totpLastStep ?? undefined
        const result = /^\d{6}$/.test(code)
          ? await verify({
              secret,
              token: code,
              epochTolerance: 30,
              ...(last !== undefined ? { afterTimeStep: last } : {}),
            })
          : { valid: false }
        if (result.valid) {
          passed = true
          await updateUser(
            req.payload,
            row.id,
            { totpLastStep: (result as { timeStep?: number }).timeStep, updatedAt: row.updatedAt },
            req,
          )
        }
      }
      const ended = await markSession(req, row.id, user._sid!, passed)
      if (ended) return refuse(401, `${MAX_FAILURES} wrong codes: this sign-in has ended. Sign in again.`)
      if (!passed) {
        return refuse(
          400,
          'This code is not right, or was used already. Enter the 6 digits your authenticator app shows now, or one of your recovery codes.',
        )
      }
      if (usedRecovery) {
        await recordAudit(
          req.payload,
          {
            action: 'two-factor',
            collectionSlug: 'users',
            documentId: row.id,
            documentTitle: `${row.name ?? row.email}: signed in with a recovery code`,
          },
          { req },
        )
      }
      return Response.json({ message: 'Second factor verified.' })
    },
  },
  {
    path: '/:id/two-factor/reset',
    method: 'post',
    handler: async (req) => {
      if (!hasRole(req.user, 'admin')) return refuse(403, "Only administrators reset someone's two-factor sign-in.")
      const id = String(req.routeParams?.id ?? '')
      const row = await req.payload.db.findOne<User>({ collection: 'users', where: { id: { equals: id } }, req })
      if (!row) return refuse(404, 'There is no account with this id.')
      await updateUser(
        req.payload,
        row.id,
        {
          totpSecret: null,
          totpPendingSecret: null,
          totpEnabledAt: null,
          totpLastStep: null,
          recoveryCodes: null,
          updatedAt: row.updatedAt,
        },
        req,
      )
      // Signed out everywhere: the account sets it up again at its next sign-in.
      await endAllSessions(req.payload, row.id, req)
      await recordAudit(
        req.payload,
        {
          action: 'two-factor',
          collectionSlug: 'users',
          documentId: row.id,
          documentTitle: `${row.name ?? row.email}: two-factor sign-in reset (signed out everywhere)`,
        },
        { req },
      )
      return Response.json({ message: 'Two-factor sign-in reset: the account sets it up again at its next sign-in.' })
    },
  },
]
