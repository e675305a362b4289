import type { Payload } from 'payload'

import { serverURL } from '../../env'

/** The feeds' languages: each feed exists once per locale, in its path (`announcements.zh.xml`). */
export type FeedLocale = 'en' | 'zh'

/** Every feed reads as an anonymous visitor, access control on: no drafts, nothing embargoed or expired. */
export const AS_VISITOR = { overrideAccess: false, user: null } as const

/** Who publishes the feeds, in each language. */
export const PUBLISHER = {
  zh: { zone: '金桥经济技术开发区', committee: '金桥经济技术开发区管理委员会' },
  en: {
    zone: 'Jinqiao Economic and Technological Development Zone',
    committee: 'Administrative Committee of the Jinqiao Economic and Technological Development Zone',
  },
} satisfies Record<FeedLocale, { zone: string; committee: string }>

/** Where the public website shows a page (PUBLIC_SITE_URL, e.g. https://www.example.gov.cn). */
export const sitePage = (locale: FeedLocale, ...path: string[]): string =>
  [(process.env.PUBLIC_SITE_URL || serverURL()).replace(/\/$/, ''), locale, ...path].join('/')

/** A feed's own address on this server, e.g. feedURL('events.zh.ics'). */
export const feedURL = (file: string): string => `${serverURL()}/feeds/${file}`

/** A config label (`{ en, zh }` or a string) in one locale. */
const labelIn = (label: unknown, locale: FeedLocale, otherwise: string): string => {
  if (typeof label === 'string') return label
  const localized = label && typeof label === 'object' ? (label as Record<string, unknown>)[locale] : undefined
  return typeof localized === 'string' ? localized : otherwise
}

/** A feed's title: the zone, then what it lists, e.g. “金桥经济技术开发区 · 公告 · 新闻”. */
export const feedTitle = (
  payload: Payload,
  collection: 'announcements' | 'events' | 'policies',
  locale: FeedLocale,
  ...more: string[]
): string =>
  [
    PUBLISHER[locale].zone,
    labelIn(payload.collections[collection].config.labels.plural, locale, collection),
    ...more,
  ].join(' · ')

/** The announcement categories and their labels in one locale, as the collection's `category` field declares them. */
export function announcementCategories(payload: Payload, locale: FeedLocale): Map<string, string> {
  const field = payload.collections.announcements.config.flattenedFields.find(({ name }) => name === 'category')
  const options = field?.type === 'select' ? field.options : []
  return new Map(
    options.map((option) =>
      typeof option === 'string' ? [option, option] : [option.value, labelIn(option.label, locale, option.value)],
    ),
  )
}
