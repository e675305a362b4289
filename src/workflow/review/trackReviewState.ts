import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { isDraftSave, wasPublished } from '../rememberDraftFlag'
import { refuseReviewMove, type ReviewState } from './states'

type ReviewData = {
  _status?: 'draft' | 'published' | null
  reviewStatus?: ReviewState | null
  reviewComment?: string | null
  reviewHistory?:
    { from?: string | null; to: string; by?: number | string | null; at: string; comment?: string | null }[] | null
}

/**
 * Keeps the review state in step with the editorial workflow — draft → in review → approved →
 * published → unpublished, or back to draft with a comment — checks who may make each move, and
 * records every move (who, when, comment) in the document's review history.
 */
export const trackReviewState: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const next = data as ReviewData
  const previous = (originalDoc ?? {}) as ReviewData & { id?: number | string }
  const from: ReviewState = previous.reviewStatus ?? 'draft'
  const draftSave = isDraftSave(req)
  let to: ReviewState = next.reviewStatus ?? from
  let publishing = false
  if (!draftSave && next._status === 'published') {
    to = 'published'
    publishing = true
  } else if (
    !draftSave &&
    operation === 'update' &&
    previous.id !== undefined &&
    wasPublished(req, previous.id, previous as never)
  ) {
    if (next._status === 'draft') {
      to = 'unpublished'
      publishing = true
    }
  }
  if (to === from) return data
  const systemWrite = !req.user
  const refusal = systemWrite
    ? undefined
    : refuseReviewMove(from, to, req.user, { publishing, comment: next.reviewComment })
  if (refusal) throw new APIError(refusal, 400, null, true)
  return {
    ...data,
    reviewStatus: to,
    reviewComment: null,
    reviewHistory: [
      ...(next.reviewHistory ?? []),
      {
        from,
        to,
        by: req.user?.collection === 'users' ? req.user.id : null,
        at: new Date().toISOString(),
        comment: next.reviewComment?.trim() || null,
      },
    ],
  }
}
