import type { AfterErrorHook, CollectionAfterLoginHook } from 'payload'

import { recordAudit } from './record'

export const auditLogin: CollectionAfterLoginHook = async ({ req, user }) => {
  await recordAudit(
    req.payload,
    { action: 'login', collectionSlug: 'users', documentId: user.id, documentTitle: user.email },
    { req, actor: { ...user, collection: 'users' } },
  )
  return user
}

const FAILED_LOGIN_ERRORS = new Set(['AuthenticationError', 'LockedAuth', 'UnverifiedEmail'])

/** A refused login is an error, so it is recorded here — outside the failed request's transaction. */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  if (!FAILED_LOGIN_ERRORS.has(error?.name)) return
  const email = (req.data as { email?: unknown } | undefined)?.email
  await recordAudit(
    req.payload,
    {
      action: 'login-failed',
      collectionSlug: 'users',
      documentTitle: typeof email === 'string' ? email.slice(0, 200) : undefined,
      comment: error.name === 'LockedAuth' ? 'account locked' : 'wrong email or password',
    },
    // No transaction: the request's own is rolled back. The ip comes from the request headers.
    { actor: null, req: { headers: req.headers, payload: req.payload } as never },
  ).catch((failure) => req.payload.logger.error({ err: failure }, 'could not record a failed login'))
}
