import type { CollectionBeforeOperationHook } from 'payload'

import { canReadDrafts } from './access/roles'

/** The review workflow's fields: internal to the committee (see fields/review.ts). */
export const REVIEW_FIELDS = ['reviewStatus', 'reviewComment', 'reviewHistory'] as const

type Select = Record<string, unknown> | undefined

/**
 * Leaves the review fields out of a public read. Their field access hides them anyway; leaving them
 * out of the query also spares the database the review history (an array with a user per entry),
 * which was most of the cost of a public list.
 */
export const withoutReviewFields = (select: Select): Select => {
  const values = Object.values(select ?? {})
  // Payload's select is either all-include (true) or all-exclude (false).
  if (values.length && values.every((v) => v !== false)) {
    const included = { ...select }
    for (const name of REVIEW_FIELDS) delete included[name]
    return included
  }
  return { ...select, ...Object.fromEntries(REVIEW_FIELDS.map((name) => [name, false])) }
}

/**
 * What a public read may ask for. `?draft=true` only means something to staff and preview keys: for
 * anyone else the read runs against published documents, whatever the query says (read access already
 * hides drafts; this keeps the public off the versions tables altogether). And the review workflow's
 * fields are not read at all.
 */
export const ignoreDraftsForPublic: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || canReadDrafts(req.user)) return args
  const read = args as { draft?: boolean; select?: Select }
  return { ...args, draft: false, select: withoutReviewFields(read.select) }
}
