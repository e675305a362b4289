import type { IncomingMessage } from 'node:http'

import { executeAuthStrategies, type Payload, type TypedUser } from 'payload'

import { toWebHeaders } from '../../http/webBridge'

/**
 * Who a request is, as Payload's own auth strategies decide it (JWT from the Authorization header or
 * the session cookie, API key from the Authorization header): never a guess from the text of a
 * header. Everything that treats anonymous readers differently (response cache, read model, page cap)
 * asks here.
 */
export type Principal = { user: TypedUser | null }

const resolved = new WeakMap<IncomingMessage, Principal>()
const pending = new WeakMap<IncomingMessage, Promise<Principal>>()

const NOBODY: Principal = Object.freeze({ user: null })

/**
 * True when the request carries no header any of the configured strategies reads (no Authorization,
 * no Cookie): Payload's auth would find nobody, so this is known without asking it. The paths that
 * answer before Express (cache hits, the read model's fast path) serve only such requests; any other
 * request is authenticated first.
 */
export const presentsNoCredentials = (req: IncomingMessage): boolean =>
  !req.headers.authorization && !req.headers.cookie

/** Authenticates the request once (later calls share the answer). */
export function authenticate(payload: Payload, req: IncomingMessage): Promise<Principal> {
  const known = resolved.get(req)
  if (known) return Promise.resolve(known)
  if (presentsNoCredentials(req)) {
    resolved.set(req, NOBODY)
    return Promise.resolve(NOBODY)
  }
  let running = pending.get(req)
  if (!running) {
    running = executeAuthStrategies({
      headers: toWebHeaders(req.headers),
      payload,
      canSetHeaders: false,
      isGraphQL: false,
    }).then(({ user }) => {
      const principal: Principal = user ? { user } : NOBODY
      resolved.set(req, principal)
      pending.delete(req)
      return principal
    })
    pending.set(req, running)
  }
  return running
}

/** Who authentication found the request to be; undefined before it has run. */
export const principalOf = (req: IncomingMessage): Principal | undefined =>
  presentsNoCredentials(req) ? NOBODY : resolved.get(req)

/**
 * True only for a request authentication has found to be nobody (no user, no key), or one that
 * presents no credentials. A request not yet authenticated is not anonymous: callers fail closed.
 */
export function isAnonymous(req: IncomingMessage): boolean {
  if (presentsNoCredentials(req)) return true
  return resolved.get(req) === NOBODY
}
