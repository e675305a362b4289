import {
  type Access,
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Field,
  type FieldAccess,
  type SanitizedConfig,
  type Where,
} from 'payload'

import { mediaShownToPublic, mediaWrite } from './publicMedia'
import { publishedAndCurrentOrStaff, publishedOrStaff, publicIndexEntries } from './publishedOrStaff'
import { redirectsToPublicTargets } from './publicRedirects'
import {
  adminsOnly,
  adminsOrSelf,
  adminsOrSelfVerified,
  anyone,
  isStaff,
  isPendingStaff,
  publishersOrAdmins,
  staffOnly,
} from './roles'
import { collectionTrust, globalTrust, type Reader, type Trust, type Writer } from './trust'
import { canDeleteContent, canPublish, canWriteContent } from './publishing'

const nobody: Access = () => false

/**
 * Payload's own rule for preferences (each principal its own rows), for staff accounts only — including
 * one that must first change its password or give its second factor: the panel reads its preferences
 * to show it that much.
 */
const ownStaffRows: Access = ({ req }) => {
  if (!isStaff(req.user) && !isPendingStaff(req.user)) return false
  const own: Where[] = [{ 'user.value': { equals: req.user!.id } }, { 'user.relationTo': { equals: 'users' } }]
  return { and: own }
}

const READERS: Record<Reader, Access> = {
  anyone,
  published: publishedOrStaff,
  'published-current': publishedAndCurrentOrStaff,
  'public-index': publicIndexEntries,
  'shown-by-public': mediaShownToPublic,
  'target-public': redirectsToPublicTargets,
  staff: staffOnly,
  admins: adminsOnly,
  'self-or-admins': adminsOrSelf,
  'own-staff': ownStaffRows,
  server: nobody,
}

const WRITERS: Record<Writer, Access> = {
  anyone,
  staff: staffOnly,
  'staff-unless-shown': mediaWrite,
  publishers: publishersOrAdmins,
  admins: adminsOnly,
  'self-or-admins': adminsOrSelfVerified,
  'own-staff': ownStaffRows,
  server: nobody,
}

/** The access functions a declaration stands for. */
export function accessOf(trust: Trust) {
  const drafts = trust.review === 'drafts'
  return {
    read: READERS[trust.read],
    create: drafts ? canWriteContent : WRITERS[trust.create],
    update: drafts ? canWriteContent : WRITERS[trust.update],
    delete: drafts ? canDeleteContent : WRITERS[trust.delete],
    readVersions: READERS[trust.readVersions ?? 'staff'],
    unlock: WRITERS[trust.unlock ?? 'admins'],
  }
}

const NOT_REVIEWED =
  'Only publishers and administrators can change what readers see. Save your changes as a draft and submit them for review.'
const NOT_UNPUBLISHED = 'Only publishers and administrators can unpublish. Save your changes as a draft instead.'

/**
 * Review cannot be bypassed: for anyone who may not publish, every update of a document with drafts
 * is a draft save, whatever the request says (REST single and bulk, GraphQL, import): the published
 * version readers see stays as it is until a publisher publishes. Payload decides that by the
 * operation's `draft` flag, which this sets. An explicit attempt to take a published document offline
 * is refused with a message rather than quietly saved as a draft; restoring an old version over the
 * published one is refused too (Payload reads that operation's flag before its hooks run).
 */
export const draftsUnlessPublisher: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (!req.user || canPublish(req.user)) return args
  const { draft, data, id } = args as { draft?: boolean; data?: { _status?: unknown }; id?: number | string }
  if (operation === 'restoreVersion' && !draft) throw new APIError(NOT_REVIEWED, 403, null, true)
  if (operation !== 'update') return args
  if (!draft && data?._status === 'draft') {
    // A bulk update cannot be checked document by document.
    if (id === undefined) throw new APIError(NOT_UNPUBLISHED, 403, null, true)
    const current = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
      select: { _status: true } as never,
    })
    if ((current as { _status?: string } | null)?._status === 'published') {
      throw new APIError(NOT_UNPUBLISHED, 403, null, true)
    }
  }
  return { ...args, draft: true }
}

