import type { AfterErrorHook, CollectionAfterLoginHook, PayloadRequest } from 'payload'

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

/** Whether an error thrown by Payload's login operation is a refused login (not, say, a missing password). */
export const isFailedLogin = (error: { name?: unknown } | null | undefined): boolean =>
  typeof error?.name === 'string' && FAILED_LOGIN_ERRORS.has(error.name)

/**
 * Records a refused login, outside the failed request's transaction (Payload rolls that one back). The
 * ip comes from the request's headers (x-jinqiao-client-ip, see server/webBridge.ts).
 */
export async function recordFailedLogin(
  req: Pick<PayloadRequest, 'headers' | 'payload'>,
  { email, errorName }: { email: unknown; errorName: string },
): Promise<void> {
  await recordAudit(
    req.payload,
    {
      action: 'login-failed',
      collectionSlug: 'users',
      documentTitle: typeof email === 'string' ? email.slice(0, 200) : undefined,
      comment: errorName === 'LockedAuth' ? 'account locked' : 'wrong email or password',
    },
    { actor: null, req: { headers: req.headers, payload: req.payload } as never },
  ).catch((failure) => req.payload.logger.error({ err: failure }, 'could not record a failed login'))
}

/**
 * A refused REST login is an error, so it is recorded here. Payload's REST handler alone calls afterError
 * hooks: GraphQL's loginUser failures are recorded by payloadGraphQL (server/payloadApi.ts).
 */
export const auditFailedLogin: AfterErrorHook = async ({ error, req }) => {
  if (!isFailedLogin(error)) return
  await recordFailedLogin(req, { email: (req.data as { email?: unknown } | undefined)?.email, errorName: error.name })
}
