import { getPayload, type Payload } from 'payload'

import { closeDatabase } from '../src/database/closeDatabase'
import { startTestPayload, type TestPayload } from './helpers/testPayload'
import { sleep, waitFor } from './helpers/wait'

let ctx: TestPayload
let restarted: Payload | undefined

beforeAll(async () => {
  // A process without the jobs runner: as if the server were down when the publication fell due.
  ctx = await startTestPayload()
})
afterAll(async () => {
  if (restarted) await closeDatabase(restarted)
  await ctx?.close()
})

it('a publication that fell due while no jobs runner was up happens at the next start, exactly once', async () => {
  const { payload } = ctx
  const draft = await payload.create({
    collection: 'announcements',
    data: { title: 'Due during the outage', slug: 'due-during-outage', category: 'notice' },
    draft: true,
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'announcements', value: draft.id } },
    waitUntil: new Date(Date.now() + 1_000),
  })
  await sleep(2_500)
  expect((await payload.findByID({ collection: 'announcements', id: draft.id }))._status).toBe('draft')

  // The server comes back: a new Payload instance on the same database, with its jobs runner.
  // (The config module is imported only now: startTestPayload chose this file's database first.)
  const { default: config } = await import('../src/payload.config')
  restarted = await getPayload({ config, key: 'after-restart', cron: true })
  await waitFor(
    async () => (await payload.findByID({ collection: 'announcements', id: draft.id }))._status === 'published',
    'the overdue publication after the restart',
    { timeoutMs: 20_000, intervalMs: 250 },
  )
  // Two more runner ticks: nothing runs it a second time.
  await sleep(11_000)
  const publications = await payload.find({
    collection: 'audit-log',
    where: { action: { equals: 'publish' }, documentId: { equals: String(draft.id) } },
  })
  expect(publications.totalDocs).toBe(1)
}, 60_000)
