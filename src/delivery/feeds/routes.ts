import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { writeAnswer } from '../answer'
import { json, ref, type Parameter, type PathItem } from '../apiDocs/declare'
import { calendarFile, eventCalendar } from './eventCalendar'
import { listFeed, listFeedFile, type FeedFormat, type ListSource } from './listFeed'
import { announcementCategories, type FeedLocale } from './site'

const LIST_PATH = /^\/feeds\/(announcements|policies)(?:\/([a-z0-9-]+))?\.(zh|en)\.(xml|atom)$/
const CALENDAR_PATH = /^\/feeds\/events(?:\/([a-z0-9-]+))?\.(zh|en)\.ics$/

const CONTENT_TYPES = {
  rss: 'application/rss+xml; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
}

/** A feed this server has at a path: how to render it (undefined: the event is not there) and its type. */
type ServedFeed = { contentType: string; missing?: string; render: () => Promise<string | undefined> }

function feedAt(payload: Payload, path: string): ServedFeed | undefined {
  const list = LIST_PATH.exec(path)
  if (list) {
    const [, collection, category, locale, extension] = list
    if (category && (collection !== 'announcements' || !announcementCategories(payload, 'en').has(category))) {
      return undefined
    }
    const source: ListSource = collection === 'policies' ? { collection } : { collection: 'announcements', category }
    const format: FeedFormat = extension === 'xml' ? 'rss' : 'atom'
    return { contentType: CONTENT_TYPES[format], render: () => listFeed(payload, source, locale as FeedLocale, format) }
  }
  const calendar = CALENDAR_PATH.exec(path)
  if (calendar) {
    const [, slug, locale] = calendar
    return {
      contentType: CONTENT_TYPES.ics,
      missing: `No published event has the slug “${slug}”.`,
      render: () => eventCalendar(payload, locale as FeedLocale, slug),
    }
  }
  return undefined
}

/** What a 404 lists: every feed, each in zh and en. */
const feedIndex = (payload: Payload): string => {
  const categories = [...announcementCategories(payload, 'en').keys()].join(', ')
  const list = (source: ListSource, format: FeedFormat = 'rss') => `/feeds/${listFeedFile(source, 'zh', format)}`
  return [
    `Feeds, each in zh and en: announcements as RSS 2.0 ${list({ collection: 'announcements' })} or Atom ${list({ collection: 'announcements' }, 'atom')}`,
    `per category ${list({ collection: 'announcements', category: '<category>' })} or .atom (categories: ${categories})`,
    `policies ${list({ collection: 'policies' })} or .atom`,
    `events as iCalendar /feeds/${calendarFile('zh')}, one event /feeds/${calendarFile('zh', '<slug>')}.`,
  ].join('; ')
}

/**
 * GET /feeds/…: announcements (all, or one category) and policies as RSS 2.0 (.xml) or Atom (.atom),
 * events as iCalendar (.ics), each in zh and en; with ETag/304 and short public caching.
 */
export const feeds =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const notFound = (why = '') =>
      res.status(404).json({ errors: [{ message: `${why}${why && ' '}${feedIndex(payload)}` }] })
    const feed = feedAt(payload, req.path)
    if (!feed) {
      notFound()
      return
    }
    try {
      const text = await feed.render()
      // Answered meanwhile (REQUEST_TIMEOUT_MS): the late feed is dropped.
      if (res.headersSent) return
      if (text === undefined) {
        notFound(feed.missing)
        return
      }
      writeAnswer(req, res, {
        status: 200,
        headers: [
          ['cache-control', 'public, max-age=60, stale-while-revalidate=300'],
          ['content-type', feed.contentType],
        ],
        body: Buffer.from(text),
      })
    } catch (error) {
      next(error)
    }
  }

/** The feeds in the OpenAPI document (served by Express, outside /api). */
export function feedsOpenApi(categories: string[]): Record<string, PathItem> {
  const locale: Parameter = {
    name: 'locale',
    in: 'path',
    required: true,
    schema: { type: 'string', enum: ['zh', 'en'] },
  }
  const feed = (operationId: string, summary: string, type: string, parameters: Parameter[] = []): PathItem => ({
    get: {
      operationId,
      summary,
      tags: ['Feeds'],
      parameters: [...parameters, locale],
      responses: {
        '200': {
          description: 'The feed; with ETag, 304 on If-None-Match.',
          content: { [type]: { schema: { type: 'string' } } },
        },
        '404': { description: 'No such feed or event; the message lists every feed.', content: json(ref('Error')) },
      },
    },
  })
  const category: Parameter = {
    name: 'category',
    in: 'path',
    required: true,
    schema: { type: 'string', enum: categories },
  }
  const slug: Parameter = { name: 'slug', in: 'path', required: true, schema: { type: 'string' } }
  const rss = 'application/rss+xml'
  const atom = 'application/atom+xml'
  return {
    '/feeds/announcements.{locale}.xml': feed('announcementsRss', 'The 50 newest announcements, RSS 2.0', rss),
    '/feeds/announcements.{locale}.atom': feed('announcementsAtom', 'The 50 newest announcements, Atom', atom),
    '/feeds/announcements/{category}.{locale}.xml': feed('categoryRss', 'One category, RSS 2.0', rss, [category]),
    '/feeds/announcements/{category}.{locale}.atom': feed('categoryAtom', 'One category, Atom', atom, [category]),
    '/feeds/policies.{locale}.xml': feed('policiesRss', 'Policies, RSS 2.0', rss),
    '/feeds/policies.{locale}.atom': feed('policiesAtom', 'Policies, Atom', atom),
    '/feeds/events.{locale}.ics': feed(
      'eventsCalendar',
      'Events as iCalendar (RFC 5545), Asia/Shanghai',
      'text/calendar',
    ),
    '/feeds/events/{slug}.{locale}.ics': feed('eventCalendar', 'One event as iCalendar', 'text/calendar', [slug]),
  }
}
