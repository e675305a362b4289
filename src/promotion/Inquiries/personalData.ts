import type {
  CollectionBeforeChangeHook,
  Endpoint,
  Payload,
  PayloadHandler,
  PayloadRequest,
  TaskConfig,
  Where,
} from 'payload'

import type { Inquiry } from '../../payload-types'
import { hasRole } from '../../workflow/access/roles'
import { recordAudit } from '../../workflow/audit/record'
import { jsonError } from '../../http/errors'

/** What stands in for a person's details once they are removed (the fields stay valid). */
export const ANONYMISED = {
  contactName: '—',
  email: 'anonymised@example.invalid',
  phone: null,
  message: '[Removed: personal data / 个人信息已删除]',
  internalNotes: [],
} satisfies Partial<Inquiry>

/** INQUIRY_RETENTION_MONTHS: how long a closed inquiry keeps its contact details (default 24). */
export function retentionMonths(value = process.env.INQUIRY_RETENTION_MONTHS): number {
  const months = Number(value ?? 24)
  return Number.isInteger(months) && months >= 1 ? months : 24
}

/**
 * Server-kept facts of an inquiry's life: the consent text the investor agreed to (version and words,
 * from Site settings → Inquiry consent, in the inquiry's language), and when it was closed (reopening
 * clears it). Neither can be sent by a client (src/workflow/access/trust.ts, serverFields).
 */
export const stampLifecycle: CollectionBeforeChangeHook<Inquiry> = async ({ data, operation, originalDoc, req }) => {
  if (operation === 'create') {
    const language = data.language === 'en' ? 'en' : 'zh'
    const settings = await req.payload.findGlobal({ slug: 'site-settings', locale: language, depth: 0, req })
    data.consentVersion = settings.inquiryConsent?.version || 'standard'
    data.consentText = settings.inquiryConsent?.text || DEFAULT_CONSENT[language]
  }
  const status = data.status ?? originalDoc?.status
  if (status === 'closed' && originalDoc?.status !== 'closed') data.closedAt = new Date().toISOString()
  if (status !== 'closed') data.closedAt = null
  return data
}

export const DEFAULT_CONSENT = {
  zh: '我同意金桥经济技术开发区管理委员会使用我提供的联系信息就本次咨询与我联系，并按隐私说明保存。',
  en: 'I agree that the Administrative Committee of the Jinqiao Economic and Technological Development Zone may use the contact details I give to answer this inquiry, and keep them as its privacy notice says.',
} as const

/** Set while personal data is removed: the pipeline's own rules (an assignee past "New") do not apply. */
export const ANONYMISING = 'anonymising'

/** Replaces the personal data of the inquiries `where` selects; returns how many there were. */
async function anonymise(payload: Payload, where: Where, req?: PayloadRequest): Promise<number> {
  const { docs } = await payload.update({
    collection: 'inquiries',
    where: { and: [where, { anonymisedAt: { exists: false } }] },
    data: { ...ANONYMISED, anonymisedAt: new Date().toISOString() },
    overrideAccess: true,
    depth: 0,
    context: { [ANONYMISING]: true },
    req,
  })
  return docs.length
}

/** Daily: closed inquiries older than the retention period lose their contact details; the rest (statistics) stays. */
export const anonymiseClosedInquiriesTask: TaskConfig<{ input: object; output: { anonymised: number } }> = {
  slug: 'anonymiseClosedInquiries',
  label: 'Anonymise closed inquiries past their retention period',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  handler: async ({ req }) => {
    const before = new Date()
    before.setMonth(before.getMonth() - retentionMonths())
    const anonymised = await anonymise(req.payload, { closedAt: { less_than: before.toISOString() } }, req)
    if (anonymised) {
      req.payload.logger.info(`Anonymised ${anonymised} closed inquiries past their retention period.`)
      await recordAudit(
        req.payload,
        {
          action: 'erase',
          collectionSlug: 'inquiries',
          documentTitle: `Retention: personal data removed from ${anonymised} inquiries closed over ${retentionMonths()} months ago`,
        },
        { req },
      )
    }
    return { output: { anonymised } }
  },
}

const emailOf = async (req: PayloadRequest): Promise<string | undefined> => {
  const fromQuery = typeof req.query?.email === 'string' ? req.query.email : undefined
  const body = req.method === 'POST' && req.json ? ((await req.json().catch(() => ({}))) as { email?: unknown }) : {}
  const email = fromQuery ?? (typeof body.email === 'string' ? body.email : undefined)
  return email?.trim() ? email.trim() : undefined
}

const refuse = jsonError

/**
 * An investor's request under the PIPL, answered by an admin: GET …/personal-data?email= gives
 * everything held about that address (its inquiries, all fields); POST …/erase { email } removes it
 * from every inquiry. Both are in the audit log, without the address itself.
 */
export const personalDataEndpoints = (): Endpoint[] => [
  {
    path: '/personal-data',
    method: 'get',
    handler: (async (req) => {
      if (!hasRole(req.user, 'admin')) return refuse(403, 'Only administrators answer requests for personal data.')
      const email = await emailOf(req)
      if (!email) return refuse(400, 'Give the address: ?email=person@example.com')
      const { docs } = await req.payload.find({
        collection: 'inquiries',
        where: { email: { equals: email } },
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user: req.user,
        req,
      })
      await recordAudit(
        req.payload,
        {
          action: 'export',
          collectionSlug: 'inquiries',
          documentTitle: `Personal data of one address: ${docs.length} inquiries`,
        },
        { req },
      )
      return Response.json({ email, inquiries: docs }, { headers: { 'cache-control': 'no-store' } })
    }) satisfies PayloadHandler,
  },
  {
    path: '/erase',
    method: 'post',
    handler: (async (req) => {
      if (!hasRole(req.user, 'admin')) return refuse(403, 'Only administrators erase personal data.')
      const email = await emailOf(req)
      if (!email) return refuse(400, 'Give the address in the body: { "email": "person@example.com" }')
      const erased = await anonymise(req.payload, { email: { equals: email } }, req)
      await recordAudit(
        req.payload,
        {
          action: 'erase',
          collectionSlug: 'inquiries',
          documentTitle: `Personal data of one address erased from ${erased} inquiries`,
        },
        { req },
      )
      return Response.json({ erased }, { headers: { 'cache-control': 'no-store' } })
    }) satisfies PayloadHandler,
  },
]
