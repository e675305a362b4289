import type { Endpoint, Where } from 'payload'

import { PAGE_COLLECTIONS } from '../../workflow/access/trust'
import { COMMON_ERRORS, json, localeParameter, openapi } from '../apiDocs/declare'

const MAX_QUERY = 100
const MAX_LIMIT = 50
/** Title hits and text hits each contribute at most this many entries to the ranked list. */
const WINDOW = 100

type Entry = {
  id: number | string
  title?: string | null
  text?: string | null
  slug?: string | null
  priority?: number | null
  doc: { relationTo: string; value: unknown }
}

const bad = (message: string) => Response.json({ errors: [{ message }] }, { status: 400 })

/** Up to `radius` characters either side of the first place the query occurs. */
export function snippet(text: string | null | undefined, query: string, radius = 60): string {
  if (!text) return ''
  const flat = text.replace(/\s+/g, ' ')
  const words = query.toLowerCase().split(/\s+/).filter(Boolean)
  const at = Math.max(
    0,
    ...words
      .map((w) => flat.toLowerCase().indexOf(w))
      .filter((i) => i >= 0)
      .slice(0, 1),
  )
  const start = Math.max(0, at - radius)
  const end = Math.min(flat.length, at + radius)
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
}

/**
 * GET /api/search?q=…&locale=zh|en[&collection=policies][&limit=10][&page=1]
 * Searches published content of every public collection in one locale. Entries whose title matches
 * come first, then entries whose summary or body matches; within each group, by priority. Matching is
 * by substring (every word of the query must occur), so Chinese queries work without word breaks.
 */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  custom: openapi({
    operationId: 'search',
    summary: 'Search published content',
    description: 'Title matches first, then summary or body matches. Chinese needs no word breaks.',
    tags: ['Search'],
    parameters: [
      { name: 'q', in: 'query', required: true, schema: { type: 'string', minLength: 1, maxLength: MAX_QUERY } },
      localeParameter(),
      { name: 'collection', in: 'query', schema: { type: 'string', enum: [...PAGE_COLLECTIONS] } },
      { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 10 } },
      { name: 'page', in: 'query', schema: { type: 'integer', minimum: 1, default: 1 } },
    ],
    responses: {
      '200': {
        description: 'One page of ranked hits.',
        content: json({
          type: 'object',
          additionalProperties: false,
          required: ['query', 'locale', 'docs', 'totalDocs', 'limit', 'page', 'totalPages', 'hasNextPage'],
          properties: {
            query: { type: 'string' },
            locale: { type: 'string', enum: ['zh', 'en'] },
            docs: {
              type: 'array',
              items: {
                type: 'object',
                additionalProperties: false,
                required: ['collection', 'id', 'slug', 'title', 'snippet', 'matched'],
                properties: {
                  collection: { type: 'string', enum: [...PAGE_COLLECTIONS] },
                  id: { type: ['string', 'integer'] },
                  slug: { type: ['string', 'null'] },
                  title: { type: 'string' },
                  snippet: { type: 'string' },
                  matched: { type: 'string', enum: ['title', 'text'] },
                },
              },
            },
            totalDocs: { type: 'integer' },
            limit: { type: 'integer' },
            page: { type: 'integer' },
            totalPages: { type: 'integer' },
            hasNextPage: { type: 'boolean' },
          },
        }),
      },
      ...COMMON_ERRORS,
    },
  }),
  handler: async (req) => {
    const q = typeof req.query?.q === 'string' ? req.query.q.trim() : ''
    if (!q) return bad('Give a search query, for example /api/search?q=集成电路&locale=zh.')
    if (q.length > MAX_QUERY) return bad(`The search query is too long: at most ${MAX_QUERY} characters.`)
    const collection = req.query?.collection
    if (collection !== undefined && !PAGE_COLLECTIONS.includes(collection as never)) {
      return bad(`"collection" must be one of ${PAGE_COLLECTIONS.join(', ')}.`)
    }
    const limit = req.query?.limit === undefined ? 10 : Number(req.query.limit)
    const page = req.query?.page === undefined ? 1 : Number(req.query.page)
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT)
      return bad(`"limit" must be a whole number from 1 to ${MAX_LIMIT}.`)
    if (!Number.isInteger(page) || page < 1) return bad('"page" must be a whole number, 1 or more.')
    const locale = req.locale === 'en' ? 'en' : 'zh'

    const scope: Where[] = collection ? [{ 'doc.relationTo': { equals: collection } }] : []
    const find = (where: Where) =>
      req.payload.find({
        collection: 'search-index',
        where: { and: [...scope, where] },
        locale,
        fallbackLocale: false,
        depth: 0,
        limit: WINDOW,
        sort: ['-priority', 'title'],
        overrideAccess: false,
        user: req.user,
        req,
      })
    const [byTitle, byText] = await Promise.all([find({ title: { like: q } }), find({ text: { like: q } })])
    // One entry per document: a title hit outranks a text hit of the same document.
    const seen = new Set<string>()
    const ranked: { entry: Entry; matched: 'title' | 'text' }[] = []
    for (const [entries, matched] of [
      [byTitle.docs, 'title'],
      [byText.docs, 'text'],
    ] as const) {
      for (const entry of entries as Entry[]) {
        const key = `${entry.doc.relationTo}:${String(entry.doc.value)}`
        if (seen.has(key)) continue
        seen.add(key)
        ranked.push({ entry, matched })
      }
    }
    const overlap = byTitle.docs.length + byText.docs.length - ranked.length
    const totalDocs = Math.min(byTitle.totalDocs, WINDOW) + Math.min(byText.totalDocs, WINDOW) - overlap
    const docs = ranked.slice((page - 1) * limit, page * limit).map(({ entry, matched }) => ({
      collection: entry.doc.relationTo,
      id: entry.doc.value,
      slug: entry.slug ?? null,
      title: entry.title ?? '',
      snippet: snippet(entry.text, q),
      matched,
    }))
    const totalPages = Math.max(1, Math.ceil(totalDocs / limit))
    return Response.json({ query: q, locale, docs, totalDocs, limit, page, totalPages, hasNextPage: page < totalPages })
  },
}
