/**
 * `npm run audit:verify`: recomputes the audit log's hash chain (and its archive files) in the
 * database DATABASE_URL names, and says where it is broken. Exit status 0 when whole, 1 when broken,
 * 2 when it could not run.
 */
import 'dotenv/config'

import { getPayload } from 'payload'

import { closeDatabase } from '../../database/closeDatabase'
import { sealAuditLog, verifyAuditChain } from './chain'

async function main(): Promise<number> {
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    // Entries written just before (by a server that stopped) are sealed first, as the server would.
    if (!process.argv.includes('--no-seal')) await sealAuditLog(payload)
    const report = await verifyAuditChain(payload)
    for (const note of report.notes) console.log(`note: ${note}`)
    if (!report.ok) {
      console.error(`✘ The audit log's hash chain is broken. ${report.problem!.message}`)
      console.error(
        `  Checked ${report.checked} entries before the break; the entries from there on cannot be trusted.`,
      )
      return 1
    }
    const range = report.range ? ` (#${report.range[0]}–#${report.range[1]})` : ''
    console.log(
      `✔ The audit log's hash chain is whole: ${report.checked} entries${range}, ${report.archives} archive file(s)${report.unsealed ? `, ${report.unsealed} not sealed yet` : ''}.`,
    )
    return 0
  } finally {
    await closeDatabase(payload)
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`audit:verify could not run: ${error instanceof Error ? error.message : String(error)}`)
    process.exit(2)
  },
)
