/**
 * `npm run worker`: runs Payload's jobs queue (scheduled publish/unpublish, webhook deliveries) in a
 * process of its own. For several app instances: start them with JOBS_RUNNER=off and run one worker.
 * Start-up and shutdown are the server's (src/database/startPayload.ts, src/database/shutdown.ts).
 */
import 'dotenv/config'

import type { Payload } from 'payload'

import { connectSharedState } from './database/redis'
import { handleShutdown } from './database/shutdown'
import { startPayload } from './database/startPayload'
import { ConfigError, currentDatabase } from './env'

let payload: Payload | undefined
const log = (message: string) => console.log(message)

let closeShared: () => Promise<unknown> = async () => undefined
handleShutdown({ what: 'the jobs worker', payload: () => payload, closeOthers: () => closeShared() })

try {
  const { default: config } = await import('./payload.config')
  payload = await startPayload({ config, runJobs: true, seedWhenEmpty: false, prepareSnapshots: false, log })
  // Its publications must reach the instances' response caches (REDIS_URL), as the instances' own do.
  closeShared = (await connectSharedState()).close
  log(`Jobs worker running (${currentDatabase().kind} database): scheduled publications and webhooks.`)
} catch (error) {
  console.error(
    error instanceof ConfigError ? `✖ ${error.message}` : `✖ The worker could not start: ${(error as Error).message}`,
  )
  process.exit(1)
}
