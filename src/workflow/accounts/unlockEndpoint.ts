import {
  addDataAndFileToRequest,
  APIError,
  type Endpoint,
  Forbidden,
  headersWithCors,
  type PayloadRequest,
  unlockOperation,
} from 'payload'

/**
 * POST /api/users/unlock, in place of Payload's (a collection's own endpoints are matched before the
 * defaults Payload appends). Payload's answers 200 for an account it unlocked and 403 for an email
 * without one, telling whoever may call it which emails have accounts. Here:
 * - whoever may not unlock (access.unlock: administrators) gets a 403 before any account is looked up,
 *   whatever the email;
 * - whoever may gets 200 for a known and an unknown email alike (an unknown one unlocks nothing).
 * GraphQL's unlockUser is Payload's own: a 403 error for non-administrators whatever the email; for an
 * administrator, true for a known email and a 403 error for an unknown one (administrators can list
 * the accounts anyway).
 */
export const unlockEndpoint: Endpoint = {
  path: '/unlock',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const collection = req.payload.collections.users
    const allowed = await collection.config.access.unlock({ req })
    if (!allowed) throw new Forbidden(req.t)
    await addDataAndFileToRequest(req)
    const email = (req.data as { email?: unknown } | undefined)?.email
    if (typeof email !== 'string' || !email.trim()) throw new APIError('Missing email.', 400, null, true)
    try {
      // Payload's type asks for a password it does not read (its own handler passes none either).
      await unlockOperation({ collection, data: { email } as Parameters<typeof unlockOperation>[0]['data'], req })
    } catch (error) {
      // With access granted, Payload's Forbidden means that no account has this email.
      if (!(error instanceof Forbidden)) throw error
    }
    return Response.json(
      { message: req.t('general:success') },
      { status: 200, headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
