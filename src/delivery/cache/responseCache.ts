import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { isAnonymous } from '../../workflow/access/principal'
import { collectionTrust, globalTrust } from '../../workflow/access/trust'
import { requestId } from '../../http/requestId'
import { type Answer, strongETag, writeAnswer } from '../answer'

/**
 * A cached anonymous API response, ready to be written as it is, with what it shows (its dependency
 * tags, see dependencies.ts).
 */
export type Entry = {
  status: number
  headers: [string, string][]
  body: Buffer
  etag: string
  expiresAt: number
  tags: string[]
}

/** What every answer depends on (an invalidation of it drops everything); dependencies.ts's ALL. */
const ALL = '*'

/**
 * A second level shared by every instance (Redis, see sharedStore.ts). A shared entry carries the
 * version of each of its tags when it was made (`versions`, counters kept in Redis that every
 * invalidation of the tag increments): it is read only while they are all still current.
 */
export type SharedEntry = Entry & { versions: Record<string, number> }
export type SharedStore = {
  get: (key: string) => Promise<SharedEntry | undefined>
  set: (key: string, entry: SharedEntry) => Promise<void>
}

/**
 * The collections whose documents become visible or invisible by the clock (an embargo's end, an
 * expiry): a change to them may move the next such moment (see refreshVisibilityBoundary).
 */
const TIME_BOUNDARY_TAGS = ['announcements']

export type CacheSettings = {
  enabled: boolean
  /** Upper bound on how long an entry lives in this process (changes invalidate it sooner). */
  ttlSeconds: number
  /** Cache-Control for anonymous readers (browsers, CDNs). */
  maxAgeSeconds: number
  staleWhileRevalidateSeconds: number
  maxEntries: number
}

export const cacheSettings = (env: Record<string, string | undefined> = process.env): CacheSettings => ({
  enabled: env.API_CACHE !== 'off',
  ttlSeconds: Number(env.API_CACHE_TTL ?? 300),
  maxAgeSeconds: Number(env.API_CACHE_MAX_AGE ?? 5),
  staleWhileRevalidateSeconds: Number(env.API_CACHE_SWR ?? 30),
  maxEntries: Number(env.API_CACHE_MAX_ENTRIES ?? 2_000),
})

/** The largest GraphQL request body whose answer is cached (a query, not a document upload). */
export const MAX_CACHED_GRAPHQL_BODY = 64 * 1024

/** Per-request headers that must not be replayed from the cache. */
const NOT_REPLAYED = new Set([
  'date',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'set-cookie',
  'x-request-id',
  'x-cache',
  'ratelimit',
  'ratelimit-policy',
  'retry-after',
  'etag',
  'cache-control',
  'vary',
])

/** Whether a header of one answer may be given again with another (not per request). */
export const replayable = (name: string): boolean => !NOT_REPLAYED.has(name)

/**
 * Whether an anonymous answer at this API path may be kept by anyone (this cache, a browser, a CDN):
 * not for collections and globals whose trust declaration says no (src/workflow/access/trust.ts), nor for
 * answers about the session (`/me`, `/access`), which must not outlive a sign-in, nor for previews.
 */
export function publicAnswer(url: string): boolean {
  const path = url.split('?')[0]!
  const [, api, first, second, third] = path.split('/')
  if (api !== 'api' || !first) return false
  // Preview answers are drafts for the holder of a token (src/delivery/preview): never kept.
  if (first === 'access' || first === 'preview' || path.endsWith('/me') || third === 'me') return false
  if (first === 'globals') return second ? globalTrust(second)?.publicCache === true : false
  const trust = collectionTrust(first)
  // Endpoints of the API itself (graphql, search, sitemap, openapi.json) answer the public.
  return trust ? trust.publicCache : !second
}

/** Files are served from disk or storage, not kept in memory. */
const keptInMemory = (url: string) => publicAnswer(url) && !url.includes('/file/')

/**
 * The in-process response cache for anonymous reads of published content. A change drops the answers
 * that depend on what changed (dependencies.ts); an entry also never outlives the next moment at which
 * an embargo ends or an item expires, so time-based visibility is never served stale.
 */
