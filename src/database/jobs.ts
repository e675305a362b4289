import type { JobsConfig } from 'payload'

import { acknowledgeInquiryTask } from '../promotion/Inquiries/acknowledge'
import { notifyInquiryTask } from '../promotion/Inquiries/notify'
import { anonymiseClosedInquiriesTask } from '../promotion/Inquiries/personalData'
import { releaseInterruptedJobs } from './interruptedJobs'

/**
 * Payload's jobs queue (scheduled publish and unpublish). The crons below only run in a process that
 * initialised Payload with `cron: true`: the server does so at boot unless JOBS_RUNNER=off (see
 * server.ts), and `npm run worker` runs them in a process of its own.
 */
export const jobsConfig: JobsConfig = {
  tasks: [notifyInquiryTask, acknowledgeInquiryTask, anonymiseClosedInquiriesTask],
  // Jobs a crashed runner left half-done are handed back before each run (see queues/interruptedJobs.ts).
  shouldAutoRun: async (payload) => {
    await releaseInterruptedJobs(payload)
    return true
  },
  autoRun: [
    {
      // Every five seconds: a scheduled item appears within seconds of its time.
      cron: '*/5 * * * * *',
      queue: 'default',
      limit: 50,
    },
  ],
}
