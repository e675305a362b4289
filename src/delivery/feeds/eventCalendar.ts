import ical from 'ical-generator'
import type { Payload, Where } from 'payload'

import { ZONE_TIME_ZONE } from '../../content/fields/timezone'
import { serverURL } from '../../env'
import { AS_VISITOR, feedTitle, feedURL, PUBLISHER, sitePage, type FeedLocale } from './site'
import { calendarTimeZones, zoneWallClock } from './zoneTime'

const DAY_MS = 24 * 60 * 60 * 1000
/** The events calendar: every event not yet ended, and those that ended in the last 30 days. */
const RECENT_DAYS = 30
const MAX_EVENTS = 500

const REGISTRATION = { zh: '报名：', en: 'Registration: ' } satisfies Record<FeedLocale, string>

/** The calendar's file name below /feeds: `events.zh.ics`, or one event's `events/<slug>.en.ics`. */
export const calendarFile = (locale: FeedLocale, slug?: string): string =>
  `events${slug ? `/${slug}` : ''}.${locale}.ics`

/**
 * iCalendar (RFC 5545) of the events in one locale: the recent and upcoming ones, or the one with
 * this slug (undefined when there is no such published event). Times are Beijing time
 * (DTSTART;TZID=Asia/Shanghai, with its VTIMEZONE). Read as an anonymous visitor, with access control
 * on: drafts and events not yet published never appear.
 */
export async function eventCalendar(payload: Payload, locale: FeedLocale, slug?: string): Promise<string | undefined> {
  const where: Where = slug
    ? { slug: { equals: slug } }
    : { endsAt: { greater_than_equal: new Date(Date.now() - RECENT_DAYS * DAY_MS).toISOString() } }
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    where,
    sort: 'startsAt',
    limit: slug ? 1 : MAX_EVENTS,
    depth: 1,
    ...AS_VISITOR,
    select: {
      title: true,
      slug: true,
      summary: true,
      startsAt: true,
      endsAt: true,
      venue: true,
      park: true,
      registrationUrl: true,
      createdAt: true,
      updatedAt: true,
    },
    populate: { parks: { name: true } },
  })
  if (slug && !docs.length) return undefined

  const calendar = ical({
    name: feedTitle(payload, 'events', locale),
    prodId: { company: PUBLISHER.en.zone, product: 'Events', language: locale.toUpperCase() },
    url: sitePage(locale, 'events'),
    source: feedURL(calendarFile(locale, slug)),
    timezone: calendarTimeZones,
  })
  const host = new URL(serverURL()).hostname
  for (const event of docs) {
    const park = typeof event.park === 'object' ? event.park?.name : undefined
    const registration = event.registrationUrl ? `${REGISTRATION[locale]}${event.registrationUrl}` : undefined
    calendar.createEvent({
      id: `event-${event.id}@${host}`,
      timezone: ZONE_TIME_ZONE,
      start: zoneWallClock(new Date(event.startsAt)),
      end: zoneWallClock(new Date(event.endsAt)),
      summary: event.title,
      description: [event.summary, registration].filter(Boolean).join('\n\n') || null,
      location: event.venue || park || null,
      url: sitePage(locale, 'events', event.slug),
      stamp: new Date(event.updatedAt),
      lastModified: new Date(event.updatedAt),
      created: new Date(event.createdAt),
    })
  }
  // RFC 5545 ends every line with CRLF, the last one too; ical-generator leaves it off.
  return `${calendar.toString()}\r\n`
}
