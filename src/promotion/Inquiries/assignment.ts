import type { CollectionAfterChangeHook, TaskConfig } from 'payload'

import { serverURL } from '../../env'
import { emailConfigured } from '../../database/email'
import type { Inquiry } from '../../payload-types'
import { escapeHtml } from './notify'

const idOf = (value: Inquiry['assignee']): number | string | undefined =>
  value === null || value === undefined ? undefined : typeof value === 'object' ? value.id : value

/** Queues the email to a newly chosen assignee (not to someone who assigns the inquiry to themselves). */
export const queueAssignment: CollectionAfterChangeHook<Inquiry> = async ({ doc, previousDoc, req }) => {
  const assignee = idOf(doc.assignee)
  if (assignee === undefined || assignee === idOf(previousDoc?.assignee)) return doc
  if (req.user?.collection === 'users' && String(req.user.id) === String(assignee)) return doc
  await req.payload.jobs.queue({
    task: 'notifyAssignee',
    input: { inquiryId: String(doc.id), assigneeId: String(assignee) },
    req,
  })
  return doc
}

/**
 * Tells a staff member an inquiry is now theirs: its reference, the company and a link to the panel,
 * in both languages (accounts have no language of their own). Not sent when the inquiry has been
 * given to someone else, or the account was disabled, since it was queued. The log names ids only.
 */
export const notifyAssigneeTask: TaskConfig<{
  input: { inquiryId: string; assigneeId: string }
  output: { sent: boolean }
}> = {
  slug: 'notifyAssignee',
  label: 'Tell a staff member an inquiry was assigned to them',
  inputSchema: [
    { name: 'inquiryId', type: 'text', required: true },
    { name: 'assigneeId', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    if (!emailConfigured()) return { output: { sent: false } }
    const inquiry = await req.payload
      .findByID({ collection: 'inquiries', id: input.inquiryId, depth: 0, req })
      .catch(() => undefined)
    const assignee = await req.payload
      .findByID({ collection: 'users', id: input.assigneeId, depth: 0, req })
      .catch(() => undefined)
    if (!inquiry || !assignee || assignee.active === false || String(idOf(inquiry.assignee)) !== input.assigneeId) {
      return { output: { sent: false } }
    }
    const reference = inquiry.reference ?? `#${inquiry.id}`
    const link = `${serverURL() || 'http://localhost:3000'}/admin/collections/inquiries/${inquiry.id}`
    const text = [
      `${assignee.name || ''}，您好：`,
      `投资咨询 ${reference}（${inquiry.company}，${inquiry.country}）已分配给您处理。`,
      '',
      `Dear ${assignee.name || 'colleague'},`,
      `The investor inquiry ${reference} (${inquiry.company}, ${inquiry.country}) has been assigned to you.`,
      '',
      `${link}`,
    ].join('\n')
    await req.payload.sendEmail({
      to: assignee.email,
      subject: `[Jinqiao] 咨询已分配给您 · Inquiry ${reference} assigned to you`,
      text,
      html: `<div style="white-space:pre-wrap">${escapeHtml(text)}</div>`,
    })
    req.payload.logger.info({ msg: 'Assignee notified', inquiry: inquiry.id, assignee: assignee.id })
    return { output: { sent: true } }
  },
}
