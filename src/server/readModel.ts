import type { IncomingMessage, ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'
import { type CollectionSlug, headersWithCors, type Payload, type PayloadRequest } from 'payload'
import * as qs from 'qs-esm'

import { apiCache, isAnonymous, strongETag } from '../cache/responseCache'
import { READ_MODEL_COLLECTIONS, type ReadModelCollection } from '../readModel/config'
import { snapshotPage } from '../readModel/query'
import { readModelFingerprint, readModelReady } from '../readModel/snapshots'
import { type CacheTicket, sendCacheable } from './apiCache'
import { requestId } from './requestId'
import { MAX_LIMIT } from './validateApiRequest'

/** READ_MODEL=off answers every read through Payload (the snapshots are still kept up to date). */
export const readModelEnabled = (env: Record<string, string | undefined> = process.env): boolean =>
  env.READ_MODEL !== 'off'

export type ListShape = {
  lang: string
  limit: number
  page: number
  /** ±publishedAt; Payload adds its tie-breaker, -createdAt, which in a snapshot is the document's. */
  sort: 'publishedAt' | '-publishedAt'
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
    if (entries[0]![1] === 'null' || entries[0]![1] === '' || entries[0]![1].includes('\0')) return undefined
    filters.push({ field: field as 'slug', value: entries[0]![1] })
  }
  return { lang: locale, limit: +limit, page: +page, sort, filters }
}

const DOCS = '\u0001docs\u0001'

type Answer = { body: Buffer; headers: Headers }

/**
 * The read model's answer to an anonymous list request, or undefined when Payload must answer it (a
 * shape the read model does not serve, a page showing a dynamic document or one of another build).
 */
async function answer(payload: Payload, slug: string, search: string, origin: string | undefined) {
  const settings = READ_MODEL_COLLECTIONS[slug]
  if (!settings || !readModelReady(payload)) return undefined
  const collection = payload.collections[slug as CollectionSlug]?.config
  const shape = listShape(search, settings, {
    locales: payload.config.localization ? payload.config.localization.localeCodes : [],
    defaultLocale: payload.config.localization ? payload.config.localization.defaultLocale : '',
    defaultDepth: payload.config.defaultDepth,
    defaultSort: typeof collection?.defaultSort === 'string' ? collection.defaultSort : '',
  })
  if (!shape) return undefined
  const { docs, envelope } = await snapshotPage(payload, {
    source: slug,
    lang: shape.lang,
    filters: shape.filters,
    current: settings.current,
    now: new Date().toISOString(),
    sort: shape.sort,
    limit: shape.limit,
    page: shape.page,
  })
  const build = readModelFingerprint(payload.config)
  if (docs.some((d) => d.dynamic || d.build !== build)) return undefined
  // Payload's envelope with the stored documents in place of `docs`.
  const body = JSON.stringify({ ...envelope, docs: DOCS }).replace(
    JSON.stringify(DOCS),
    () => `[${docs.map((d) => d.json).join(',')}]`,
  )
  const headers = headersWithCors({
    headers: new Headers({ 'content-type': 'application/json' }),
    req: { headers: new Headers(origin ? { origin } : {}), payload } as PayloadRequest,
  })
  headers.set('x-read-model', 'hit')
  return { body: Buffer.from(body), headers } satisfies Answer
}

/** Per collection: the headers Express's middleware (helmet, the API's CSP) put on a read-model answer. */
const templates = new Map<string, [string, string][]>()
const PER_REQUEST = /^(x-request-id|date|connection|keep-alive|content-length|transfer-encoding|vary)$/

/**
 * Anonymous list reads of read-model collections (src/readModel): one indexed query on the snapshots
 * of published documents, with embargo and expiry applied at this moment, and the documents' stored
 * JSON spliced into Payload's own pagination envelope. Byte for byte what Payload would answer
 * (tests/readModel.test.ts); any other request goes on to Payload. The first answer for a collection
 * also teaches readModelFastPath the headers Express's middleware adds.
 */
export const readModelReads =
  (payload: Payload) =>
  async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const slug = String(req.params.collection)
    const ticket = res.locals.apiCache as CacheTicket | undefined
    // Exactly /api/<slug> (not an escaped or slash-ended variant, which Payload answers its own way).
    const [path, ...query] = req.originalUrl.split('?')
    if (req.method !== 'GET' || path !== `${payload.config.routes.api}/${slug}` || !ticket || !isAnonymous(req)) {
      return next()
    }
    try {
      const found = await answer(payload, slug, query.join('?'), req.headers.origin)
      // Answered meanwhile (REQUEST_TIMEOUT_MS), or Payload's to answer.
      if (res.headersSent) return
      if (!found) return next()
      if (!templates.has(slug)) {
        const learned: [string, string][] = []
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (value !== undefined && !PER_REQUEST.test(name)) learned.push([name, String(value)])
        }
        templates.set(slug, learned)
      }
      sendCacheable(
        req,
        res,
        ticket,
        new globalThis.Response(null, { status: 200, headers: found.headers }),
        found.body,
      )
    } catch (error) {
      next(error)
    }
  }

/**
 * The same answers without Express, for the HTTP server to try before it (as it does cache hits): the
 * read model's query is a fraction of a millisecond, and Express's per-request work would be most of
 * the rest. Serves only what readModelReads answered before for the collection (whose headers it
 * learned) and only when the response cache needs nothing refreshed; anything else, and any failure
 * before the answer is written, goes to `fallback` (Express). Like cache hits, these answers are not in
 * the request log.
 */
export function readModelFastPath(payload: Payload) {
  const apiRoute = payload.config.routes.api
  return (req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean => {
    if (req.method !== 'GET' || !isAnonymous(req)) return false
    const [path = '', ...query] = (req.url ?? '').split('?')
    const slug = path.startsWith(`${apiRoute}/`) ? path.slice(apiRoute.length + 1) : ''
    const template = templates.get(slug)
    const cache = apiCache()
    if (!template || (cache.settings.enabled && cache.needsBoundary())) return false
    const generation = cache.generation
    const origin = req.headers.origin
    void answer(payload, slug, query.join('?'), origin)
      .then((found) => {
        if (!found) return fallback()
        const headers: [string, string][] = [...template]
        found.headers.forEach((value, name) => void headers.push([name, value]))
        const key = cache.keyOf(req)
        const etag = key ? cache.store(key, generation, 200, headers, found.body) : strongETag(found.body)
        for (const [name, value] of headers) res.setHeader(name, value)
        res.setHeader('etag', etag)
        res.setHeader('cache-control', cache.cacheControl())
        if (key) res.setHeader('x-cache', 'MISS')
        res.setHeader('x-request-id', requestId(req))
        if (req.headers['if-none-match'] === etag) {
          res.statusCode = 304
          res.end()
          return
        }
        res.statusCode = 200
        res.setHeader('content-length', found.body.length)
        res.end(found.body)
      })
      .catch(() => {
        if (!res.headersSent) fallback()
      })
    return true
  }
}
