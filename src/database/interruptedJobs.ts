import type { Payload, TaskHandlerArgs } from 'payload'

/**
 * A job still marked as running after this long was left by a runner that stopped half-way (a crash,
 * `kill -9`, a lost machine): a scheduled publication takes well under a second and a webhook
 * delivery gives up after 10 s.
 */
export const INTERRUPTED_AFTER_MS = 30_000

/**
 * Payload marks a job `processing` when a runner picks it up, and never looks at it again if that
 * runner dies before finishing it: a publication caught by a crash would never happen. Before each
 * run of the queue (jobs.shouldAutoRun), jobs marked running for longer than any job takes are handed
 * back, so the next run does them. (Running one twice is harmless: see publishScheduledOnce.)
 */
export async function releaseInterruptedJobs(payload: Payload): Promise<void> {
  const released = await payload.db.updateJobs({
    data: { processing: false },
    where: {
      and: [
        { processing: { equals: true } },
        { completedAt: { exists: false } },
        { updatedAt: { less_than: new Date(Date.now() - INTERRUPTED_AFTER_MS).toISOString() } },
      ],
    },
    req: {},
    returning: true,
  })
  if (released?.length) {
    payload.logger.warn(
      `Released ${released.length} job(s) left unfinished by a runner that stopped (${released
        .map((job) => `${job.taskSlug ?? 'workflow'} #${job.id}`)
        .join(', ')}): they run again now.`,
    )
  }
}

type Versioned = { _status?: string | null; updatedAt?: string | null }

type ScheduleInput = {
  type?: 'publish' | 'unpublish'
  locale?: string
  doc?: { relationTo: string; value: unknown }
  global?: string
}

/**
 * Whether a scheduled (un)publication has already taken effect: the document is in the state the job
 * was to bring it to, and got there at or after the job fell due. True for a job whose runner died
 * after publishing but before recording that it had (or a publisher who published by hand meanwhile).
 * Per-locale publications are not judged (no document-wide state says whether they happened).
 */
async function alreadyDone({ input, job, req }: TaskHandlerArgs<'schedulePublish'>): Promise<boolean> {
  const { type, locale, doc, global } = (input ?? {}) as ScheduleInput
  if (locale) return false
  const target = type === 'unpublish' ? 'draft' : 'published'
  const due = new Date(job.waitUntil ?? job.createdAt).getTime()
  let current: Versioned | null = null
  if (doc) {
    const raw = (doc.value as { id?: unknown } | null)?.id ?? doc.value
    // Job inputs keep ids as strings; a numeric id type wants them back as numbers (as Payload's task does).
    const collections = req.payload.collections as Record<string, { customIDType?: string } | undefined>
    const numeric = (collections[doc.relationTo]?.customIDType ?? req.payload.db.defaultIDType) === 'number'
    current = (await req.payload.findByID({
      collection: doc.relationTo as never,
      id: numeric ? Number(raw) : String(raw),
      depth: 0,
      draft: false,
      overrideAccess: true,
      disableErrors: true,
    })) as Versioned | null
  } else if (global) {
    current = (await req.payload.findGlobal({
      slug: global as never,
      depth: 0,
      draft: false,
      overrideAccess: true,
    })) as Versioned
  }
  return Boolean(current && current._status === target && new Date(current.updatedAt ?? 0).getTime() >= due)
}

/**
 * Wraps Payload's schedulePublish task so that a job run again after an interruption does not
 * publish a second time (a second version, a second audit entry, a second webhook). Called once
 * by wrapAdapter.
 */
export function publishScheduledOnce(payload: Payload): void {
  const task = payload.config.jobs.tasks?.find((t) => t.slug === 'schedulePublish')
  if (!task || typeof task.handler !== 'function') return
  const publish = task.handler
  task.handler = async (args) => {
    if (await alreadyDone(args as TaskHandlerArgs<'schedulePublish'>)) {
      args.req.payload.logger.info(`Scheduled job #${args.job.id} had already taken effect: not run again.`)
      return { output: {} }
    }
    return publish(args)
  }
}
