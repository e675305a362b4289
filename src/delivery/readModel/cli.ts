/**
 * `npm run read-model:rebuild`: writes every snapshot of the read model again from the documents, for
 * when the database was changed by other means than Payload (a hand-edited row, a partial restore).
 * The server does the same by itself when a new build shows documents differently.
 */
import 'dotenv/config'

import { getPayload } from 'payload'

import config from '../../payload.config'
import { closeDatabase } from '../../database/closeDatabase'
import { rebuildReadModel } from './rebuild'

const payload = await getPayload({ config })
try {
  await rebuildReadModel(payload, (message) => console.log(message))
  console.log('Read model rebuilt.')
} finally {
  await closeDatabase(payload)
}
process.exit(0)
