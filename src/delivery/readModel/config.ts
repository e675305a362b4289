import type { CollectionConfig } from 'payload'

import { READ_MODEL_DECLARATIONS } from '../../workflow/access/trust'

/**
 * The read model: for every published document of the collections below, the JSON an anonymous
 * reader gets for it (default depth, each locale), written when the document or anything it shows
 * changes. Anonymous list and slug reads of the common shapes are answered from it with one indexed
 * query instead of Payload's relational query (see src/delivery/readModel/fastPath.ts and README, "Read model").
 */
export const SNAPSHOTS = 'published-snapshots'

/**
 * req.context key: the snapshot of this document (or these, in a rebuild) is being computed. Read access
 * then ignores embargo and expiry for those documents (the read applies them), never for documents they
 * show (announcements show none of their own kind).
 */
export const READ_MODEL_CONTEXT = 'readModelSnapshot'
export type ReadModelContext = { id: string | number } | { ids: (string | number)[] }

/**
 * Collections whose public visibility changes with the clock (embargo, expiry: the trust declaration's
 * TIME_DEPENDENT). A snapshot that shows one of their documents would go stale when that one's time
 * comes: it is marked `dynamic` and such lists are answered by Payload.
 */
export { TIME_DEPENDENT } from '../../workflow/access/trust'

export type ReadModelCollection = {
  /** Top-level text fields a reader may filter on with where[<field>][equals]=…, copied into the snapshot. */
  filters: ('slug' | 'category')[]
  /** Read access hides items before publishedAt and from expiresAt on (publishedAndCurrentOrStaff). */
  current: boolean
}

/** The collections served from the read model, as the trust declaration says (src/workflow/access/trust.ts). */
export const READ_MODEL_COLLECTIONS: Record<string, ReadModelCollection> = READ_MODEL_DECLARATIONS

/** The state row: which build of the read model the rows are complete for. */
export const STATE_KEY = '__state__'

export const PublishedSnapshots: CollectionConfig = {
  slug: SNAPSHOTS,
  admin: { hidden: true },
  // Written and read by the server only (overrideAccess), never through the API.
  access: { read: () => false, create: () => false, update: () => false, delete: () => false },
  graphQL: false,
  lockDocuments: false,
  // A page of the newest is a walk down this index that stops after `limit` rows, and its count reads
  // the index alone. (createdAt holds the document's own: Payload's tie-breaker after publishedAt.)
  indexes: [{ fields: ['source', 'lang', 'publishedAt', 'createdAt', 'expiresAt'] }],
  fields: [
    // `${source} ${docId} ${lang}`: one row per document and locale.
    { name: 'key', type: 'text', required: true, unique: true },
    { name: 'source', type: 'text', required: true },
    { name: 'docId', type: 'text', required: true, index: true },
    { name: 'lang', type: 'text', required: true },
    { name: 'slug', type: 'text', index: true },
    { name: 'category', type: 'text' },
    { name: 'publishedAt', type: 'date' },
    { name: 'expiresAt', type: 'date' },
    // " parks:3 media:7 …": the documents it shows, whose changes rewrite it.
    { name: 'refs', type: 'text' },
    // Shows a document of a TIME_DEPENDENT collection: never served (Payload answers).
    { name: 'dynamic', type: 'checkbox', defaultValue: false },
    // The build that wrote it (readModelFingerprint): rows of another build are never served.
    { name: 'build', type: 'text' },
    { name: 'json', type: 'textarea', required: true },
  ],
}
