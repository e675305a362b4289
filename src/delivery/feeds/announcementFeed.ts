import { Feed } from 'feed'
import type { Payload } from 'payload'

import { serverURL } from '../../env'

export type FeedFormat = 'atom' | 'rss'

/** Where the public website shows an announcement (PUBLIC_SITE_URL, e.g. https://www.example.gov.cn). */
const siteURL = (): string => (process.env.PUBLIC_SITE_URL || serverURL()).replace(/\/$/, '')

const TITLES = {
  zh: '金桥经济技术开发区 · 公告',
  en: 'Jinqiao Economic and Technological Development Zone · Announcements',
}

/**
 * RSS 2.0 or Atom of the 50 newest announcements in one locale. Read as an anonymous visitor, with
 * access control on: drafts, embargoed and expired items never appear.
 */
export async function announcementFeed(payload: Payload, locale: 'en' | 'zh', format: FeedFormat): Promise<string> {
  const { docs } = await payload.find({
    collection: 'announcements',
    locale,
    sort: '-publishedAt',
    limit: 50,
    depth: 0,
    overrideAccess: false,
    user: null,
    select: { title: true, slug: true, summary: true, category: true, publishedAt: true, updatedAt: true },
  })
  const site = siteURL()
  const feedURL = `${serverURL()}/feeds/announcements.${locale}.${format === 'rss' ? 'xml' : 'atom'}`
  const feed = new Feed({
    id: feedURL,
    title: TITLES[locale],
    link: `${site}/${locale}/announcements`,
    language: locale === 'zh' ? 'zh-CN' : 'en',
    copyright:
      locale === 'zh'
        ? '金桥经济技术开发区管理委员会'
        : 'Administrative Committee of the Jinqiao Economic and Technological Development Zone',
    updated: docs[0] ? new Date(docs[0].updatedAt) : new Date(0),
    feedLinks: { [format]: feedURL },
  })
  for (const doc of docs) {
    const link = `${site}/${locale}/announcements/${doc.slug}`
    feed.addItem({
      id: link,
      link,
      title: doc.title,
      description: doc.summary ?? undefined,
      date: new Date(doc.publishedAt ?? doc.updatedAt),
      category: doc.category ? [{ name: doc.category }] : undefined,
    })
  }
  return format === 'rss' ? feed.rss2() : feed.atom1()
}
