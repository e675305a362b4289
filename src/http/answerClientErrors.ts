import { type AfterErrorHook, APIError } from 'payload'

import { MAX_IMAGE_PIXELS } from '../content/media/Media'

/** A 400 whose message reaches the client. */
export const badRequest = (message: string): APIError => new APIError(message, 400, null, true)

type Answer = { status: number; message: string }

/**
 * Errors a malformed request makes Payload throw, which it answers with a 500: a multipart body it
 * cannot read, an `_payload` field that is not a JSON object, an image sharp cannot decode or that is
 * too large. Known by their name and message; everything else stays a 500.
 */
export function classifyClientError(error: Error): Answer | undefined {
  const message = error.message ?? ''
  if (error.name === 'SyntaxError' && /JSON/.test(message)) {
    return { status: 400, message: `The request body (or its _payload field) is not valid JSON: ${message}` }
  }
  // Payload's shouldReupload/beforeValidate, given an _payload that is JSON but not an object.
  if (error.name === 'TypeError' && /^Cannot (use 'in' operator to search for|create property) /.test(message)) {
    return { status: 400, message: 'The _payload field must be a JSON object ({ … }).' }
  }
  if (message === 'Request is not eligible for file upload') {
    return { status: 400, message: 'A multipart request needs a boundary and a body.' }
  }
  // busboy
  if (
    /^(Malformed part header|Unexpected end of (form|file)|Multipart: Boundary not found|Malformed urlencoded form|Malformed content type)/.test(
      message,
    )
  ) {
    return { status: 400, message: `The multipart body is malformed: ${message}.` }
  }
  // sharp (libvips)
  if (/^Input image exceeds pixel limit/.test(message)) {
    return { status: 413, message: `The image is too large: at most ${MAX_IMAGE_PIXELS / 1_000_000} megapixels.` }
  }
  if (
    /^Input (buffer|file) (has corrupt header|contains unsupported image format|is missing|has unsupported)|^VipsJpeg|load_buffer|: bad seek|Invalid (PNG|GIF|JPEG)/i.test(
      message,
    )
  ) {
    return { status: 400, message: `The image could not be read: ${message.split('\n')[0]}` }
  }
  return undefined
}

/** Config afterError hook: a malformed request is answered 4xx with what is wrong, not a 500. */
export const answerClientErrors: AfterErrorHook = ({ error }) => {
  const status = (error as { status?: number }).status ?? 500
  if (status < 500) return
  const answer = classifyClientError(error)
  if (!answer) return
  return { status: answer.status, response: { errors: [{ message: answer.message }] } }
}
