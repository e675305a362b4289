import type { CollectionAfterChangeHook } from 'payload'

import type { Inquiry } from '../../payload-types'

/**
 * Queues, for a new inquiry, the email to the promotion office and the acknowledgement to the investor. Sending happens in the jobs runner (within seconds,
 * retried when the mail server is down), so the investor's request never waits for SMTP and a mail
 * outage loses no inquiry.
 */
export const queueNotification: CollectionAfterChangeHook<Inquiry> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'notifyInquiry', input: { inquiryId: String(doc.id) }, req })
  await req.payload.jobs.queue({ task: 'acknowledgeInquiry', input: { inquiryId: String(doc.id) }, req })
  return doc
}
