import type { Payload, PayloadRequest, TypedLocale } from 'payload'

import { ZONE_TIME_ZONE } from '../content/fields/timezone'

export type CalendarEntry = {
  at: string
  kind: 'scheduled-publish' | 'scheduled-unpublish' | 'embargo-ends' | 'expires' | 'published'
  collection: string
  id: number | string
  title: string
  done: boolean
}

export type CalendarDay = { day: string; entries: CalendarEntry[] }

/** YYYY-MM-DD of an instant, in the zone's time zone (Asia/Shanghai). */
export const zoneDay = (iso: string): string =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso))

/** HH:mm of an instant in Asia/Shanghai. */
export const zoneTime = (iso: string): string =>
  new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE_TIME_ZONE,
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  }).format(new Date(iso))

const DAY = 24 * 60 * 60 * 1000
const titled = ['announcements', 'parks', 'industries'] as const
type Titled = (typeof titled)[number]

/**
 * The PR team's calendar: scheduled publications and unpublications (Payload's schedulePublish
 * jobs), embargoes ending (published with a future publication date) and expiries, from `pastDays`
 * ago to `futureDays` ahead, grouped by day in Asia/Shanghai.
 */
export async function loadCalendar(
  payload: Payload,
  {
    now = new Date(),
    pastDays = 7,
    futureDays = 42,
    req,
    user,
    locale,
  }: {
    now?: Date
    pastDays?: number
    futureDays?: number
    req?: PayloadRequest
    /** Read the content as this user, with access control on (the dashboard does). */
    user?: PayloadRequest['user']
    locale?: TypedLocale
  } = {},
): Promise<CalendarDay[]> {
  const from = new Date(now.getTime() - pastDays * DAY).toISOString()
  const to = new Date(now.getTime() + futureDays * DAY).toISOString()
  const entries: Omit<CalendarEntry, 'title'>[] = []
  const asUser = user ? { user, overrideAccess: false } : {}

  // Payload's jobs collection is readable by nobody through its API, so the schedule itself is read
  // without access control; the documents it names (titles below) are read as the user.
  const jobs = await payload.find({
    collection: 'payload-jobs',
    where: { taskSlug: { equals: 'schedulePublish' }, waitUntil: { greater_than_equal: from, less_than_equal: to } },
    limit: 500,
    depth: 0,
    sort: 'waitUntil',
    req,
  })
  for (const job of jobs.docs) {
    const input = job.input as { type?: string; doc?: { relationTo: string; value: unknown } }
    if (!input?.doc || !job.waitUntil) continue
    const value = input.doc.value as { id?: number | string } | number | string
    entries.push({
      at: job.waitUntil,
      kind: input.type === 'unpublish' ? 'scheduled-unpublish' : 'scheduled-publish',
      collection: input.doc.relationTo,
      id: typeof value === 'object' ? value.id! : value,
      done: Boolean(job.completedAt),
    })
  }

  const dated = await payload.find({
    collection: 'announcements',
    where: {
      or: [
        { expiresAt: { greater_than_equal: from, less_than_equal: to } },
        {
          and: [
            { _status: { equals: 'published' } },
            { publishedAt: { greater_than_equal: from, less_than_equal: to } },
          ],
        },
      ],
    },
    limit: 500,
    depth: 0,
    select: { title: true, publishedAt: true, expiresAt: true, _status: true },
    req,
    ...asUser,
  })
  for (const doc of dated.docs) {
    if (doc.expiresAt && doc.expiresAt >= from && doc.expiresAt <= to) {
      entries.push({
        at: doc.expiresAt,
        kind: 'expires',
        collection: 'announcements',
        id: doc.id,
        done: doc.expiresAt <= now.toISOString(),
      })
    }
    if (doc._status === 'published' && doc.publishedAt && doc.publishedAt >= from && doc.publishedAt <= to) {
      const future = doc.publishedAt > now.toISOString()
      entries.push({
        at: doc.publishedAt,
        kind: future ? 'embargo-ends' : 'published',
        collection: 'announcements',
        id: doc.id,
        done: !future,
      })
    }
  }

  // Titles, one query per collection (never one per entry).
  const titles = new Map<string, string>()
  for (const collection of titled) {
    const ids = [...new Set(entries.filter((e) => e.collection === collection).map((e) => e.id))]
    if (!ids.length) continue
    const field = collection === 'announcements' ? 'title' : 'name'
    const docs = await payload.find({
      collection: collection as Titled,
      where: { id: { in: ids } },
      limit: ids.length,
      depth: 0,
      draft: true,
      select: { [field]: true },
      req,
      locale,
      ...asUser,
    })
    for (const doc of docs.docs) titles.set(`${collection}:${doc.id}`, String(Reflect.get(doc, field) ?? doc.id))
  }

  const days = new Map<string, CalendarEntry[]>()
  for (const entry of entries.sort((a, b) => a.at.localeCompare(b.at))) {
    const day = zoneDay(entry.at)
    const list = days.get(day) ?? []
    list.push({ ...entry, title: titles.get(`${entry.collection}:${entry.id}`) ?? `${entry.collection} #${entry.id}` })
    days.set(day, list)
  }
  return [...days].map(([day, list]) => ({ day, entries: list }))
}