/** A field only the server writes: a client's value is dropped (hooks and system writes fill it). */
const serverWrites: FieldAccess = () => false

function markServerFields(fields: Field[], paths: string[]): string[] {
  const found: string[] = []
  for (const path of paths) {
    const [head, ...rest] = path.split('.')
    const field = findField(fields, head!)
    if (!field) continue
    if (!rest.length) {
      ;(field as { access?: Record<string, unknown> }).access = {
        ...(field as { access?: Record<string, unknown> }).access,
        create: serverWrites,
        update: serverWrites,
      }
      found.push(path)
    } else if ('fields' in field && Array.isArray(field.fields)) {
      found.push(...markServerFields(field.fields, [rest.join('.')]).map((p) => `${head}.${p}`))
    }
  }
  return found
}

function findField(fields: Field[], name: string): Field | undefined {
  for (const field of fields) {
    if ('name' in field && field.name === name) return field
    if (!('name' in field) && 'fields' in field && Array.isArray(field.fields)) {
      const inner = findField(field.fields, name)
      if (inner) return inner
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) continue
        const inner = findField(tab.fields, name)
        if (inner) return inner
      }
    }
  }
  return undefined
}

/** Fields Payload keeps itself (not in `fields`): its own operations fill them. */
const PAYLOAD_MANAGED = new Set(['createdAt', 'updatedAt'])

/**
 * Applies the trust declaration (trust.ts) to the sanitized config: every collection's and global's
 * access, Payload's own collections included (whose defaults let any signed-in principal, API keys
 * too, read and write them), the review rule and the server-owned fields. A collection or global
 * without a declaration stops the start: nothing is served under a default.
 */
export function enforceTrust(config: SanitizedConfig): SanitizedConfig {
  for (const collection of config.collections) {
    const trust = collectionTrust(collection.slug)
    if (!trust) {
      throw new Error(
        `Collection "${collection.slug}" has no trust declaration: add it to src/workflow/access/trust.ts.`,
      )
    }
    const access = accessOf(trust)
    Object.assign(collection.access, access)
    // The panel's dashboard reads locks: a staff session that must first give its second factor or
    // change its password sees none (rather than an error page), and nothing else.
    // Such a session still reads its own account: the panel's account page is where it changes its
    // password or sets up its second factor.
    if (collection.slug === 'users') {
      const read = access.read
      collection.access.read = (args) =>
        isPendingStaff(args.req.user) ? { id: { equals: args.req.user!.id } } : read(args)
    }
    if (collection.slug === 'payload-locked-documents') {
      const read = access.read
      collection.access.read = (args) => (isPendingStaff(args.req.user) ? { id: { exists: false } } : read(args))
    }
    // Payload's preference endpoints (/:key) skip collection access: staff accounts only.
    if (trust.read === 'own-staff' && Array.isArray(collection.endpoints)) {
      collection.endpoints = collection.endpoints.map((endpoint) => ({
        ...endpoint,
        handler: (req) =>
          isStaff(req.user)
            ? endpoint.handler(req)
            : Response.json({ errors: [{ message: 'Only staff accounts keep preferences.' }] }, { status: 403 }),
      }))
    }
    if (trust.review === 'drafts') {
      if (!collection.versions?.drafts) {
        throw new Error(`"${collection.slug}" is declared reviewed through drafts but has no drafts.`)
      }
      collection.hooks.beforeOperation = [draftsUnlessPublisher, ...(collection.hooks.beforeOperation ?? [])]
    }
    const wanted = (trust.serverFields ?? []).filter((path) => !PAYLOAD_MANAGED.has(path))
    const marked = markServerFields(collection.fields, wanted)
    const missing = wanted.filter((path) => !marked.includes(path))
    if (missing.length) throw new Error(`"${collection.slug}" declares server fields it lacks: ${missing.join(', ')}.`)
  }
  for (const global of config.globals) {
    const trust = globalTrust(global.slug)
    if (!trust)
      throw new Error(`Global "${global.slug}" has no trust declaration: add it to src/workflow/access/trust.ts.`)
    global.access = {
      ...global.access,
      read: READERS[trust.read],
      update: WRITERS[trust.update],
      readVersions: READERS[trust.readVersions],
    }
  }
  return config
}
