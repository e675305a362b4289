import type { NextFunction, Request, Response } from 'express'
import { type CollectionSlug, headersWithCors, type Payload, type PayloadRequest, type Where } from 'payload'
import * as qs from 'qs-esm'

import { isAnonymous } from '../cache/responseCache'
import { READ_MODEL_COLLECTIONS, type ReadModelCollection, SNAPSHOTS } from '../readModel/config'
import { readModelFingerprint, readModelReady } from '../readModel/snapshots'
import { type CacheTicket, sendCacheable } from './apiCache'
import { MAX_LIMIT } from './validateApiRequest'

/** READ_MODEL=off answers every read through Payload (the snapshots are still kept up to date). */
export const readModelEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
  env.READ_MODEL !== 'off'

export type ListShape = {
  lang: string
  limit: number
  page: number
  /** ±publishedAt; Payload adds its tie-breaker, -createdAt, which in a snapshot is the document's. */
  sort: string
  filters: { field: 'slug' | 'category'; value: string }[]
}

const WHOLE = /^\d+$/
const KNOWN = new Set(['locale', 'limit', 'page', 'sort', 'depth', 'draft', 'where'])

/**
 * The list requests the read model answers exactly as Payload would: a locale (not `all`), limit and
 * page, the collection's own sort by publishedAt (either way), the default depth, and equality on the
 * filter fields. Anything else — select, populate, another sort or operator, fallback settings — is
 * undefined here, and Payload answers it.
 */
export function listShape(
  search: string,
  settings: ReadModelCollection,
  options: { locales: string[]; defaultLocale: string; defaultDepth: number; defaultSort: string },
): ListShape | undefined {
  const query = (search ? qs.parse(search, { depth: 4, ignoreQueryPrefix: true }) : {}) as Record<string, unknown>
  for (const name of Object.keys(query)) if (!KNOWN.has(name)) return undefined
  const { locale = options.defaultLocale, limit = '10', page = '1', depth, draft, where = {} } = query
  const sort = query.sort ?? options.defaultSort
  if (typeof locale !== 'string' || !options.locales.includes(locale)) return undefined
  if (typeof limit !== 'string' || !WHOLE.test(limit) || +limit < 1 || +limit > MAX_LIMIT) return undefined
  if (typeof page !== 'string' || !WHOLE.test(page) || +page < 1 || !Number.isSafeInteger(+page)) return undefined
  if (depth !== undefined && depth !== String(options.defaultDepth)) return undefined
  if (draft !== undefined && draft !== 'false') return undefined
  if (sort !== 'publishedAt' && sort !== '-publishedAt') return undefined
  if (!where || typeof where !== 'object' || Array.isArray(where)) return undefined
  const filters: ListShape['filters'] = []
  for (const [field, condition] of Object.entries(where as Record<string, unknown>)) {
    if (!settings.filters.includes(field as 'slug')) return undefined
    if (!condition || typeof condition !== 'object' || Array.isArray(condition)) return undefined
    const entries = Object.entries(condition)
    if (entries.length !== 1 || entries[0]![0] !== 'equals' || typeof entries[0]![1] !== 'string') return undefined
    // Payload reads "null" as no value, and compares the rest with the column's type: its business.
    if (entries[0]![1] === 'null' || entries[0]![1] === '') return undefined
    filters.push({ field: field as 'slug', value: entries[0]![1] })
  }
  return { lang: locale, limit: +limit, page: +page, sort, filters }
}

const DOCS = '\u0001docs\u0001'

/**
 * Anonymous list reads of read-model collections (src/readModel): one indexed query on the snapshots
 * of published documents, with embargo and expiry applied at this moment, and the documents' stored
 * JSON spliced into Payload's own pagination envelope. Byte for byte what Payload would answer
 * (tests/readModel.test.ts); any other request goes on to Payload.
 */
export const readModelReads =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const slug = String(req.params.collection)
    const settings = READ_MODEL_COLLECTIONS[slug]
    const ticket = res.locals.apiCache as CacheTicket | undefined
    // Exactly /api/<slug> (not an escaped or slash-ended variant, which Payload answers its own way).
    const exact = req.originalUrl.split('?')[0] === `${payload.config.routes.api}/${slug}`
    if (req.method !== 'GET' || !exact || !settings || !ticket || !isAnonymous(req) || !readModelReady(payload)) {
      return next()
    }
    const collection = payload.collections[slug as CollectionSlug]?.config
    const search = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?') + 1) : ''
    const shape = listShape(search, settings, {
      locales: payload.config.localization ? payload.config.localization.localeCodes : [],
      defaultLocale: payload.config.localization ? payload.config.localization.defaultLocale : '',
      defaultDepth: payload.config.defaultDepth,
      defaultSort: typeof collection?.defaultSort === 'string' ? collection.defaultSort : '',
    })
    if (!shape) return next()
    try {
      const now = new Date().toISOString()
      const and: Where[] = [{ source: { equals: slug } }, { lang: { equals: shape.lang } }]
      for (const { field, value } of shape.filters) and.push({ [field]: { equals: value } })
      if (settings.current) {
        and.push({ or: [{ publishedAt: { exists: false } }, { publishedAt: { less_than_equal: now } }] })
        and.push({ or: [{ expiresAt: { exists: false } }, { expiresAt: { greater_than: now } }] })
      }
      const result = await payload.db.find<{ json: string; dynamic?: boolean | null; build?: string | null }>({
        collection: SNAPSHOTS as CollectionSlug,
        where: { and },
        sort: shape.sort,
        limit: shape.limit,
        page: shape.page,
        pagination: true,
        select: { json: true, dynamic: true, build: true },
      })
      // Answered meanwhile (REQUEST_TIMEOUT_MS); or a document that only Payload can show right (one that
      // shows an embargoed item), or one written by another build (a deploy in progress).
      if (res.headersSent) return
      const build = readModelFingerprint(payload.config)
      if (result.docs.some((d) => d.dynamic || d.build !== build)) return next()
      // Payload's envelope, keys in the adapter's order, with the stored documents in place of `docs`.
      const envelope = Object.fromEntries(Object.entries(result).map(([k, v]) => [k, k === 'docs' ? DOCS : v]))
      const docs = `[${result.docs.map((d) => d.json).join(',')}]`
      const body = JSON.stringify(envelope).replace(JSON.stringify(DOCS), () => docs)
      const headers = headersWithCors({
        headers: new Headers({ 'content-type': 'application/json' }),
        req: {
          headers: new Headers(req.headers.origin ? { origin: req.headers.origin } : {}),
          payload,
        } as PayloadRequest,
      })
      res.setHeader('x-read-model', 'hit')
      sendCacheable(req, res, ticket, new globalThis.Response(null, { status: 200, headers }), Buffer.from(body))
    } catch (error) {
      next(error)
    }
  }