export class ResponseCache {
  /** Counts invalidations; an answer made since generation g is stored only if none of its tags changed after g. */
  generation = 0
  /** The generation at which each tag last changed. */
  private changedAt = new Map<string, number>()
  private entries = new Map<string, Entry>()
  /** Epoch ms of the next embargo end or expiry, as last looked up, and for which generation. */
  private boundary: { at: number; generation: number } | undefined
  hits = 0
  /** Told about local invalidations (to pass them on to other instances through Redis). */
  private listeners: ((tags: string[]) => void)[] = []
  /** The shared second level, if any. */
  shared: SharedStore | undefined
  /** The shared tag versions as last known (from Redis); the shared level is unused while `sharedPaused`. */
  versions = new Map<string, number>()
  sharedPaused = false

  constructor(public settings: CacheSettings = cacheSettings()) {}

  /**
   * The cache key of a request, or undefined when it must not be cached: only for a request that is
   * anonymous as authentication decided (before Express, one that presents no credentials at all).
   */
  keyOf(req: IncomingMessage): string | undefined {
    if (!this.settings.enabled || req.method !== 'GET' || !isAnonymous(req)) return undefined
    // Express rewrites req.url under a mount point; originalUrl keeps the full path.
    const url = (req as IncomingMessage & { originalUrl?: string }).originalUrl ?? req.url ?? ''
    if (!keptInMemory(url)) return undefined
    // CORS answers depend on the caller's origin.
    const origin = req.headers.origin
    return origin ? `${url}\n${origin}` : url
  }

  /**
   * The cache key of an anonymous GraphQL POST whose operation is a query (never a mutation), by the
   * bytes of its body; undefined otherwise.
   */
  graphQLKeyOf(req: IncomingMessage, body: unknown, isQuery: (body: Buffer) => boolean): string | undefined {
    if (!this.settings.enabled || req.method !== 'POST' || !isAnonymous(req) || !Buffer.isBuffer(body)) return undefined
    if (!body.length || body.length > MAX_CACHED_GRAPHQL_BODY) return undefined
    const digest = crypto.createHash('sha1').update(body).digest('base64url')
    const origin = req.headers.origin
    const key = `POST /api/graphql ${digest}${origin ? `\n${origin}` : ''}`
    // Only queries are ever stored: a body found in the cache needs no parsing (a hit's largest cost).
    return this.entries.has(key) || isQuery(body) ? key : undefined
  }

  cacheControl(): string {
    const { maxAgeSeconds, staleWhileRevalidateSeconds } = this.settings
    return `public, max-age=${maxAgeSeconds}, stale-while-revalidate=${staleWhileRevalidateSeconds}`
  }

  /**
   * Drops the answers that show any of `tags` (all of them for ALL, the default): a change happened,
   * here or (fromPeer) in another instance.
   */
  invalidate(tags: readonly string[] = [ALL], { fromPeer = false } = {}): void {
    this.generation += 1
    for (const tag of tags) this.changedAt.set(tag, this.generation)
    if (tags.includes(ALL)) this.entries.clear()
    else {
      const changed = new Set(tags)
      for (const [key, entry] of this.entries) {
        if (entry.tags.some((tag) => tag === ALL || changed.has(tag))) this.entries.delete(key)
      }
    }
    if (!fromPeer) for (const listener of this.listeners) listener([...tags])
  }

  /** Whether something an answer with these tags shows has changed since `generation`. */
  changedSince(tags: readonly string[], generation: number): boolean {
    if (generation === this.generation) return false
    if ((this.changedAt.get(ALL) ?? 0) > generation || tags.includes(ALL)) return true
    return tags.some((tag) => (this.changedAt.get(tag) ?? 0) > generation)
  }

  onInvalidate(listener: (tags: string[]) => void): () => void {
    this.listeners.push(listener)
    return () => {
      this.listeners = this.listeners.filter((l) => l !== listener)
    }
  }

  needsBoundary(): boolean {
    return (
      !this.boundary ||
      this.boundary.at <= Date.now() ||
      this.changedSince(TIME_BOUNDARY_TAGS, this.boundary.generation)
    )
  }

  /** The boundary as known for an answer made now: a change since it was looked up makes it unknown. */
  private knownBoundary(): number {
    return this.boundary && !this.changedSince(TIME_BOUNDARY_TAGS, this.boundary.generation)
      ? this.boundary.at
      : Date.now()
  }

