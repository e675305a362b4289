import type { PayloadHandler, Where } from 'payload'

import { hasRole, isStaff } from '../../workflow/access/roles'
import { recordAudit } from '../../workflow/audit/record'
import { csvAttachment, neutralizeFormula } from '../../http/csv'

type Named = { name?: string | null; email?: string | null } | number | string | null | undefined

const label = (item: Named): string =>
  typeof item === 'object' && item ? (item.name ?? item.email ?? '') : item == null ? '' : String(item)

const COLUMNS = [
  ['id', 'ID'],
  ['reference', 'Reference'],
  ['createdAt', 'Received'],
  ['status', 'Stage'],
  ['assignee', 'Assignee'],
  ['company', 'Company'],
  ['contactName', 'Contact name'],
  ['email', 'Email'],
  ['phone', 'Phone'],
  ['country', 'Country or region'],
  ['industries', 'Industries'],
  ['parks', 'Parks'],
  ['language', 'Language'],
  ['message', 'Message'],
] as const

/**
 * GET /api/inquiries/export.csv — every inquiry the signed-in staff member may read, as CSV (UTF-8
 * with a BOM so that Excel shows Chinese correctly). Field access applies: editors get no email or
 * phone columns. `?status=new` narrows to one pipeline stage. Every export is in the audit log: who,
 * when, how many rows, and whether they held contact details.
 */
export const exportInquiriesCsv: PayloadHandler = async (req) => {
  if (!isStaff(req.user)) {
    return Response.json({ errors: [{ message: 'Sign in as staff to export inquiries.' }] }, { status: 403 })
  }
  const status = typeof req.query?.status === 'string' ? req.query.status : undefined
  const where: Where | undefined = status ? { status: { equals: status } } : undefined
  const result = await req.payload.find({
    collection: 'inquiries',
    where,
    depth: 1,
    pagination: false,
    sort: '-createdAt',
    locale: req.locale === 'en' ? 'en' : 'zh',
    overrideAccess: false,
    user: req.user,
    req,
  })
  // Columns the reader may not see (the fields' read access) are left out altogether.
  const mayReadContact = hasRole(req.user, 'admin', 'publisher')
  const columns = COLUMNS.filter(([key]) => (key === 'email' || key === 'phone' ? mayReadContact : true))
  const rows = result.docs.map((doc) =>
    columns.map(([key]) => {
      const value: unknown = Reflect.get(doc, key)
      if (Array.isArray(value)) return neutralizeFormula(value.map((v) => label(v as Named)).join('; '))
      if (key === 'assignee') return neutralizeFormula(label(value as Named))
      return neutralizeFormula(value == null ? '' : String(value))
    }),
  )
  await recordAudit(
    req.payload,
    {
      action: 'export',
      collectionSlug: 'inquiries',
      documentTitle: `CSV: ${rows.length} inquiries${status ? ` (${status})` : ''}${mayReadContact ? ', with email and phone' : ', without contact details'}`,
    },
    { req },
  )
  const stamp = new Date().toISOString().slice(0, 10)
  return csvAttachment(
    columns.map(([, title]) => title),
    rows,
    `inquiries-${stamp}.csv`,
  )
}
