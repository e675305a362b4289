/**
 * `npm run seed`: loads the zone's content into the database named by DATABASE_URL (idempotent).
 * `npm run seed -- --samples` also adds example policies, opportunities and events, labelled as sample data.
 */
import 'dotenv/config'

import { getPayload } from 'payload'

import { ConfigError } from '../../env'
import { closeDatabase } from '../../database/closeDatabase'
import { checkDatabaseReachable } from '../../database/startPayload'

try {
  const { currentDatabase } = await import('../../env')
  await checkDatabaseReachable(currentDatabase())
  const { default: config } = await import('../../payload.config')
  const { seed } = await import('./index')
  const payload = await getPayload({ config })
  await seed(payload, { samples: process.argv.includes('--samples') })
  await closeDatabase(payload)
  process.exit(0)
} catch (error) {
  console.error(error instanceof ConfigError ? `✖ ${error.message}` : error)
  process.exit(1)
}
