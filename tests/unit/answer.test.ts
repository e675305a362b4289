import http, { type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

import { clientHas, strongETag, writeAnswer } from '../../src/delivery/answer'

const body = Buffer.from('{"docs":[]}')
const etag = strongETag(body)
const asking = (ifNoneMatch?: string, method = 'GET') =>
  ({ method, headers: ifNoneMatch === undefined ? {} : { 'if-none-match': ifNoneMatch } }) as IncomingMessage

describe('conditional requests (If-None-Match)', () => {
  it('gives the same bytes the same strong ETag, and other bytes another', () => {
    expect(strongETag(Buffer.from('{"docs":[]}'))).toBe(etag)
    expect(strongETag(Buffer.from('{"docs":[1]}'))).not.toBe(etag)
    expect(etag).toMatch(/^"[\w-]+"$/)
  })

  it('recognises the ETag alone, in a list, marked weak, or as *', () => {
    expect(clientHas(asking(etag), etag)).toBe(true)
    expect(clientHas(asking(`"old", ${etag}`), etag)).toBe(true)
    expect(clientHas(asking(`W/${etag}`), etag)).toBe(true)
    expect(clientHas(asking('*'), etag)).toBe(true)
  })

  it('does not match another ETag, none, or a prefix of it', () => {
    expect(clientHas(asking('"something-else"'), etag)).toBe(false)
    expect(clientHas(asking(), etag)).toBe(false)
    expect(clientHas(asking(etag.slice(0, -2) + '"'), etag)).toBe(false)
  })
})

describe('writing a public answer', () => {
  let server: http.Server
  let base = ''
  let status = 200
  beforeAll(async () => {
    server = http.createServer((req, res) =>
      writeAnswer(req, res, { status, headers: [['content-type', 'application/json']], body }),
    )
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise((resolve) => server.close(resolve)))

  it('sends the body with its ETag, and a bodiless 304 to a client that has it', async () => {
    status = 200
    const first = await fetch(base)
    expect([first.status, first.headers.get('etag'), await first.text()]).toEqual([200, etag, body.toString()])
    const again = await fetch(base, { headers: { 'if-none-match': etag } })
    expect([again.status, again.headers.get('etag'), await again.text()]).toEqual([304, etag, ''])
  })

  it('never turns an error into a 304', async () => {
    status = 404
    const answer = await fetch(base, { headers: { 'if-none-match': etag } })
    expect(answer.status).toBe(404)
    expect(await answer.text()).toBe(body.toString())
  })
})
