import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

import { writeAnswer } from '../answer'
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
      writeAnswer(req, res, {
        status: 200,
        headers: [
          ['cache-control', 'public, max-age=60, stale-while-revalidate=300'],
          ['content-type', `application/${extension === 'xml' ? 'rss' : 'atom'}+xml; charset=utf-8`],
        ],
        body: xml,
      })
    } catch (error) {
      next(error)
    }
  }
