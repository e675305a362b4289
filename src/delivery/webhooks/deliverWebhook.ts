import type { TaskConfig } from 'payload'

import { signBody } from './sign'

const TIMEOUT_MS = 10_000

/**
 * Jobs-queue task: POSTs one change notification to one frontend URL. A timeout, a network error or
 * a non-2xx answer fails the attempt; Payload retries with exponential backoff, and after the last
 * attempt the job stays in the jobs list with its error log, for admins to see.
 */
export const deliverWebhookTask: TaskConfig<{ input: { url: string; body: string }; output: { status: number } }> = {
  slug: 'deliverWebhook',
  label: 'Deliver webhook',
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 2_000 } },
  inputSchema: [
    { name: 'url', type: 'text', required: true },
    { name: 'body', type: 'textarea', required: true },
  ],
  outputSchema: [{ name: 'status', type: 'number' }],
  handler: async ({ input, job, req }) => {
    const secret = process.env.WEBHOOK_SECRET ?? ''
    const response = await fetch(input.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'user-agent': 'jinqiao-cms-webhooks',
        'x-jinqiao-delivery': String(job.id),
        'x-jinqiao-signature': signBody(input.body, secret),
      },
      body: input.body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    })
    if (!response.ok) {
      req.payload.logger.warn(`webhook ${input.url} answered ${response.status}; will retry`)
      throw new Error(`${input.url} answered ${response.status}`)
    }
    return { output: { status: response.status } }
  },
}
