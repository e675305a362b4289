import type { Payload } from 'payload'

import { startTestPayload, type TestPayload } from './helpers/testPayload'
import { waitFor } from './helpers/wait'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  // As the server does at boot: Payload initialised with its jobs crons running.
  ctx = await startTestPayload({ cron: true })
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const visibleToPublic = async (slug: string) =>
  (
    await payload.find({
      collection: 'announcements',
      where: { slug: { equals: slug } },
      overrideAccess: false,
      user: null,
    })
  ).totalDocs === 1

describe('the jobs runner started with Payload', () => {
  it('publishes a scheduled announcement after its time and not before, with no request to trigger it', async () => {
    const draft = await payload.create({
      collection: 'announcements',
      data: { title: 'Scheduled news', slug: 'scheduled-news', category: 'news' },
      draft: true,
    })
    const due = Date.now() + 2_000
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'announcements', value: draft.id } },
      waitUntil: new Date(due),
    })

    await waitFor(() => visibleToPublic('scheduled-news'), 'the public to see it', {
      timeoutMs: due + 15_000 - Date.now(),
    })
    const seenAt = Date.now()
    expect(seenAt).toBeGreaterThanOrEqual(due)
    const published = await payload.findByID({ collection: 'announcements', id: draft.id })
    expect(published._status).toBe('published')
    expect(new Date(published.publishedAt!).getTime()).toBeGreaterThanOrEqual(due)
  }, 30_000)
})
