import type { CollectionBeforeChangeHook } from 'payload'

import type { Inquiry } from '../../payload-types'

/**
 * An inquiry from the public is dated by the server: a sender cannot backdate it (or date it in the
 * future) to move it in the staff's pipeline, which is sorted by the time it arrived.
 */
export const serverTimestamps: CollectionBeforeChangeHook<Inquiry> = ({ data, operation, req }) => {
  if (operation !== 'create' || req.user) return data
  const now = new Date().toISOString()
  return { ...data, createdAt: now, updatedAt: now }
}
