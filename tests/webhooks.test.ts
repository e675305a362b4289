import http from 'node:http'
import type { AddressInfo } from 'node:net'

import type { Payload } from 'payload'

import { verifySignature } from '../src/delivery/webhooks/sign'
import { startTestPayload, type TestPayload } from './helpers/testPayload'
import { waitFor } from './helpers/wait'

type Delivery = { body: string; signature: string | undefined; status: number }

let ctx: TestPayload
let payload: Payload
let receiver: http.Server
const deliveries: Delivery[] = []
/** Status codes the receiver answers with, in order; then 200. */
const answers: number[] = []
const SECRET = 'test-webhook-secret'

beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let body = ''
    req.on('data', (chunk) => (body += chunk))
    req.on('end', () => {
      const status = answers.shift() ?? 200
      deliveries.push({ body, signature: req.headers['x-jinqiao-signature'] as string | undefined, status })
      res.writeHead(status).end()
    })
  })
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
  process.env.WEBHOOK_URLS = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`
  process.env.WEBHOOK_SECRET = SECRET
  ctx = await startTestPayload({ cron: true })
  payload = ctx.payload
})
afterAll(async () => {
  await ctx?.close()
  receiver?.closeAllConnections()
  receiver?.close()
  delete process.env.WEBHOOK_URLS
})

const events = () => deliveries.filter((d) => d.status === 200).map((d) => JSON.parse(d.body))

describe('webhooks to the frontend', () => {
  it('tell about a publication with a valid HMAC-SHA256 signature, and retry after a failure', async () => {
    answers.push(500)
    const doc = await payload.create({
      collection: 'announcements',
      data: { title: 'Hooked', slug: 'hooked', category: 'news', _status: 'published' },
    })
    await waitFor(() => events().some((e) => e.id === doc.id), 'a webhook delivery')
    const failed = deliveries.find((d) => d.status === 500)!
    const delivered = deliveries.find((d) => d.status === 200)!
    expect(failed.body).toBe(delivered.body)
    expect(JSON.parse(delivered.body)).toMatchObject({
      event: 'publish',
      collection: 'announcements',
      id: doc.id,
      slug: 'hooked',
      locales: ['zh', 'en'],
    })
    expect(verifySignature(delivered.body, SECRET, delivered.signature)).toBe(true)
    expect(verifySignature(delivered.body, 'another secret', delivered.signature)).toBe(false)
  }, 45_000)

  it('tell about updates of published items and unpublishing, not about draft saves', async () => {
    const doc = await payload.create({
      collection: 'parks',
      data: { name: 'Webhook park', slug: 'webhook-park', kind: 'sub-park', _status: 'published' },
    })
    await payload.update({ collection: 'parks', id: doc.id, data: { name: 'Draft rename' }, draft: true })
    await payload.update({ collection: 'parks', id: doc.id, data: { _status: 'draft' } })
    await waitFor(() => events().some((e) => e.id === doc.id && e.event === 'unpublish'), 'a webhook delivery')
    expect(
      events()
        .filter((e) => e.collection === 'parks')
        .map((e) => e.event),
    ).toEqual(['publish', 'unpublish'])
  }, 45_000)

  it('never fail or hold up the save when the receiver is down', async () => {
    process.env.WEBHOOK_URLS = 'http://127.0.0.1:9/nothing-listens-here'
    try {
      const doc = await payload.create({
        collection: 'industries',
        data: { name: 'Down receiver', slug: 'down-receiver', kind: 'producer-services', _status: 'published' },
      })
      expect(doc._status).toBe('published')
      // The delivery waits in the queue, to be retried; the save did not wait for it.
      const queued = await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'deliverWebhook' }, completedAt: { exists: false } },
      })
      expect(queued.docs.map((job) => (job.input as { url: string }).url)).toContain(
        'http://127.0.0.1:9/nothing-listens-here',
      )
    } finally {
      process.env.WEBHOOK_URLS = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/revalidate`
    }
  })
})
