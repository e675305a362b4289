/**
 * What each principal may see and do, worked out from the trust declaration (src/workflow/access/trust.ts)
 * and from the state each fixture was made in — never by asking the access functions under test.
 */
import {
  COLLECTION_TRUST,
  type GlobalTrust,
  globalTrust,
  type Reader,
  type Trust,
  type Writer,
} from '../../src/workflow/access/trust'

/** Who a request is, once authentication has decided. */
export type Identity = 'anonymous' | 'read-key' | 'preview-key' | 'editor' | 'publisher' | 'admin'

export const STAFF: Identity[] = ['editor', 'publisher', 'admin']
export const isStaff = (who: Identity) => STAFF.includes(who)
export const canPublish = (who: Identity) => who === 'publisher' || who === 'admin'
/** Staff and preview keys read drafts; anonymous readers and read keys read what the public reads. */
export const readsDrafts = (who: Identity) => isStaff(who) || who === 'preview-key'

/** A document made in a known state, and whether an anonymous reader may see it at this moment. */
export type Fixture = {
  collection: string
  id: number | string
  state: string
  /** Visible to the public now (published, due, not expired; a file or redirect of such a document). */
  publicNow: boolean
  /** The staff account it belongs to (users, preferences). */
  owner?: Identity
  slug?: string
  filename?: string
  title?: string
}

export const trustOf = (collection: string): Trust => (COLLECTION_TRUST as Record<string, Trust>)[collection]!

const PUBLIC_SCOPED = new Set<Reader>([
  'published',
  'published-current',
  'public-index',
  'shown-by-public',
  'target-public',
])

/** Whether `who` may read this fixture (by id, in a list, through GraphQL). */
export function mayRead(who: Identity, fixture: Fixture, reader: Reader = trustOf(fixture.collection).read): boolean {
  switch (reader) {
    case 'anyone':
      return true
    case 'staff':
      return isStaff(who)
    case 'admins':
      return who === 'admin'
    case 'self-or-admins':
      return who === 'admin' || (isStaff(who) && fixture.owner === who)
    case 'own-staff':
      return isStaff(who) && fixture.owner === who
    case 'server':
      return false
    default:
      if (!PUBLIC_SCOPED.has(reader)) throw new Error(`no rule for reader ${reader}`)
      return readsDrafts(who) || fixture.publicNow
  }
}

/** Whether a read of the collection is refused outright (403) rather than filtered. */
export function refusedOutright(who: Identity, collection: string): boolean {
  const reader = trustOf(collection).read
  if (reader === 'anyone' || PUBLIC_SCOPED.has(reader)) return false
  if (reader === 'self-or-admins' || reader === 'own-staff' || reader === 'staff') return !isStaff(who)
  if (reader === 'admins') return who !== 'admin'
  return true
}

/** Whether `who` passes a writer rule (for documents it may touch at all). */
export function mayWrite(who: Identity, writer: Writer, own = false): boolean {
  switch (writer) {
    case 'anyone':
      return true
    case 'staff':
    case 'staff-unless-shown':
      return isStaff(who)
    case 'publishers':
      return canPublish(who)
    case 'admins':
      return who === 'admin'
    case 'self-or-admins':
    case 'own-staff':
      return who === 'admin' || (isStaff(who) && own)
    case 'server':
      return false
  }
}

export const mayReadVersions = (who: Identity, collection: string) =>
  mayRead(who, { collection, id: 0, state: 'versions', publicNow: false }, trustOf(collection).readVersions ?? 'staff')

export const globalTrustOf = (slug: string): GlobalTrust => globalTrust(slug)!
