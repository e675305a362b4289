import { APIError, type Payload, type PayloadRequest } from 'payload'

import { canPublish } from '../access/publishing'
import { recordAudit } from './record'

/** Clock skew and form-filling time allowed before a schedule counts as in the past. */
const PAST_TOLERANCE_MS = 60_000

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

/**
 * Payload writes jobs straight through the database adapter (collection hooks run only with
 * `jobs.runHooks`, whose validation breaks job updates here), so scheduling — a new schedulePublish
 * job — and cancelling — deleting one before it ran (the admin deletes one document at a time; the
 * runner's own clean-up deletes in bulk) — are noticed by wrapping the adapter's create and deleteOne
 * for the jobs collection. The same wrapper refuses a schedule made by someone who may not publish,
 * or whose time has passed. Called once by wrapAdapter.
 */
export function guardAndAuditScheduling(payload: Payload): void {
  const create = payload.db.create.bind(payload.db)
  payload.db.create = async (args) => {
    const due = (args.data as { taskSlug?: string; waitUntil?: string | Date | null; input?: ScheduleInput }) ?? {}
    if (args.collection === 'payload-jobs' && due.taskSlug === 'schedulePublish' && due.input?.user) {
      // Payload's schedule action checks only admin-panel access; publishing rights are ours to check.
      const scheduler = await payload.findByID({
        collection: 'users',
        id: due.input.user.value,
        depth: 0,
        disableErrors: true,
        req: args.req as PayloadRequest | undefined,
      })
      if (!canPublish(scheduler ? { ...scheduler, collection: 'users' } : null)) {
        throw new APIError('Only publishers and administrators can schedule a publication.', 403, null, true)
      }
    }
    if (args.collection === 'payload-jobs' && due.taskSlug === 'schedulePublish' && due.waitUntil) {
      // A publication time already past would publish at once, which is not what "schedule" means.
      if (new Date(due.waitUntil).getTime() < Date.now() - PAST_TOLERANCE_MS) {
        throw new APIError(
          'That time has already passed: choose a time in the future, or publish now.',
          400,
          null,
          true,
        )
      }
    }
    const doc = await create(args)
    if (args.collection === 'payload-jobs' && doc.taskSlug === 'schedulePublish') {
      const input = doc.input as ScheduleInput | undefined
      await recordAudit(
        payload,
        { action: 'schedule', ...describe(doc) },
        {
          req: args.req as PayloadRequest | undefined,
          actor: input?.user ? { id: input.user.value, collection: input.user.relationTo } : args.req?.user,
        },
      )
    }
    return doc
  }
  const deleteOne = payload.db.deleteOne.bind(payload.db)
  payload.db.deleteOne = async (args) => {
    const doc = await deleteOne(args)
    if (args.collection === 'payload-jobs' && doc?.taskSlug === 'schedulePublish' && !doc.completedAt) {
      await recordAudit(
        payload,
        { action: 'cancel-schedule', ...describe(doc) },
        { req: args.req as PayloadRequest | undefined },
      )
    }
    return doc
  }
}
