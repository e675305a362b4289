/**
 * `npm run seed`: loads the zone's content into the database named by DATABASE_URL (idempotent).
 * `npm run seed -- --samples` also adds example policies, opportunities and events, labelled as sample data.
 * `npm run seed -- --bulk 100000` also adds generated content up to that many announcements (with policies and
 * events in proportion, see bulk.ts), with a progress bar, then rebuilds the read model.
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
  const bulk = process.argv.indexOf('--bulk')
  if (bulk >= 0) {
    const announcements = Number(process.argv[bulk + 1])
    if (!Number.isInteger(announcements) || announcements < 1)
      throw new ConfigError('--bulk needs a number of announcements, for example --bulk 100000.')
    const { bulkCounts, bulkSeed, progressBar } = await import('./bulk')
    const { prepareReadModel, rebuildReadModel } = await import('../../delivery/readModel/rebuild')
    let started = Date.now()
    const written = await bulkSeed(payload, bulkCounts(announcements), { onProgress: progressBar() })
    console.log(`Wrote ${written.toLocaleString('en')} documents in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
    // The documents were written past the hooks that keep the read model: it is written again, whole.
    started = Date.now()
    await rebuildReadModel(payload, console.log)
    await prepareReadModel(payload)
    console.log(`Read model rebuilt in ${((Date.now() - started) / 1000).toFixed(1)} s.`)
  }
  await closeDatabase(payload)
  process.exit(0)
} catch (error) {
  console.error(error instanceof ConfigError ? `✖ ${error.message}` : error)
  process.exit(1)
}
