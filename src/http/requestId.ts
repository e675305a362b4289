import crypto from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/** The request's id: X-Request-Id when a proxy or the frontend sets a sane one, else a new UUID. */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id']
  return typeof incoming === 'string' && /^[\w.-]{1,128}$/.test(incoming) ? incoming : crypto.randomUUID()
}
