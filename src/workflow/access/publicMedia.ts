import type { Access, CollectionSlug, Field, Payload, PayloadRequest, Where } from 'payload'

import { ALL, dependOn, unrecorded } from '../../delivery/cache/dependencies'
import { apiCache } from '../../delivery/cache/responseCache'
import { READ_MODEL_CONTEXT } from '../../delivery/readModel/config'
import { canPublish } from './publishing'
import { canReadDrafts, isStaff } from './roles'
import { publicReaders } from './trust'

type Id = number | string
/** When one published document shows a file: always, or from its publication until its expiry. */
type Window = { from?: number; until?: number }

/**
 * Which published documents show which media files, and when each of them is public; and every file
 * there is (`files`, up to the newest `createdAt` seen), so that a rule can name the fewer of the two.
 */
export type MediaUsage = { windows: Map<string, Window[]>; files: string[]; newest?: string }

const MEDIA = 'media'

const idOf = (value: unknown): Id | undefined => {
  if (typeof value === 'number' || typeof value === 'string') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return undefined
}

/** Media ids in a Lexical document: upload nodes (the editor's images and files). */
function collectRichText(node: unknown, out: Set<string>): void {
  if (!node || typeof node !== 'object') return
  if (Array.isArray(node)) {
    for (const child of node) collectRichText(child, out)
    return
  }
  const record = node as Record<string, unknown>
  if (record.type === 'upload' && record.relationTo === MEDIA) {
    const id = idOf(record.value)
    if (id !== undefined) out.add(String(id))
  }
  for (const value of Object.values(record)) if (value && typeof value === 'object') collectRichText(value, out)
}

const showsMedia = (relationTo: unknown) =>
  relationTo === MEDIA || (Array.isArray(relationTo) && relationTo.includes(MEDIA))

/**
 * The media ids a document shows, read from its fields as the config describes them: upload and
 * relationship fields to media, at any depth (groups, arrays, blocks, tabs, rows), in every locale
 * (`locale: 'all'` values), and upload nodes in rich text.
 */
export function mediaShownBy(fields: Field[], data: unknown, out = new Set<string>()): Set<string> {
  if (!data || typeof data !== 'object') return out
  const record = data as Record<string, unknown>
  for (const field of fields) {
    if (!('name' in field) || !field.name) {
      // Rows, collapsibles and unnamed tabs hold their fields at this level.
      if ('fields' in field && Array.isArray(field.fields)) mediaShownBy(field.fields, record, out)
      if (field.type === 'tabs') {
        for (const tab of field.tabs) {
          if ('name' in tab && tab.name) mediaShownBy(tab.fields, record[tab.name], out)
          else mediaShownBy(tab.fields, record, out)
        }
      }
      continue
    }
    const raw = record[field.name]
    if (raw === undefined || raw === null) continue
    // A localized field read with locale 'all' is { zh: …, en: … }.
    const values =
      'localized' in field && field.localized && typeof raw === 'object' && !Array.isArray(raw) && !('id' in raw)
        ? Object.values(raw as Record<string, unknown>)
        : [raw]
    for (const value of values) {
      switch (field.type) {
        case 'upload':
        case 'relationship': {
          if (!showsMedia(field.relationTo)) break
          for (const item of Array.isArray(value) ? value : [value]) {
            // Polymorphic: { relationTo, value }.
            const target =
              item && typeof item === 'object' && 'relationTo' in item
                ? (item as { relationTo: unknown; value: unknown })
                : { relationTo: field.relationTo, value: item }
            if (target.relationTo !== MEDIA && !Array.isArray(target.relationTo)) continue
            const id = idOf(target.value)
            if (id !== undefined) out.add(String(id))
          }
          break
        }
        case 'richText':
          collectRichText(value, out)
          break
        case 'group':
          mediaShownBy(field.fields, value, out)
          break
        case 'array':
          for (const row of Array.isArray(value) ? value : []) mediaShownBy(field.fields, row, out)
          break
        case 'blocks':
          for (const row of Array.isArray(value) ? value : []) {
            const block = field.blocks.find((b) => b.slug === (row as { blockType?: string })?.blockType)
            if (block) mediaShownBy(block.fields, row, out)
          }
          break
        default:
          break
      }
    }
  }
  return out
}

const time = (value: unknown): number | undefined => {
  if (typeof value !== 'string' || !value) return undefined
  const parsed = Date.parse(value)
  return Number.isNaN(parsed) ? undefined : parsed
}

/**
 * Reads every published document of the collections the public reads (and the globals it reads) and
 * notes, per media file, when each of them shows it. Committed data only: no request, no transaction.
 */
