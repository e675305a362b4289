import type { Access, Where } from 'payload'

import { hasRole, isStaff } from './roles'

type MaybeUser = Parameters<typeof hasRole>[0]

/** Publishers and administrators publish, unpublish, schedule and delete published content. */
export const canPublish = (user: MaybeUser): boolean => hasRole(user, 'admin', 'publisher')

/**
 * Create and update for content with drafts. Every staff member may write drafts; only those who
 * can publish may write `_status: 'published'`. Payload asks this same question (update with
 * `_status: 'published'`) to decide whether to show the Publish button, so editors never see it.
 */
export const canWriteContent: Access = ({ req, data }) => {
  if (!isStaff(req.user)) return false
  if ((data as { _status?: string } | undefined)?._status === 'published') return canPublish(req.user)
  return true
}

/** Publishers delete anything; editors only what has never been published (or was unpublished). */
export const canDeleteContent: Access = ({ req }) => {
  if (canPublish(req.user)) return true
  if (isStaff(req.user)) return { _status: { not_equals: 'published' } } satisfies Where
  return false
}
