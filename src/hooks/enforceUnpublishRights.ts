import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canPublish } from '../access/workflow'

const NOT_ALLOWED = 'Only publishers and administrators can unpublish. Save your changes as a draft instead.'

/**
 * Unpublishing is an update with `_status: 'draft'` that is not a draft save, which update access
 * alone cannot tell from saving a draft. Here, where the operation's `draft` flag is known, a
 * non-publisher's attempt to take a published document offline is refused.
 */
export const enforceUnpublishRights: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  // Local API calls made by the system itself (seed, scheduled jobs) run with overrideAccess: true.
  if (args.draft || args.overrideAccess === true || canPublish(req.user)) return args
  if ((args.data as { _status?: string } | undefined)?._status !== 'draft') return args
  if (operation === 'update') throw new APIError(NOT_ALLOWED, 403, null, true)
  const current = await req.payload.findByID({
    collection: collection.slug,
    id: args.id,
    depth: 0,
    req,
    overrideAccess: true,
    select: { _status: true } as never,
  })
  if ((current as { _status?: string })._status === 'published') {
    throw new APIError(NOT_ALLOWED, 403, null, true)
  }
  return args
}
