/**
 * `npm run worker`: runs Payload's jobs queue (scheduled publish/unpublish, webhook deliveries) in a
 * process of its own. For several app instances: start them with JOBS_RUNNER=off and run one worker.
 */
import 'dotenv/config'

import { getPayload, type Payload } from 'payload'

import { ConfigError, currentDatabase } from './env'
import { closeDatabase } from './database/closeDatabase'
import { waitForDatabase } from './database/startPayload'

let payload: Payload | undefined
let stopping = false

// Installed before anything else, so that a stop request is honoured at any moment of start-up.
const stop = async (signal: string) => {
  if (stopping) return
  stopping = true
  console.log(`${signal} received: stopping the jobs worker.`)
  if (payload) await closeDatabase(payload)
  process.exit(0)
}
process.once('SIGTERM', () => void stop('SIGTERM'))
process.once('SIGINT', () => void stop('SIGINT'))

try {
  await waitForDatabase(currentDatabase(), { log: (message) => console.log(message) })
  const { default: config } = await import('./payload.config')
  payload = await getPayload({ config, cron: true })
  console.log(`Jobs worker running (${currentDatabase().kind} database): scheduled publications and webhooks.`)
} catch (error) {
  console.error(
    error instanceof ConfigError ? `✖ ${error.message}` : `✖ The worker could not start: ${(error as Error).message}`,
  )
  process.exit(1)
}
