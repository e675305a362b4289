import type { IncomingHttpHeaders } from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import type { Request as ExpressRequest, Response as ExpressResponse } from 'express'

const CLIENT_IP_HEADER = 'x-jinqiao-client-ip'

/**
 * A request body as a web stream, with backpressure. Not Readable.toWeb(): when the reader stops
 * early (Payload refusing an upload halfway), its adapter still enqueues the data that keeps coming,
 * throws "Controller is already closed" outside any handler, and the process dies. Here the rest of
 * a body nobody reads any more is discarded.
 */
function bodyStream(req: Readable): ReadableStream<Uint8Array> {
  let open = true
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Buffer) => {
        if (!open) return
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength))
        if ((controller.desiredSize ?? 1) <= 0) req.pause()
      })
      req.once('end', () => {
        if (open) controller.close()
        open = false
      })
      req.once('error', (error) => {
        if (open) controller.error(error)
        open = false
      })
    },
    pull() {
      req.resume()
    },
    cancel() {
      open = false
      req.resume()
    },
  })
}

/** Node's request headers as WHATWG Headers (repeated headers appended). */
export function toWebHeaders(incoming: IncomingHttpHeaders): Headers {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming)) {
    if (value === undefined) continue
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else headers.set(name, value)
  }
  return headers
}

/** An Express request as a WHATWG Request, with its body streamed rather than buffered. */
export function toWebRequest(req: ExpressRequest): Request {
  const protocol = req.protocol || 'http'
  const host = req.get('host') || 'localhost'
  const url = new URL(req.originalUrl || req.url, `${protocol}://${host}`)
  const headers = toWebHeaders(req.headers)
  headers.delete(CLIENT_IP_HEADER)
  // The client address as Express resolved it (TRUST_PROXY-aware), for the audit log. A value the
  // client sent itself under this name was dropped above.
  if (req.ip) headers.set(CLIENT_IP_HEADER, req.ip)
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // Bodies other than uploads were read already, within a size limit (see requestBody.ts).
  const read: unknown = req.body
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Buffer.isBuffer(read) ? read : bodyStream(req)) : undefined,
    // Required by Node's fetch for a streamed request body.
    ...(hasBody ? { duplex: 'half' } : {}),
  } as RequestInit)
}

/** Writes a WHATWG Response to an Express response, streaming the body. */
export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  if (!response.body || res.req.method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), res)
}
