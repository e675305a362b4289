import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { strongETag } from '../cache/responseCache'
import { announcementFeed } from './announcementFeed'

const FEED_PATH = /^\/feeds\/announcements\.(zh|en)\.(xml|atom)$/

/** GET /feeds/announcements.{zh,en}.{xml (RSS 2.0),atom}, with ETag/304 and short public caching. */
export const feeds =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const match = FEED_PATH.exec(req.path)
    if (!match) {
      res.status(404).json({
        errors: [{ message: 'Feeds: /feeds/announcements.zh.xml or .en.xml (RSS 2.0), .zh.atom or .en.atom (Atom).' }],
      })
      return
    }
    try {
      const [, locale, extension] = match
      const xml = Buffer.from(
        await announcementFeed(payload, locale as 'en' | 'zh', extension === 'xml' ? 'rss' : 'atom'),
      )
      // Answered meanwhile (REQUEST_TIMEOUT_MS): the late feed is dropped.
      if (res.headersSent) return
      const etag = strongETag(xml)
      res.setHeader('etag', etag)
      res.setHeader('cache-control', 'public, max-age=60, stale-while-revalidate=300')
      res.type(extension === 'xml' ? 'application/rss+xml; charset=utf-8' : 'application/atom+xml; charset=utf-8')
      if (req.headers['if-none-match'] === etag) {
        res.status(304).end()
        return
      }
      res.send(xml)
    } catch (error) {
      next(error)
    }
  }
