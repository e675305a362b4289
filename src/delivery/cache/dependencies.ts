import { AsyncLocalStorage } from 'node:async_hooks'

import type { Field, Payload, PayloadRequest } from 'payload'
import { validOperatorSet } from 'payload/shared'

import { onCommit } from '../../database/afterCommit'
import { INVISIBLE } from '../../workflow/access/trust'
import { SNAPSHOTS } from '../readModel/config'
import { apiCache } from './responseCache'

/**
 * What a cached answer was made of, so that a change drops only the answers that could show it
 * (invalidation by dependency). A tag names what was read:
 *
 * - `<collection>`: the collection's published documents (its main table);
 * - `versions:<collection>`: its versions and drafts (only an anonymous `?draft=true` read touches them);
 * - `global:<slug>` and `global-versions:<slug>`: a global and its versions;
 * - `*` (ALL): anything; an answer whose making was not observed depends on everything.
 *
 * Reads are observed where every path meets, in the database adapter (REST, GraphQL, depth population,
 * rich-text links, access rules, custom endpoints), for the request whose answer is being made
 * (AsyncLocalStorage); writes invalidate their tag there too: a draft save writes versions only and
 * leaves every published answer cached, a publish drops the collection's answers and nothing else.
 */
export const ALL = '*'

const observed = new AsyncLocalStorage<Set<string>>()

/** Runs `work` while recording, into `tags`, what it reads. */
export const recordDependencies = <T>(tags: Set<string>, work: () => T): T => observed.run(tags, work)

/** Runs `work` without charging its reads to the answer being made (a shared memo's computation). */
export const unrecorded = <T>(work: () => T): T => observed.exit(work)

/** Records that the answer being made (if any) shows `tags`: for reads that bypass the adapter (raw SQL). */
export function dependOn(...tags: string[]): void {
  const current = observed.getStore()
  if (current) for (const tag of tags) current.add(tag)
}

/** The tags an answer is stored under: what it was seen to read, or ALL when nothing was seen. */
export const tagsOf = (tags: Set<string> | undefined): string[] => (tags?.size ? [...tags] : [ALL])

/**
 * Whether reads and writes of this collection matter to cached answers: not for the collections the
 * public can never read (the trust declaration's INVISIBLE: inquiries, users, API keys, Payload's own
 * jobs and preferences), whose writes (a flood of inquiries, every jobs-runner tick) must not empty
 * anything. The read model's snapshots are server-only but are what its answers are made of.
 */
const mattersForCollection = (slug: string) => slug === SNAPSHOTS || !INVISIBLE.has(slug)
/** Payload's own globals (payload-jobs-stats, written by every jobs tick) are never shown to the public. */
const mattersForGlobal = (slug: string) => !slug.startsWith('payload-')

type Args = Record<string, unknown> & { req?: Partial<PayloadRequest> }
type Method = (args: Args) => Promise<unknown>

const COLLECTION_READS = ['find', 'findOne', 'count', 'findDistinct'] as const
const VERSION_READS = ['queryDrafts', 'findVersions', 'countVersions'] as const
const GLOBAL_READS = ['findGlobal'] as const
const GLOBAL_VERSION_READS = ['findGlobalVersions', 'countGlobalVersions'] as const
const COLLECTION_WRITES = ['create', 'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'upsert'] as const
const VERSION_WRITES = ['createVersion', 'updateVersion'] as const
const GLOBAL_WRITES = ['createGlobal', 'updateGlobal'] as const
const GLOBAL_VERSION_WRITES = ['createGlobalVersion', 'updateGlobalVersion'] as const

const collectionOf = (args: Args) => String(args.collection ?? args.collectionSlug ?? '')
const globalOf = (args: Args) => String(args.slug ?? args.global ?? args.globalSlug ?? '')

/**
 * The collection whose snapshots a write of the read model changes (one document's rewrite: its `data`
 * or its `where` names it), or undefined (marking the snapshots that show a changed document, a rebuild).
 */
function snapshotSource(args: Args): string | undefined {
  const named = (value: unknown) => (typeof value === 'string' && value ? value : undefined)
  const data = args.data as { source?: unknown } | undefined
  const where = args.where as { source?: { equals?: unknown }; and?: { source?: { equals?: unknown } }[] } | undefined
  return (
    named(data?.source) ??
    named(where?.source?.equals) ??
    where?.and?.map((clause) => named(clause.source?.equals)).find(Boolean)
  )
}

/** The tags of one adapter call, or none when it does not matter to cached answers. */
function tagsOfCall(method: string, args: Args, related: (slug: string, args: Args) => string[]): string[] {
  if (
    (COLLECTION_READS as readonly string[]).includes(method) ||
    (COLLECTION_WRITES as readonly string[]).includes(method)
  ) {
    const slug = collectionOf(args)
    if (!mattersForCollection(slug)) return []
    if ((COLLECTION_READS as readonly string[]).includes(method)) return [slug, ...related(slug, args)]
    // A read-model answer shows SNAPSHOTS and its source (see snapshotPage): one collection's rewrite
    // drops that collection's answers; a write across collections drops every read-model answer.
    if (slug === SNAPSHOTS) return [snapshotSource(args) ?? SNAPSHOTS]
    return [slug]
  }
  if ((VERSION_READS as readonly string[]).includes(method) || (VERSION_WRITES as readonly string[]).includes(method)) {
    const slug = collectionOf(args)
    return mattersForCollection(slug) ? [`versions:${slug}`] : []
  }
  if (method === 'deleteVersions') {
    if (args.globalSlug) return mattersForGlobal(globalOf(args)) ? [`global-versions:${globalOf(args)}`] : []
    return mattersForCollection(collectionOf(args)) ? [`versions:${collectionOf(args)}`] : []
  }
  const slug = globalOf(args)
  if (!mattersForGlobal(slug)) return []
  if ((GLOBAL_READS as readonly string[]).includes(method) || (GLOBAL_WRITES as readonly string[]).includes(method))
    return [`global:${slug}`]
  return [`global-versions:${slug}`]
}

/** Collections a field list points at (relationship, upload, join), through groups, arrays, blocks and tabs. */
function pointedAt(fields: Field[], into: Set<string>): void {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const slug of Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]) into.add(slug)
    } else if (field.type === 'join') into.add(field.collection as string)
    else if (field.type === 'blocks') for (const block of field.blocks) pointedAt(block.fields, into)
    else if (field.type === 'tabs') for (const tab of field.tabs) pointedAt(tab.fields, into)
    else if ('fields' in field && Array.isArray(field.fields)) pointedAt(field.fields, into)
  }
}

