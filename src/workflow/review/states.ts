import { canPublish } from '../access/publishing'

export const REVIEW_STATES = [
  { value: 'draft', en: 'Draft', zh: '草稿' },
  { value: 'in-review', en: 'In review', zh: '待审核' },
  { value: 'changes-requested', en: 'Changes requested', zh: '退回修改' },
  { value: 'approved', en: 'Approved', zh: '已批准' },
  { value: 'published', en: 'Published', zh: '已发布' },
  { value: 'unpublished', en: 'Unpublished', zh: '已撤销发布' },
] as const

export type ReviewState = (typeof REVIEW_STATES)[number]['value']

/** What an editor may do by hand: submit for review, or withdraw a submission. */
const EDITOR_MOVES: Record<string, ReviewState[]> = {
  draft: ['in-review'],
  'changes-requested': ['in-review'],
  approved: ['in-review'],
  unpublished: ['in-review'],
  published: ['in-review'],
  'in-review': ['draft'],
}

/**
 * Why a user may not move a document from one review state to another, or undefined when they may.
 * `published` and `unpublished` follow publishing itself and are never chosen by hand.
 */
export function refuseReviewMove(
  from: ReviewState,
  to: ReviewState,
  user: Parameters<typeof canPublish>[0],
  { publishing, comment }: { publishing: boolean; comment?: string | null },
): string | undefined {
  if ((to === 'published' || to === 'unpublished') && !publishing) {
    return `"${to}" is set by publishing or unpublishing, not by hand.`
  }
  if (to === 'changes-requested' && !comment?.trim()) {
    return 'Say what needs changing: sending an item back requires a review comment.'
  }
  if (publishing || canPublish(user)) return undefined
  if (!EDITOR_MOVES[from]?.includes(to)) {
    return `Editors can submit an item for review or withdraw it; moving it from "${from}" to "${to}" needs a publisher.`
  }
  return undefined
}
