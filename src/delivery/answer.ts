import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

/** The strong validator of a body: the same bytes, the same ETag, on every instance. */
export const strongETag = (body: Buffer): string => `"${crypto.createHash('sha1').update(body).digest('base64url')}"`

/**
 * Whether the client already has this representation: If-None-Match lists it (weak comparison, as
 * RFC 9110 asks for this header: `W/"x"` matches `"x"`) or is `*`.
 */
export function clientHas(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match']
  if (!header) return false
  const wanted = etag.replace(/^W\//, '')
  return header.split(',').some((tag) => {
    const candidate = tag.trim()
    return candidate === '*' || candidate.replace(/^W\//, '') === wanted
  })
}

export type Answer = {
  status: number
  headers: Iterable<[string, string]>
  body: Buffer
  /** The body's ETag when already known (a cache entry keeps it); computed otherwise. */
  etag?: string
}

/**
 * Writes a public answer — the one place that does, for the response cache's hits, the read model's
 * answers, Payload's buffered reads and the feeds: its headers, its ETag, and a bodiless 304 when a
 * 200's representation is one the client has. Works on a bare node:http response (answers given
 * before Express) as on Express's.
 */
export function writeAnswer(req: IncomingMessage, res: ServerResponse, answer: Answer): void {
  const etag = answer.etag ?? strongETag(answer.body)
  for (const [name, value] of answer.headers) res.setHeader(name, value)
  res.setHeader('etag', etag)
  if (answer.status === 200 && clientHas(req, etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = answer.status
  res.setHeader('content-length', answer.body.length)
  res.end(req.method === 'HEAD' ? undefined : answer.body)
}
