import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { canPublish } from '../access/workflow'
import { wasPublished } from './rememberDraftFlag'

const NOT_ALLOWED = 'Only publishers and administrators can unpublish. Save your changes as a draft instead.'

/**
 * Unpublishing is an update with `_status: 'draft'` that is not a draft save, which update access
 * alone cannot tell from saving a draft. Here, where the operation's `draft` flag is known, a
 * non-publisher's attempt to take a published document offline is refused. Runs after
 * rememberDraftFlag, which looked up whether the document is published.
 */
export const enforceUnpublishRights: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'update' && operation !== 'updateByID') return args
  // Local API calls made by the system itself (seed, scheduled jobs) run with overrideAccess: true.
  if (args.draft || args.overrideAccess === true || canPublish(req.user)) return args
  if ((args.data as { _status?: string } | undefined)?._status !== 'draft') return args
  // A bulk update (no id) cannot be checked document by document: refused for non-publishers.
  const id = (args as { id?: number | string }).id
  if (id === undefined || wasPublished(req, id)) throw new APIError(NOT_ALLOWED, 403, null, true)
  return args
}