  setBoundary(at: number | undefined, generation: number): void {
    this.boundary = { at: at ?? Number.POSITIVE_INFINITY, generation }
  }

  /**
   * Stores a 200 response made since `startedGeneration` from what `tags` name, unless one of them
   * changed meanwhile.
   */
  store(
    key: string,
    startedGeneration: number,
    status: number,
    headers: [string, string][],
    body: Buffer,
    tags: readonly string[] = [ALL],
  ): string {
    const etag = strongETag(body)
    if (status !== 200 || this.changedSince(tags, startedGeneration)) return etag
    const expiresAt = Math.min(Date.now() + this.settings.ttlSeconds * 1000, this.knownBoundary())
    if (expiresAt <= Date.now()) return etag
    if (this.entries.size >= this.settings.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    const entry = {
      status,
      headers: headers.filter(([name]) => replayable(name)),
      body,
      etag,
      expiresAt,
      tags: [...tags],
    }
    this.entries.set(key, entry)
    if (this.shared && !this.sharedPaused) {
      const versions: Record<string, number> = {}
      for (const tag of [ALL, ...entry.tags]) versions[tag] = this.versions.get(tag) ?? 0
      void this.shared.set(key, { ...entry, versions }).catch(() => undefined)
    }
    return etag
  }

  /**
   * The miss path's second chance: an entry another instance stored, none of whose tags has changed
   * since, is copied into this instance's memory. True when there is one now.
   */
  async fetchShared(key: string): Promise<boolean> {
    const { shared, generation } = this
    if (!shared || this.sharedPaused) return false
    const found = await shared.get(key).catch(() => undefined)
    if (!found || found.expiresAt <= Date.now() || this.sharedPaused) return false
    // Made before a change to what it shows (by the shared versions), or a change here meanwhile.
    const current = Object.entries(found.versions).every(([tag, version]) => (this.versions.get(tag) ?? 0) === version)
    if (!current || this.changedSince(found.tags, generation)) return false
    const { versions: _versions, ...entry } = found
    this.entries.set(key, { ...entry, expiresAt: Math.min(entry.expiresAt, this.knownBoundary()) })
    return true
  }

  /** How many answers this instance holds. */
  get size(): number {
    return this.entries.size
  }

  /** Whether a fresh entry is stored under this key. */
  has(key: string): boolean {
    const entry = this.entries.get(key)
    return Boolean(entry && entry.expiresAt > Date.now())
  }

  /**
   * The hit path, called before Express sees the request: writes a cached response (or a 304) and
   * returns true, or returns false to let the request go on.
   */
  tryServe(req: IncomingMessage, res: ServerResponse, key = this.keyOf(req)): boolean {
    if (!key) return false
    const entry = this.entries.get(key)
    if (!entry || entry.expiresAt <= Date.now()) {
      if (entry) this.entries.delete(key)
      return false
    }
    this.hits += 1
    this.write(req, res, entry, 'HIT')
    return true
  }

  /**
   * Writes an anonymous answer without Express (a hit here, or the read model's, src/delivery/readModel/fastPath.ts):
   * with Cache-Control, X-Cache when it has a key, and the request id (see writeAnswer for the rest).
   */
  write(req: IncomingMessage, res: ServerResponse, answer: Answer, xCache: 'HIT' | 'MISS' | undefined): void {
    const headers: [string, string][] = [...answer.headers, ['cache-control', this.cacheControl()]]
    if (xCache) headers.push(['x-cache', xCache])
    headers.push(['x-request-id', requestId(req)])
    writeAnswer(req, res, { ...answer, headers })
  }
}

const GLOBAL_KEY = Symbol.for('jinqiao.apiResponseCache')

/**
 * The process's one cache. Kept on globalThis so that Payload hooks loaded in another module graph
 * (Next.js bundles the config for the admin panel) invalidate the same cache the API serves from.
 */
export const apiCache = (): ResponseCache => {
  // Cast: globalThis has no declared slot for it; the symbol is this module's own.
  const holder = globalThis as unknown as Record<symbol, ResponseCache | undefined>
  return (holder[GLOBAL_KEY] ??= new ResponseCache())
}
