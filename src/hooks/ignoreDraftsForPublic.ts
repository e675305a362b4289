import type { CollectionBeforeOperationHook } from 'payload'

import { canReadDrafts } from '../access/roles'

/**
 * `?draft=true` only means something to staff and preview keys. For anyone else the read runs against published
 * documents, whatever the query says (read access already hides drafts; this keeps the public off
 * the versions tables altogether).
 */
export const ignoreDraftsForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && !canReadDrafts(req.user)) return { ...args, draft: false }
  return args
}
