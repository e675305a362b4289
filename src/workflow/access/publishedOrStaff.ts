import type { Access, Where } from 'payload'

import { READ_MODEL_CONTEXT, type ReadModelContext } from '../../delivery/readModel/config'
import { canReadDrafts } from './roles'

/** Anonymous readers (and read-only API keys) see only published documents; staff and preview keys see drafts too. */
export const publishedOrStaff: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  return { _status: { equals: 'published' } } satisfies Where
}

/**
 * Like publishedOrStaff, and also hides items whose publication time has not come yet (embargo) and
 * items that have expired. The time is taken per request, so a cached constraint never goes stale.
 */
export const publishedAndCurrentOrStaff: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  const now = new Date().toISOString()
  const current: Where[] = [
    { or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: now } }] },
    { or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now } }] },
  ]
  // The read model stores what the public will see of one document once its embargo ends, and applies
  // the times per read: for that document (only) the times are left out here.
  const snapshot = req.context?.[READ_MODEL_CONTEXT] as ReadModelContext | undefined
  if (snapshot) {
    return {
      and: [
        { _status: { equals: 'published' } },
        { or: ['ids' in snapshot ? { id: { in: snapshot.ids } } : { id: { equals: snapshot.id } }, { and: current }] },
      ],
    } satisfies Where
  }
  return { and: [{ _status: { equals: 'published' } }, ...current] } satisfies Where
}

/** Search index entries: anonymous readers see those of items that are due and not expired. */
export const publicIndexEntries: Access = ({ req }) => {
  if (canReadDrafts(req.user)) return true
  const now = new Date().toISOString()
  return {
    and: [
      {
        or: [
          { publishedAt: { exists: false } },
          { publishedAt: { equals: null } },
          { publishedAt: { less_than_equal: now } },
        ],
      },
      { or: [{ expiresAt: { exists: false } }, { expiresAt: { equals: null } }, { expiresAt: { greater_than: now } }] },
    ],
  } satisfies Where
}
