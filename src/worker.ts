/**
 * `npm run worker`: runs Payload's jobs queue (scheduled publish/unpublish, webhook deliveries) in a
 * process of its own. For several app instances: start them with JOBS_RUNNER=off and run one worker.
 * Start-up and shutdown are the server's (src/database/startPayload.ts, src/database/shutdown.ts).
 */
import 'dotenv/config'

import type { Payload } from 'payload'

import { handleShutdown } from './database/shutdown'
import { startPayload } from './database/startPayload'
import { ConfigError, currentDatabase } from './env'

let payload: Payload | undefined
const log = (message: string) => console.log(message)

handleShutdown({ what: 'the jobs worker', payload: () => payload })

try {
  const { default: config } = await import('./payload.config')
  payload = await startPayload({ config, runJobs: true, seedWhenEmpty: false, prepareSnapshots: false, log })
  log(`Jobs worker running (${currentDatabase().kind} database): scheduled publications and webhooks.`)
} catch (error) {
  console.error(
    error instanceof ConfigError ? `✖ ${error.message}` : `✖ The worker could not start: ${(error as Error).message}`,
  )
  process.exit(1)
}
