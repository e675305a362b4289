import type { Payload } from 'payload'

import type { AppOptions } from '../../src/server'
import type { startHttp } from './httpServer'
import { startTestPayload, type TestPayload } from './testPayload'

type Http = Awaited<ReturnType<typeof startHttp>>
type HttpOptions = Omit<AppOptions, 'payload'>

export type TestApp = {
  ctx: TestPayload
  payload: Payload
  /** Undefined unless asked for (`http: true` or the app's options). */
  http: Http
}

/**
 * For one test file: before its tests, a Payload on a database of its own (startTestPayload), seeded
 * with the zone's content unless `seed: false`, then `prepare` (more content), then the HTTP server
 * when `http` is given; after them, all of it closed. The fields are set once beforeAll has run.
 */
export function useTestApp({
  seed: seeded = true,
  http,
  prepare,
  baseUrl,
}: {
  seed?: boolean
  http?: true | HttpOptions
  prepare?: (payload: Payload) => Promise<unknown>
  baseUrl?: string
} = {}): TestApp {
  const app = {} as TestApp
  beforeAll(async () => {
    app.ctx = await startTestPayload(baseUrl ? { baseUrl } : {})
    app.payload = app.ctx.payload
    // Imported here: the config they load reads MEDIA_DIR and DATABASE_URL, which startTestPayload sets.
    if (seeded) await (await import('../../src/content/seed')).seed(app.payload, { log: () => undefined })
    await prepare?.(app.payload)
    if (http) app.http = await (await import('./httpServer')).startHttp(app.payload, http === true ? {} : http)
  })
  afterAll(async () => {
    await app.http?.close()
    await app.ctx?.close()
  })
  return app
}