export async function scanMediaUsage(payload: Payload): Promise<MediaUsage> {
  const windows = new Map<string, Window[]>()
  const note = (ids: Set<string>, window: Window) => {
    for (const id of ids) windows.set(id, [...(windows.get(id) ?? []), window])
  }
  const { docs: media } = await payload.find({
    collection: MEDIA as CollectionSlug,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { createdAt: true } as never,
  })
  // Cast: with `select`, Payload's types still promise whole documents; only these fields are there.
  const stored = media as unknown as { id: Id; createdAt?: string }[]
  const files = stored.map((file) => String(file.id))
  const newest = stored.reduce<string | undefined>(
    (max, { createdAt }) => (createdAt && (!max || createdAt > max) ? createdAt : max),
    undefined,
  )
  for (const { slug, reads } of publicReaders(payload.config)) {
    const config = payload.collections[slug as CollectionSlug]?.config
    if (!config) continue
    const timed = reads === 'published-current'
    const where: Where | undefined = config.versions?.drafts ? { _status: { equals: 'published' } } : undefined
    const { docs } = await payload.find({
      collection: slug as CollectionSlug,
      where,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
    })
    // Cast: the documents of any collection, read field by field as the config describes them.
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const ids = mediaShownBy(config.fields, doc)
      if (!ids.size) continue
      note(ids, timed ? { from: time(doc.publishedAt), until: time(doc.expiresAt) } : {})
    }
  }
  for (const global of payload.config.globals) {
    if (!publicReaders(payload.config).some((r) => r.slug === `global:${global.slug}`)) continue
    const doc = await payload.findGlobal({ slug: global.slug as never, locale: 'all', depth: 0, overrideAccess: true })
    note(mediaShownBy(global.fields, doc), {})
  }
  return { windows, files, newest }
}

let memo: { generation: number; usage: Promise<MediaUsage> } | undefined

/**
 * The usage, computed once per state of the content: the response cache's generation changes with
 * every change to content the public can read (here or, through Redis, in another instance).
 */
export function mediaUsage(payload: Payload): Promise<MediaUsage> {
  const cache = apiCache()
  const generation = cache.generation
  if (memo && memo.generation === generation) return memo.usage
  // Shared by every answer until the next change: not a dependency of the answer that happens to compute it.
  const usage = unrecorded(() => scanMediaUsage(payload))
  memo = { generation, usage }
  usage.catch(() => {
    if (memo?.usage === usage) memo = undefined
  })
  return usage
}

const isPublicNow = (windows: Window[] | undefined, now: number) =>
  Boolean(windows?.some((w) => (w.from === undefined || w.from <= now) && (w.until === undefined || now < w.until)))

const castIds = (payload: Payload, ids: string[]): Id[] =>
  payload.db.defaultIDType === 'number' ? ids.map(Number) : ids

/** No id is ever this: an `in` with no ids matches nothing on every adapter. */
const NONE: Where = { id: { exists: false } }

/**
 * The files of `usage` for which `keep` holds, as a constraint naming the fewer ids: most files are
 * usually public, and an `in` of thousands of ids would be in every query that shows an image. The
 * `not_in` form also stops at the newest file seen, so that a file uploaded since counts as not kept
 * until the next scan.
 */
function onlyFiles(payload: Payload, usage: MediaUsage, keep: (id: string) => boolean): Where | true {
  const kept: string[] = []
  const others: string[] = []
  for (const id of usage.files) (keep(id) ? kept : others).push(id)
  if (!kept.length) return NONE
  if (others.length >= kept.length) return { id: { in: castIds(payload, kept) } }
  const newest: Where = { createdAt: { less_than_equal: usage.newest } }
  return others.length ? { and: [{ id: { not_in: castIds(payload, others) } }, newest] } : newest
}

/**
 * Read access to media: staff and preview keys read every file; anyone else (anonymous readers, read
 * keys) only files a document shows that they may read now — a file attached only to a draft or to an
 * embargoed announcement is neither listed nor served until that announcement is due, to the second.
 */
export const mediaShownToPublic: Access = async ({ req, isReadingStaticFile, data }) => {
  if (canReadDrafts(req.user)) return true
  // The read model stores what the public sees of one document once it is due (see readModel/config):
  // every file it shows is then shown by a public document, itself.
  if (req.context?.[READ_MODEL_CONTEXT]) return true
  const now = Date.now()
  const usage = await mediaUsage(req.payload)
  // Which files are public depends on every public document: an answer listing media depends on all of
  // the content. Not a file shown inside another collection's or a global's REST answer: the document
  // that shows it, itself in that answer, is what makes it public (GraphQL and custom endpoints are not
  // told apart).
  const { collection, global } = req.routeParams ?? {}
  const shownInside = typeof collection === 'string' ? collection !== 'media' : typeof global === 'string'
  if (!shownInside) dependOn(ALL)
  if (isReadingStaticFile && typeof (data as { filename?: unknown })?.filename === 'string') {
    const files = await findByFilename(req, (data as { filename: string }).filename)
    const id = files.find((file) => isPublicNow(usage.windows.get(String(file.id)), now))?.id
    return id === undefined ? NONE : { id: { equals: id } }
  }
  return onlyFiles(req.payload, usage, (id) => isPublicNow(usage.windows.get(id), now))
}

async function findByFilename(req: PayloadRequest, filename: string) {
  const sizes = (req.payload.collections.media?.config.upload.imageSizes ?? []).map(({ name }) => ({
    [`sizes.${name}.filename`]: { equals: filename },
  }))
  const { docs } = await req.payload.find({
    collection: MEDIA as CollectionSlug,
    where: { or: [{ filename: { equals: filename } }, ...sizes] },
    depth: 0,
    limit: 5,
    overrideAccess: true,
    req,
    select: { filename: true } as never,
  })
  return docs as { id: Id }[]
}

/**
 * Changing or deleting a file changes what readers see wherever a published document shows it: that
 * needs a publisher. Editors may change and delete the files no published document shows.
 */
export const mediaWrite: Access = async ({ req }) => {
  if (canPublish(req.user)) return true
  if (!isStaff(req.user)) return false
  // Shown by a published document at any time (an embargoed one too): not theirs to change.
  const usage = await mediaUsage(req.payload)
  return onlyFiles(req.payload, usage, (id) => !usage.windows.has(id))
}
