import type { PayloadHandler, Where } from 'payload'

import { csvAttachment, neutralizeFormula } from '../../http/csv'
import { hasRole } from '../access/roles'
import { recordAudit } from './record'

const COLUMNS = [
  ['sequence', 'Sequence'],
  ['createdAt', 'Time (UTC)'],
  ['action', 'Action'],
  ['collectionSlug', 'Collection'],
  ['documentId', 'Document id'],
  ['documentTitle', 'Document'],
  ['userEmail', 'User'],
  ['ip', 'IP address'],
  ['changedFields', 'Changed fields'],
  ['comment', 'Comment'],
  ['previousHash', 'Previous hash'],
  ['hash', 'Hash'],
] as const

/** A date of the query (`2026-06-01` or a full ISO time); undefined when absent, null when unreadable. */
function dateParameter(value: unknown, endOfDay: boolean): string | undefined | null {
  if (value === undefined || value === '') return undefined
  if (typeof value !== 'string') return null
  const text = /^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T${endOfDay ? '23:59:59.999' : '00:00:00.000'}Z` : value
  const time = Date.parse(text)
  return Number.isNaN(time) ? null : new Date(time).toISOString()
}

/**
 * GET /api/audit-log/export.csv?from=2026-06-01&to=2026-06-30 — for auditors: the entries of a date
 * range (UTC days, both included), oldest first, with their hash-chain columns, as CSV that opens in
 * Excel. Administrators only. The export is itself recorded in the log.
 */
export const exportAuditCsv: PayloadHandler = async (req) => {
  if (!hasRole(req.user, 'admin')) {
    return Response.json({ errors: [{ message: 'Only administrators export the audit log.' }] }, { status: 403 })
  }
  const from = dateParameter(req.query?.from, false)
  const to = dateParameter(req.query?.to, true)
  if (from === null || to === null || (from && to && from > to)) {
    return Response.json(
      {
        errors: [
          {
            message:
              'Give the range as dates: ?from=2026-06-01&to=2026-06-30 (UTC days, both included; either may be left out), with "from" not after "to".',
          },
        ],
      },
      { status: 400 },
    )
  }
  const where: Where = {
    and: [
      ...(from ? [{ createdAt: { greater_than_equal: from } }] : []),
      ...(to ? [{ createdAt: { less_than_equal: to } }] : []),
    ],
  }
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    where,
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user: req.user,
    req,
  })
  const rows = docs.map((doc) =>
    COLUMNS.map(([key]) => {
      const value: unknown = Reflect.get(doc, key)
      if (value === null || value === undefined) return ''
      return neutralizeFormula(typeof value === 'object' ? JSON.stringify(value) : String(value))
    }),
  )
  await recordAudit(
    req.payload,
    {
      action: 'export',
      collectionSlug: 'audit-log',
      documentTitle: `CSV: ${rows.length} audit entries, ${from?.slice(0, 10) ?? 'the start'} to ${to?.slice(0, 10) ?? 'now'}`,
    },
    { req },
  )
  const name = `audit-log-${from?.slice(0, 10) ?? 'start'}-to-${to?.slice(0, 10) ?? new Date().toISOString().slice(0, 10)}.csv`
  return csvAttachment(
    COLUMNS.map(([, title]) => title),
    rows,
    name,
  )
}
