import { Feed } from 'feed'
import type { Payload, Where } from 'payload'

import { announcementCategories, AS_VISITOR, feedTitle, feedURL, PUBLISHER, sitePage, type FeedLocale } from './site'

export type FeedFormat = 'atom' | 'rss'

/** What an RSS or Atom feed lists: all announcements, those of one category, or the policies. */
export type ListSource = { collection: 'announcements'; category?: string } | { collection: 'policies' }

/** The date a list is ordered by, newest first: publication for announcements, entry into force for policies. */
const DATE_FIELD = { announcements: 'publishedAt', policies: 'effectiveFrom' } as const

const LIMIT = 50

type ListedDoc = {
  slug: string
  title: string
  summary?: string | null
  category?: string | null
  updatedAt: string
  publishedAt?: string | null
  effectiveFrom?: string | null
}

/** The feed's file name below /feeds: `announcements.zh.xml`, `announcements/news.en.atom`, `policies.zh.xml`. */
export const listFeedFile = (source: ListSource, locale: FeedLocale, format: FeedFormat): string =>
  `${source.collection}${'category' in source && source.category ? `/${source.category}` : ''}.${locale}.${format === 'rss' ? 'xml' : 'atom'}`

/**
 * RSS 2.0 or Atom of the 50 newest documents of a source in one locale. Read as an anonymous visitor,
 * with access control on: drafts, embargoed and expired items never appear.
 */
export async function listFeed(
  payload: Payload,
  source: ListSource,
  locale: FeedLocale,
  format: FeedFormat,
): Promise<string> {
  const dateField = DATE_FIELD[source.collection]
  const category = 'category' in source ? source.category : undefined
  const where: Where | undefined = category ? { category: { equals: category } } : undefined
  const { docs } = await payload.find({
    collection: source.collection,
    locale,
    where,
    sort: `-${dateField}`,
    limit: LIMIT,
    depth: 0,
    ...AS_VISITOR,
    select: {
      title: true,
      slug: true,
      summary: true,
      updatedAt: true,
      [dateField]: true,
      ...(source.collection === 'announcements' ? { category: true } : {}),
    },
  })
  const items = docs as ListedDoc[]
  const self = feedURL(listFeedFile(source, locale, format))
  const lastUpdate = Math.max(0, ...items.map((doc) => Date.parse(doc.updatedAt)))
  const feed = new Feed({
    id: self,
    title: feedTitle(
      payload,
      source.collection,
      locale,
      ...(category ? [announcementCategories(payload, locale).get(category) ?? category] : []),
    ),
    link: sitePage(locale, source.collection),
    language: locale === 'zh' ? 'zh-CN' : 'en',
    copyright: PUBLISHER[locale].committee,
    updated: new Date(lastUpdate),
    feedLinks: { [format]: self },
  })
  for (const doc of items) {
    const link = sitePage(locale, source.collection, doc.slug)
    feed.addItem({
      id: link,
      link,
      title: doc.title,
      description: doc.summary ?? undefined,
      date: new Date(doc[dateField] ?? doc.updatedAt),
      category: doc.category ? [{ name: doc.category }] : undefined,
    })
  }
  return format === 'rss' ? feed.rss2() : feed.atom1()
}
