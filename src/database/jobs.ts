import type { JobsConfig } from 'payload'

import { acknowledgeInquiryTask } from '../promotion/Inquiries/acknowledge'
import { notifyInquiryTask } from '../promotion/Inquiries/notify'
import { notifyAssigneeTask } from '../promotion/Inquiries/assignment'
import { archiveAuditLogTask, sealAuditLogTask } from '../workflow/audit/chain'
import { anonymiseClosedInquiriesTask } from '../promotion/Inquiries/personalData'
import { releaseInterruptedJobs } from './interruptedJobs'

/**
 * Payload's jobs queue (scheduled publish and unpublish). The crons below only run in a process that
 * initialised Payload with `cron: true`: the server does so at boot unless JOBS_RUNNER=off (see
 * server.ts), and `npm run worker` runs them in a process of its own.
 */
export const jobsConfig: JobsConfig = {
  tasks: [
    notifyInquiryTask,
    acknowledgeInquiryTask,
    notifyAssigneeTask,
    anonymiseClosedInquiriesTask,
    sealAuditLogTask,
    archiveAuditLogTask,
  ],
  // JOBS_RUNNER=off: this process runs no jobs. Payload starts the crons on its own (its REST handler
  // asks for getPayload({ cron: true }) on every request), so the answer is given here, at each tick.
  // Jobs a crashed runner left half-done are handed back before each run (see interruptedJobs.ts).
  shouldAutoRun: async (payload) => {
    if (process.env.JOBS_RUNNER === 'off') return false
    await releaseInterruptedJobs(payload)
    return true
  },
  autoRun: [
    {
      // Every second: a scheduled item appears on every instance within 5 s of its time (measured with
      // two instances and a worker, tests/topology.test.ts: a 5 s tick gave up to 7.6 s, 2 s up to 4.5 s).
      cron: '* * * * * *',
      queue: 'default',
      limit: 50,
    },
  ],
}
