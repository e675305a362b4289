import type { User } from '../../src/payload-types'
import { refuseReviewMove, type ReviewState } from '../../src/workflow/review/states'

/** Who may move an item between review states by hand (the review state field in the admin panel). */
const staff = (role: User['role']): User => ({
  id: 1,
  role,
  email: `${role}@jinqiao.example`,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  collection: 'users',
})
const editor = staff('editor')
const publisher = staff('publisher')
const admin = staff('admin')
const byHand = { publishing: false }

describe('review states (refuseReviewMove)', () => {
  it.each<[ReviewState, ReviewState]>([
    ['draft', 'in-review'],
    ['changes-requested', 'in-review'],
    ['approved', 'in-review'],
    ['published', 'in-review'],
    ['unpublished', 'in-review'],
    ['in-review', 'draft'],
  ])('an editor may move an item from %s to %s (submit or withdraw)', (from, to) => {
    expect(refuseReviewMove(from, to, editor, byHand)).toBeUndefined()
  })

  it.each<[ReviewState, ReviewState]>([
    ['in-review', 'approved'],
    ['draft', 'approved'],
    ['approved', 'draft'],
    ['in-review', 'changes-requested'],
  ])('an editor may not move an item from %s to %s: that needs a publisher', (from, to) => {
    expect(refuseReviewMove(from, to, editor, { publishing: false, comment: 'Looks good' })).toBe(
      `Editors can submit an item for review or withdraw it; moving it from "${from}" to "${to}" needs a publisher.`,
    )
  })

  it('publishers and administrators approve or send back what is in review', () => {
    for (const user of [publisher, admin]) {
      expect(refuseReviewMove('in-review', 'approved', user, byHand)).toBeUndefined()
      expect(refuseReviewMove('in-review', 'changes-requested', user, { ...byHand, comment: 'Add the date' })).toBe(
        undefined,
      )
    }
  })

  it.each([undefined, null, '', '   \n'])(
    'sending an item back needs a comment saying what to change (%j)',
    (comment) => {
      expect(refuseReviewMove('in-review', 'changes-requested', publisher, { ...byHand, comment })).toBe(
        'Say what needs changing: sending an item back requires a review comment.',
      )
    },
  )

  it.each<ReviewState>(['published', 'unpublished'])('nobody sets %s by hand, not even an administrator', (to) => {
    expect(refuseReviewMove('approved', to, admin, byHand)).toBe(
      `"${to}" is set by publishing or unpublishing, not by hand.`,
    )
  })

  it.each<ReviewState>(['published', 'unpublished'])('publishing or unpublishing sets %s', (to) => {
    expect(refuseReviewMove('approved', to, publisher, { publishing: true })).toBeUndefined()
  })

  it('an anonymous or API-key request is held to the editor moves', () => {
    expect(refuseReviewMove('in-review', 'approved', null, byHand)).toMatch(/needs a publisher/)
  })
})
