import express, { type NextFunction, type Request, type Response } from 'express'

/** The largest JSON (or other non-multipart) API request body: a long bilingual article is ~200 kB. */
export const MAX_JSON_BODY_BYTES = 2 * 1024 * 1024

/**
 * The largest multipart (upload) request body: Payload's own limit is 20 MB a file (upload.limits),
 * plus room for the other form fields.
 */
export const MAX_UPLOAD_BODY_BYTES = 21 * 1024 * 1024

const isMultipart = (req: Request) => (req.headers['content-type'] ?? '').toLowerCase().startsWith('multipart/')
const isJson = (req: Request) => /^application\/([\w.+-]+\+)?json\b/i.test(req.headers['content-type'] ?? '')

/**
 * Reads API request bodies other than uploads before Payload does, so that a body over
 * MAX_JSON_BODY_BYTES is refused with a 413 — from its Content-Length before a byte is read, or as
 * soon as it grows past the limit — instead of being read into memory whole and parsed. A JSON body
 * must be an object (Payload fails with a 500 on a string or a number). Uploads (multipart) are
 * streamed to Payload, whose own limits apply (20 MB a file) — past MAX_UPLOAD_BODY_BYTES announced
 * in Content-Length they are refused unread.
 */
export function readRequestBody({
  limit = MAX_JSON_BODY_BYTES,
  uploadLimit = MAX_UPLOAD_BODY_BYTES,
}: { limit?: number; uploadLimit?: number } = {}) {
  const raw = express.raw({ type: (req) => !isMultipart(req as Request), limit, inflate: false })
  return (req: Request, res: Response, next: NextFunction): void => {
    // An upload announcing more than Payload would take is refused before a byte of it is read.
    if (isMultipart(req) && Number(req.headers['content-length'] ?? 0) > uploadLimit) {
      // Discarded as it arrives (not kept in memory), so that the client, still sending, reads the answer.
      req.resume()
      res.status(413).json({
        errors: [{ message: `The upload is larger than ${Math.round(uploadLimit / 1024 / 1024)} MB.` }],
      })
      return
    }
    raw(req, res, (error?: unknown) => {
      const failure = error as { type?: string; status?: number } | undefined
      if (failure?.type === 'entity.too.large') {
        res.status(413).json({
          errors: [{ message: `The request body is larger than ${Math.round(limit / 1024 / 1024)} MB.` }],
        })
        return
      }
      if (failure) {
        next(error)
        return
      }
      if (Buffer.isBuffer(req.body) && req.body.length && isJson(req)) {
        const first = req.body.toString('utf8', 0, 64).trimStart()[0]
        if (first !== '{') {
          res.status(400).json({ errors: [{ message: 'The request body must be a JSON object ({ … }).' }] })
          return
        }
      }
      next()
    })
  }
}
