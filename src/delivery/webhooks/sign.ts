import crypto from 'node:crypto'

/** `sha256=<hex>`: HMAC-SHA256 of the exact body bytes with WEBHOOK_SECRET, as the receiver recomputes it. */
export const signBody = (body: string, secret: string): string =>
  `sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`

/** Constant-time check of a signature header against a body: what a receiver does. */
export function verifySignature(body: string, secret: string, header: string | null | undefined): boolean {
  if (!header) return false
  const expected = Buffer.from(signBody(body, secret))
  const given = Buffer.from(header)
  return expected.length === given.length && crypto.timingSafeEqual(expected, given)
}
