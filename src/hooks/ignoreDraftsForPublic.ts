import type { CollectionBeforeOperationHook } from 'payload'

import { isStaff } from '../access/roles'

/**
 * `?draft=true` only means something to staff. For anyone else the read runs against published
 * documents, whatever the query says (read access already hides drafts; this keeps the public off
 * the versions tables altogether).
 */
export const ignoreDraftsForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'read' && args.draft && !isStaff(req.user)) return { ...args, draft: false }
  return args
}
