import type { IncomingMessage, ServerResponse } from 'node:http'

import type { NextFunction, Request, Response } from 'express'
import { type CollectionSlug, headersWithCors, type Payload, type PayloadRequest } from 'payload'

import { isAnonymous } from '../../workflow/access/principal'
import { apiCache, replayable } from '../cache/responseCache'
import { READ_MODEL_COLLECTIONS, type ReadModelCollection } from './config'
import { snapshotPage } from './query'
import { readModelFingerprint } from './fingerprint'
import { readModelReady } from './rebuild'
import { cacheTicket, sendCacheable } from '../cache/apiCache'
import { recordDependencies, tagsOf } from '../cache/dependencies'
import type { DatabaseOutage } from '../../database/databaseOutage'
import { requestId } from '../../http/requestId'
import { answerTimedOut, requestTimeoutMs } from '../../http/requestTimeout'
import { apiQuery, apiQueryChecker, MAX_LIMIT } from '../../http/validateApiRequest'

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
  query: Record<string, unknown>,
  settings: ReadModelCollection,
  options: { locales: string[]; defaultLocale: string; defaultDepth: number; defaultSort: string },
): ListShape | undefined {
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

/** Express's check of a query (validateApiRequest): its problems, none when it is sound. */
type CheckQuery = ReturnType<typeof apiQueryChecker>

/**
 * The read model's answer to an anonymous list request (`url`: path and query, as received), or
 * undefined when Payload must answer it: a shape the read model does not serve, a page showing a
 * dynamic document or one of another build — or, given `checkQuery` (for requests that have not been
 * through Express's validation), a query that validation would refuse.
 */
async function answer(
  payload: Payload,
  slug: string,
  url: string,
  origin: string | undefined,
  checkQuery?: CheckQuery,
) {
  const settings = READ_MODEL_COLLECTIONS[slug]
  if (!settings || !readModelReady(payload)) return undefined
  // The query string as Payload reads it (a WHATWG URL): anything it would read otherwise is its to answer.
  if (url.includes('#') || url.indexOf('?') !== url.lastIndexOf('?')) return undefined
  if (checkQuery?.(slug, url, false).length) return undefined
  const query = apiQuery(url)
  const collection = payload.collections[slug as CollectionSlug]?.config
  const shape = listShape(query, settings, {
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

/**
 * Serving anonymous list reads of read-model collections (src/delivery/readModel): one indexed query on the
 * snapshots of published documents, with embargo and expiry applied at this moment, and the documents'
 * stored JSON spliced into Payload's own pagination envelope — byte for byte what Payload would answer
 * (tests/readModel.test.ts). Anything else goes on to Payload.
 *
 * - `reads`, Express middleware after the API's validation, timeout, outage guard and response cache;
 *   its first answer for a collection also records the headers Express's middleware added (helmet, the
 *   API's CSP).
 * - `fastPath`, for the HTTP server to try before Express (as it does cache hits): the same answers with
 *   the recorded headers, once `reads` has answered for the collection, while the database is not known
 *   to be down and the response cache needs nothing refreshed. The read model's query is a fraction of a
 *   millisecond; Express's per-request work would be most of the rest. Anything else, and a failure
 *   before the answer is written, goes to `fallback` (Express); no answer within REQUEST_TIMEOUT_MS is a
 *   503, as through Express. Like cache hits, these answers are not in the request log, nor compressed.
 */
export function readModelServer(payload: Payload, outage?: Pick<DatabaseOutage, 'isDown'>) {
  const apiRoute = payload.config.routes.api
  const templates = new Map<string, [string, string][]>()
  const checkQuery = apiQueryChecker(payload.config, payload.db.defaultIDType)
  const timeoutMs = requestTimeoutMs()

  const reads = async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    const slug = String(req.params.collection)
    const ticket = cacheTicket(res)
    // Exactly /api/<slug> (not an escaped or slash-ended variant, which Payload answers its own way).
    const path = req.originalUrl.split('?')[0]
    if (req.method !== 'GET' || path !== `${apiRoute}/${slug}` || !ticket || !isAnonymous(req)) return next()
    try {
      const found = await answer(payload, slug, req.originalUrl, req.headers.origin)
      // Answered meanwhile (REQUEST_TIMEOUT_MS), or Payload's to answer.
      if (res.headersSent) return
      if (!found) return next()
      if (!templates.has(slug)) {
        const learned: [string, string][] = []
        for (const [name, value] of Object.entries(res.getHeaders())) {
          if (value !== undefined && replayable(name)) learned.push([name, String(value)])
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

  const fastPath = (req: IncomingMessage, res: ServerResponse, fallback: () => void): boolean => {
    if (req.method !== 'GET' || !isAnonymous(req) || outage?.isDown()) return false
    const url = req.url ?? ''
    const path = url.split('?')[0]!
    const slug = path.startsWith(`${apiRoute}/`) ? path.slice(apiRoute.length + 1) : ''
    const template = templates.get(slug)
    const cache = apiCache()
    if (!template || (cache.settings.enabled && cache.needsBoundary())) return false
    const generation = cache.generation
    const tags = new Set<string>()
    let settled = false
    const handOver = () => {
      if (settled) return
      settled = true
      if (!res.headersSent) fallback()
    }
    // As requestTimeout answers Express's requests: a 503 rather than a wait (a database that hangs).
    const timer = setTimeout(() => {
      if (settled || res.headersSent) return
      settled = true
      for (const [name, value] of template) res.setHeader(name, value)
      res.setHeader('x-request-id', requestId(req))
      answerTimedOut(res, timeoutMs)
    }, timeoutMs)
    timer.unref()
    const write = (found: Answer | undefined) => {
      clearTimeout(timer)
      if (settled) return
      if (!found) return handOver()
      settled = true
      const headers: [string, string][] = [...template]
      found.headers.forEach((value, name) => void headers.push([name, value]))
      const key = cache.keyOf(req)
      const etag = key ? cache.store(key, generation, 200, headers, found.body, tagsOf(tags)) : undefined
      cache.write(req, res, { status: 200, headers, body: found.body, etag }, key ? 'MISS' : undefined)
    }
    recordDependencies(tags, () => answer(payload, slug, url, req.headers.origin, checkQuery)).then(write, () => {
      clearTimeout(timer)
      handOver()
    })
    return true
  }

  return { reads, fastPath }
}
