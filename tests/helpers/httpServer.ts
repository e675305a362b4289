import type { AddressInfo } from 'node:net'
import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { type AppOptions, createApp, listen } from '../../src/server'

/** The Express app (API only, as `npm run start:api` serves it) on an ephemeral port. */
export async function startHttp(
  payload: Payload,
  options: Omit<AppOptions, 'payload'> = {},
): Promise<{ url: string; server: Server; close: () => Promise<void> }> {
  const server = await listen(createApp({ payload, ...options }), 0, '127.0.0.1')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
