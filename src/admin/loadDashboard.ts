import type { CollectionSlug, Payload, PayloadRequest, TypedLocale } from 'payload'

import { loadCalendar, type CalendarEntry } from './loadCalendar'

export type ReviewCount = { collection: string; count: number }

export type KeyFigure = { label: string; value: string; unit?: string; note?: string }

export type DashboardData = {
  zone: { name?: string; keyFigures: KeyFigure[] } | null
  /** The next publications (scheduled, or embargoes ending), soonest first. */
  upcoming: CalendarEntry[]
  /** Items waiting for a publisher, per collection with a review workflow. */
  inReview: ReviewCount[]
  /** Investor inquiries not yet handled; null when there is no inquiries collection (or the user may not read it). */
  newInquiries: number | null
}

type LocalizedText = Partial<Record<string, string | null>> | string | null | undefined

/** The zone profile as read with locale 'all': localized fields are objects keyed by locale. */
type ZoneProfileAllLocales = {
  name?: LocalizedText
  keyFigures?: { label?: LocalizedText; value: string; unit?: LocalizedText; note?: LocalizedText }[] | null
}

/** A localized value (read with locale 'all') in `locale`, or else — when `fallback` — in any other. */
const inLocale = (value: LocalizedText, locale: string | undefined, fallback: boolean): string | undefined => {
  if (typeof value === 'string') return value || undefined
  if (!value) return undefined
  const own = locale ? value[locale] : undefined
  if (own || !fallback) return own || undefined
  return Object.values(value).find((text): text is string => Boolean(text))
}

const UPCOMING_KINDS = new Set<CalendarEntry['kind']>(['scheduled-publish', 'embargo-ends'])

/** Collections whose documents go through review (they carry the `reviewStatus` field). */
export const reviewedCollections = (payload: Payload): CollectionSlug[] =>
  payload.config.collections
    .filter((collection) => collection.fields.some((field) => 'name' in field && field.name === 'reviewStatus'))
    .map((collection) => collection.slug as CollectionSlug)

/**
 * What a committee member sees on opening the admin panel: the zone's key figures, the next
 * publications, and what waits for someone. Everything is read as `user`, with access control on.
 */
export async function loadDashboard(
  payload: Payload,
  {
    user,
    locale,
    now = new Date(),
    upcomingLimit = 5,
  }: { user: PayloadRequest['user']; locale?: TypedLocale; now?: Date; upcomingLimit?: number },
): Promise<DashboardData> {
  const asUser = { user, overrideAccess: false } as const

  // Read in every locale: a label missing in one language falls back to the other, but a unit or note
  // left empty on purpose (English has no unit for "1990年") stays empty.
  const zoneRead = payload
    .findGlobal({ slug: 'zone-profile', locale: 'all', depth: 0, ...asUser })
    .then((profile) => {
      // Cast: with locale 'all' Payload answers each localized field as { zh, en }; its types know one locale.
      const all = profile as unknown as ZoneProfileAllLocales
      const keyFigures = (all.keyFigures ?? []).map((figure) => ({
        label: inLocale(figure.label, locale, true) ?? '',
        value: figure.value,
        unit: inLocale(figure.unit, locale, false),
        note: inLocale(figure.note, locale, false),
      }))
      return { name: inLocale(all.name, locale, true), keyFigures }
    })
    .catch(() => null)

  const upcomingRead = loadCalendar(payload, { now, pastDays: 0, futureDays: 42, user, locale }).then((days) =>
    days
      .flatMap((day) => day.entries)
      .filter((entry) => UPCOMING_KINDS.has(entry.kind) && !entry.done)
      .slice(0, upcomingLimit),
  )

  // The latest draft carries the review state, so count over drafts (what the admin's list shows).
  const inReviewRead = Promise.all(
    reviewedCollections(payload).map(async (collection) => {
      const { totalDocs } = await payload.find({
        collection,
        where: { reviewStatus: { equals: 'in-review' } },
        draft: true,
        limit: 1,
        depth: 0,
        select: {},
        ...asUser,
      })
      return { collection, count: totalDocs }
    }),
  )

  // The inquiries collection may not exist in every deployment: count it only when it does.
  const inquiriesRead = payload.collections['inquiries' as CollectionSlug]
    ? payload
        .count({ collection: 'inquiries' as CollectionSlug, where: { status: { equals: 'new' } }, ...asUser })
        .then(({ totalDocs }) => totalDocs)
        .catch(() => null)
    : Promise.resolve(null)

  const [zone, upcoming, inReview, newInquiries] = await Promise.all([
    zoneRead,
    upcomingRead,
    inReviewRead,
    inquiriesRead,
  ])
  return { zone, upcoming, inReview, newInquiries }
}
