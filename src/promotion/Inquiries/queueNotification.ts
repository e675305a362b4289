import type { CollectionAfterChangeHook } from 'payload'

import type { Inquiry } from '../../payload-types'

/**
 * Queues the notification email for a new inquiry. Sending happens in the jobs runner (within seconds,
 * retried when the mail server is down), so the investor's request never waits for SMTP and a mail
 * outage loses no inquiry.
 */
export const queueNotification: CollectionAfterChangeHook<Inquiry> = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  await req.payload.jobs.queue({ task: 'notifyInquiry', input: { inquiryId: String(doc.id) }, req })
  return doc
}
