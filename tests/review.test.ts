import type { Payload } from 'payload'

import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createStaff>>
let publisher: Awaited<ReturnType<typeof createStaff>>

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  // The first account is always made an admin; the roles under test come after it.
  await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  publisher = await createStaff(payload, 'publisher')
})
afterAll(async () => ctx?.close())

type Who = typeof editor
const saveDraft = (who: Who, id: number, data: Record<string, unknown>) =>
  payload.update({ collection: 'announcements', id, data, draft: true, overrideAccess: false, user: who })
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => 'accepted',
    (error: Error & { status?: number }) => `${error.status}: ${error.message}`,
  )

describe('review workflow', () => {
  it('takes an announcement from draft through review to publication, recording who did what', async () => {
    const doc = await payload.create({
      collection: 'announcements',
      data: { title: 'For review', slug: 'for-review', category: 'notice' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(doc.reviewStatus).toBe('draft')

    await saveDraft(editor, doc.id, { reviewStatus: 'in-review', reviewComment: 'Ready for the PR team' })
    expect(await refusal(saveDraft(editor, doc.id, { reviewStatus: 'approved' }))).toMatch(/^400: .*needs a publisher/)
    expect(await refusal(saveDraft(publisher, doc.id, { reviewStatus: 'changes-requested' }))).toMatch(
      /^400: Say what needs changing/,
    )
    await saveDraft(publisher, doc.id, { reviewStatus: 'changes-requested', reviewComment: 'Add the English summary' })
    await saveDraft(editor, doc.id, { summary: 'Now with a summary', reviewStatus: 'in-review' })
    await saveDraft(publisher, doc.id, { reviewStatus: 'approved' })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { _status: 'published' },
      overrideAccess: false,
      user: publisher,
    })
    const unpublished = await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { _status: 'draft' },
      overrideAccess: false,
      user: publisher,
    })

    expect(unpublished.reviewStatus).toBe('unpublished')
    const history = (unpublished.reviewHistory ?? []).map((step) => [
      step.from,
      step.to,
      typeof step.by === 'object' ? step.by?.id : step.by,
      step.comment ?? null,
    ])
    expect(history).toEqual([
      ['draft', 'in-review', editor.id, 'Ready for the PR team'],
      ['in-review', 'changes-requested', publisher.id, 'Add the English summary'],
      ['changes-requested', 'in-review', editor.id, null],
      ['in-review', 'approved', publisher.id, null],
      ['approved', 'published', publisher.id, null],
      ['published', 'unpublished', publisher.id, null],
    ])
    for (const step of unpublished.reviewHistory ?? []) expect(Date.parse(step.at)).not.toBeNaN()
  })

  it('lets nobody mark an item published without publishing it', async () => {
    const doc = await payload.create({
      collection: 'parks',
      data: { name: 'P', slug: 'review-park', kind: 'sub-park' },
      draft: true,
    })
    const attempt = payload.update({
      collection: 'parks',
      id: doc.id,
      data: { reviewStatus: 'published' },
      draft: true,
      overrideAccess: false,
      user: publisher,
    })
    expect(await refusal(attempt)).toMatch(/^400: "published" is set by publishing/)
  })

  it('lets an editor withdraw a submission', async () => {
    const doc = await payload.create({
      collection: 'industries',
      data: { name: 'I', slug: 'review-industry', kind: 'producer-services', reviewStatus: 'in-review' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    const withdrawn = await payload.update({
      collection: 'industries',
      id: doc.id,
      data: { reviewStatus: 'draft' },
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(withdrawn.reviewHistory?.map((s) => s.to)).toEqual(['in-review', 'draft'])
  })
})