/**
 * What a query of a collection reads besides its own table, inside the same SQL: collections reached
 * by a `where` or `sort` along a relationship (`industry.slug`), transitively, and its join fields'
 * collections. Rich-text links and depth are not here: Payload reads those with queries of their own,
 * which are observed as such.
 */
function relatedReads(payload: Payload) {
  const direct = new Map<string, { pointed: Set<string>; joins: Set<string> }>()
  for (const collection of payload.config.collections) {
    const pointed = new Set<string>()
    pointedAt(collection.fields, pointed)
    const joins = new Set<string>()
    for (const field of collection.flattenedFields) if (field.type === 'join') joins.add(field.collection as string)
    direct.set(collection.slug, { pointed, joins })
  }
  const closure = (slug: string): string[] => {
    const seen = new Set<string>([slug])
    const queue = [slug]
    while (queue.length) {
      for (const next of direct.get(queue.pop()!)?.pointed ?? []) {
        if (seen.has(next)) continue
        seen.add(next)
        queue.push(next)
      }
    }
    seen.delete(slug)
    return [...seen].filter(mattersForCollection)
  }
  const closures = new Map<string, string[]>()
  // A path along a relationship: `industry.slug`, the same nested (`{ industry: { slug: … } }`), or as
  // Payload rewrites it for the adapter, a query under an operator (`{ industry: { contains: { and } } }`).
  // Any key under a field that is not one of Payload's where operators is a path into a related document.
  const traverses = (clause: unknown): boolean => {
    if (!clause || typeof clause !== 'object') return false
    return Object.entries(clause).some(([key, value]) => {
      if (key === 'and' || key === 'or') return Array.isArray(value) && value.some(traverses)
      if (key.includes('.')) return !/\.(relationTo|value)$/.test(key)
      if (!value || typeof value !== 'object') return false
      return Object.entries(value as object).some(
        ([inner, operand]) =>
          (!validOperatorSet.has(inner as never) && inner !== 'relationTo' && inner !== 'value') ||
          (Boolean(operand) && typeof operand === 'object' && !Array.isArray(operand) && !(operand instanceof Date)),
      )
    })
  }
  return (slug: string, args: Args): string[] => {
    const own = direct.get(slug)
    if (!own) return []
    const tags: string[] = args.joins === false ? [] : [...own.joins].filter(mattersForCollection)
    const sort = Array.isArray(args.sort) ? args.sort : [args.sort]
    if (traverses(args.where) || sort.some((s) => typeof s === 'string' && s.includes('.'))) {
      if (!closures.has(slug)) closures.set(slug, closure(slug))
      tags.push(...closures.get(slug)!)
    }
    return tags
  }
}

/** Drops the cached answers that show `tags`: now, and again once the write's transaction commits. */
async function invalidate(tags: string[], req: Partial<PayloadRequest> | undefined): Promise<void> {
  apiCache().invalidate(tags)
  // Now, and after the commit: a read that started in between cannot store what it read before it.
  await onCommit(req, `api-cache ${tags.join(' ')}`, () => apiCache().invalidate(tags))
}

/**
 * Makes the adapter record what each answer reads and invalidate what each write changes (see the top
 * of this file). Called once by wrapAdapter.
 */
export function trackCacheDependencies(payload: Payload): void {
  const db = payload.db as unknown as Record<string, Method | undefined>
  const related = relatedReads(payload)
  const reads = [...COLLECTION_READS, ...VERSION_READS, ...GLOBAL_READS, ...GLOBAL_VERSION_READS]
  for (const method of reads) {
    const original = db[method]?.bind(payload.db)
    if (!original) continue
    db[method] = (args) => {
      const current = observed.getStore()
      if (current) for (const tag of tagsOfCall(method, args, related)) current.add(tag)
      return original(args)
    }
  }
  const writes = [...COLLECTION_WRITES, ...VERSION_WRITES, 'deleteVersions', ...GLOBAL_WRITES, ...GLOBAL_VERSION_WRITES]
  for (const method of writes) {
    const original = db[method]?.bind(payload.db)
    if (!original) continue
    db[method] = async (args) => {
      const result = await original(args)
      const tags = tagsOfCall(method, args, related)
      if (tags.length) await invalidate(tags, args.req)
      return result
    }
  }
}
