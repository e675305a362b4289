import type { JobsConfig } from 'payload'

/**
 * Payload's jobs queue (scheduled publish and unpublish). The crons below only run in a process that
 * initialised Payload with `cron: true`: the server does so at boot unless JOBS_RUNNER=off (see
 * server.ts), and `npm run worker` runs them in a process of its own.
 */
export const jobsConfig: JobsConfig = {
  autoRun: [
    {
      // Every five seconds: a scheduled item appears within seconds of its time.
      cron: '*/5 * * * * *',
      queue: 'default',
      limit: 50,
    },
  ],
}
