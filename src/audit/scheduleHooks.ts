import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import { recordAudit } from './record'

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: unknown }
  global?: string
  user?: { relationTo: string; value: number | string }
}

const describe = (job: { input?: ScheduleInput; waitUntil?: string | null }) => {
  const input = job.input ?? {}
  return {
    collectionSlug: input.doc?.relationTo ?? (input.global ? `global:${input.global}` : undefined),
    documentId: input.doc ? String((input.doc.value as { id?: unknown })?.id ?? input.doc.value) : undefined,
    comment: `${input.type ?? 'publish'}${input.locale ? ` (${input.locale})` : ''} at ${job.waitUntil ?? 'once due'}`,
  }
}

/** Scheduling a publication or expiry (a schedulePublish job) and cancelling one are audited. */
export const auditScheduled: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create' || doc.taskSlug !== 'schedulePublish') return doc
  const input = doc.input as ScheduleInput | undefined
  await recordAudit(
    req.payload,
    { action: 'schedule', ...describe(doc) },
    {
      req,
      actor: req.user ?? (input?.user ? { id: input.user.value, collection: input.user.relationTo } : null),
    },
  )
  return doc
}

export const auditScheduleCancelled: CollectionAfterDeleteHook = async ({ doc, req }) => {
  if (doc.taskSlug !== 'schedulePublish' || doc.completedAt) return doc
  await recordAudit(req.payload, { action: 'cancel-schedule', ...describe(doc) }, { req })
  return doc
}
