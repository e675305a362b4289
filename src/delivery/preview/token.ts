import { createHmac, timingSafeEqual } from 'node:crypto'

import { ConfigError } from '../../env'

/**
 * Preview tokens: short-lived, signed, for one document. The admin issues one to a signed-in staff
 * member (the Preview button, live preview); the website exchanges it at GET /api/preview for that
 * document's newest draft, read with the rights of the staff member who asked. The token says which
 * document, for whom and until when, and is signed with a key derived from PAYLOAD_SECRET:
 * `<base64url JSON>.<base64url HMAC-SHA256>`.
 */
export type PreviewClaims = { collection: string; id: string | number; user: string | number; exp: number }

/** PREVIEW_TOKEN_MINUTES: how long a preview link works (default 30, at most 1440). */
export function previewMinutes(value = process.env.PREVIEW_TOKEN_MINUTES): number {
  if (value === undefined || value.trim() === '') return 30
  const minutes = Number(value)
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440) {
    throw new ConfigError(`PREVIEW_TOKEN_MINUTES must be a whole number from 1 to 1440, not "${value}".`)
  }
  return minutes
}

const keyOf = (secret: string) => createHmac('sha256', secret).update('jinqiao:preview-token:v1').digest()
const mac = (secret: string, body: string) => createHmac('sha256', keyOf(secret)).update(body).digest('base64url')

export function signPreviewToken(
  secret: string,
  claims: Omit<PreviewClaims, 'exp'>,
  { minutes = previewMinutes(), now = Date.now() }: { minutes?: number; now?: number } = {},
): string {
  const body = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(now / 1000) + minutes * 60 })).toString(
    'base64url',
  )
  return `${body}.${mac(secret, body)}`
}

/** The claims of a token this server signed and that has not expired; otherwise why not. */
export function verifyPreviewToken(
  secret: string,
  token: unknown,
  now = Date.now(),
): { claims: PreviewClaims } | { problem: 'malformed' | 'forged' | 'expired' } {
  if (typeof token !== 'string' || token.length > 2_000) return { problem: 'malformed' }
  const [body, signature, extra] = token.split('.')
  if (!body || !signature || extra !== undefined) return { problem: 'malformed' }
  const expected = Buffer.from(mac(secret, body))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { problem: 'forged' }
  let claims: PreviewClaims
  try {
    claims = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'))
  } catch {
    return { problem: 'malformed' }
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return { problem: 'expired' }
  return { claims }
}
