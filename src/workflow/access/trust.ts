/**
 * The trust model, declared once: for every collection and global, who reads which documents, who
 * writes, which writes need review, which fields only the server writes, and whether public answers
 * may be cached or served from the read model. Access functions (enforceTrust.ts), the response
 * cache, the read model, search, feeds, sitemap, the public OpenAPI document and the adversarial
 * test suite (tests/trust) all read this table; no other list of collections decides who sees what.
 * docs/SECURITY.md explains each boundary and the test that holds it.
 */

/** Who reads which documents. */
export type Reader =
  /** Everyone, anonymous readers included. */
  | 'anyone'
  /** Anonymous readers and read keys: published documents; staff and preview keys: drafts too. */
  | 'published'
  /** As `published`, and only between publishedAt (embargo) and expiresAt. */
  | 'published-current'
  /** Anonymous readers and read keys: entries of documents that are due and not expired. */
  | 'public-index'
  /** Anonymous readers and read keys: files a document they may read now shows. */
  | 'shown-by-public'
  /** Anonymous readers and read keys: redirects whose target they may read now, and custom ones. */
  | 'target-public'
  /** Staff accounts (any role). */
  | 'staff'
  /** Administrators. */
  | 'admins'
  /** Administrators, and each account its own. */
  | 'self-or-admins'
  /** Staff accounts, each its own rows (Payload's preferences). */
  | 'own-staff'
  /** Nobody through the API: the server reads them for itself. */
  | 'server'

/** Who writes. */
export type Writer =
  | 'anyone'
  | 'staff'
  /** Staff; editors only what no published document shows (media). */
  | 'staff-unless-shown'
  | 'publishers'
  | 'admins'
  | 'self-or-admins'
  /** Staff accounts, each its own rows. */
  | 'own-staff'
  /** Nobody through the API: only the server's own writes (hooks, jobs, seed). */
  | 'server'

export type Trust = {
  read: Reader
  create: Writer
  update: Writer
  delete: Writer
  /**
   * `drafts`: editors' writes are drafts, whatever the request says, until a publisher publishes (or
   * a schedule does); editors delete only what was never published. `publishers`: no drafts, so only
   * publishers (or administrators) write what readers see.
   */
  review?: 'drafts' | 'publishers'
  /** Fields (dot paths) only the server writes: hooks fill them, a client's value is dropped. */
  serverFields?: string[]
  /** Anonymous answers may be kept by the response cache (and browsers, CDNs). */
  publicCache: boolean
  /** The public website has a page per document: search, sitemap, SEO fields, slug redirects, webhooks. */
  pages?: boolean
  /** Anonymous list reads are answered from the read model (src/delivery/readModel), with these filters. */
  readModel?: { filters: ('slug' | 'category')[] }
  /** Version history (REST /versions, GraphQL versions queries): who reads it. */
  readVersions?: Reader
  /** Unlocking an account after failed logins (auth collections). */
  unlock?: Writer
}

const REVIEW_FIELDS = ['reviewHistory']

/** Content the public website shows, with drafts, review and scheduled publishing. */
const reviewedContent = (read: 'published' | 'published-current' = 'published'): Trust => ({
  read,
  create: 'staff',
  update: 'staff',
  delete: 'staff',
  review: 'drafts',
  serverFields: REVIEW_FIELDS,
  readVersions: 'staff',
  publicCache: true,
  pages: true,
})

/** Collections only the server writes and reads. */
const serverOnly: Trust = { read: 'server', create: 'server', update: 'server', delete: 'server', publicCache: false }

export const COLLECTION_TRUST = {
  parks: reviewedContent(),
  industries: reviewedContent(),
  announcements: { ...reviewedContent('published-current'), readModel: { filters: ['slug', 'category'] } },
  policies: reviewedContent(),
  opportunities: reviewedContent(),
  events: reviewedContent(),
  inquiries: {
    read: 'staff',
    create: 'anyone',
    update: 'staff',
    delete: 'admins',
    // serverTimestamps and stampNotes fill these; status and assignee are staff-only fields.
    serverFields: [
      'createdAt',
      'updatedAt',
      'internalNotes.author',
      'internalNotes.at',
      'consentVersion',
      'consentText',
      'closedAt',
      'anonymisedAt',
    ],
    publicCache: false,
  },
  media: {
    read: 'shown-by-public',
    create: 'staff',
    update: 'staff-unless-shown',
    delete: 'staff-unless-shown',
    publicCache: true,
  },
  users: {
    // Staff see each other's names and roles (to assign work); emails: administrators and self (Users.ts).
    read: 'staff',
    create: 'admins',
    update: 'self-or-admins',
    delete: 'admins',
    unlock: 'admins',
    publicCache: false,
  },
  'api-keys': { read: 'admins', create: 'admins', update: 'admins', delete: 'admins', publicCache: false },
  'audit-log': { read: 'admins', create: 'server', update: 'server', delete: 'server', publicCache: false },
  'search-index': {
    read: 'public-index',
    create: 'server',
    update: 'server',
    delete: 'admins',
    publicCache: true,
  },
  redirects: {
    read: 'target-public',
    create: 'publishers',
    update: 'publishers',
    delete: 'publishers',
    review: 'publishers',
    publicCache: true,
  },
  imports: { read: 'staff', create: 'staff', update: 'server', delete: 'admins', publicCache: false },
  exports: { read: 'staff', create: 'staff', update: 'server', delete: 'admins', publicCache: false },
  'published-snapshots': serverOnly,
  'payload-kv': serverOnly,
  'payload-jobs': serverOnly,
  'payload-locked-documents': {
    read: 'staff',
    create: 'staff',
    update: 'staff',
    delete: 'staff',
    publicCache: false,
  },
  'payload-preferences': {
    read: 'own-staff',
    create: 'staff',
    update: 'own-staff',
    delete: 'own-staff',
    publicCache: false,
  },
  'payload-migrations': serverOnly,
} satisfies Record<string, Trust>

export type GlobalTrust = {
  read: Reader
  update: Writer
  readVersions: Reader
  review?: 'publishers'
  publicCache: boolean
}

export const GLOBAL_TRUST = {
  'site-settings': { read: 'anyone', update: 'admins', readVersions: 'staff', review: 'publishers', publicCache: true },
  'zone-profile': {
    read: 'anyone',
    update: 'publishers',
    readVersions: 'staff',
    review: 'publishers',
    publicCache: true,
  },
  navigation: { read: 'anyone', update: 'admins', readVersions: 'staff', review: 'publishers', publicCache: true },
  // Payload's bookkeeping of scheduled tasks (when each last ran): its own, written by the jobs runner only.
  'payload-jobs-stats': { read: 'server', update: 'server', readVersions: 'server', publicCache: false },
} satisfies Record<string, GlobalTrust>

export type DeclaredCollection = keyof typeof COLLECTION_TRUST
export type DeclaredGlobal = keyof typeof GLOBAL_TRUST

const entries = <T>(record: Record<string, T>) => Object.entries(record) as [string, T][]

export const collectionTrust = (slug: string): Trust | undefined => (COLLECTION_TRUST as Record<string, Trust>)[slug]
export const globalTrust = (slug: string): GlobalTrust | undefined =>
  (GLOBAL_TRUST as Record<string, GlobalTrust>)[slug]

/** Readers that let anonymous visitors see (some) documents. */
const PUBLIC_READERS = new Set<Reader>([
  'anyone',
  'published',
  'published-current',
  'public-index',
  'shown-by-public',
  'target-public',
])

export const isPublicReader = (reader: Reader): boolean => PUBLIC_READERS.has(reader)

/** Collections only the server creates and changes (the audit log itself, the search index…): not audited. */
export const SERVER_WRITTEN: ReadonlySet<string> = new Set(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => trust.create === 'server' && trust.update === 'server')
    .map(([slug]) => slug),
)

/** Collections anonymous readers never see: their changes cannot change a public answer. */
export const INVISIBLE: ReadonlySet<string> = new Set(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => !isPublicReader(trust.read))
    .map(([slug]) => slug),
)

/** Collections the website shows pages for: searchable, with SEO fields, slug redirects and a sitemap. */
export const PAGE_COLLECTIONS = entries<Trust>(COLLECTION_TRUST)
  .filter(([, trust]) => trust.pages)
  .map(([slug]) => slug) as ('parks' | 'industries' | 'announcements' | 'policies' | 'opportunities' | 'events')[]
export type PageCollection = (typeof PAGE_COLLECTIONS)[number]

/** What the website builds its pages from (told of changes by webhooks): page collections and redirects. */
export const WEBSITE_SOURCES: ReadonlySet<string> = new Set(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => trust.pages || trust.read === 'target-public')
    .map(([slug]) => slug),
)

/** Collections whose public visibility changes with the clock (embargo and expiry). */
export const TIME_DEPENDENT: ReadonlySet<string> = new Set(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => trust.read === 'published-current' || trust.read === 'public-index')
    .map(([slug]) => slug),
)

/** The read model's collections and their filters. */
export const READ_MODEL_DECLARATIONS = Object.fromEntries(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => trust.readModel)
    .map(([slug, trust]) => [slug, { filters: trust.readModel!.filters, current: trust.read === 'published-current' }]),
) as Record<string, { filters: ('slug' | 'category')[]; current: boolean }>

/** Collections whose anonymous answers must never be kept by a cache (also not by a browser). */
export const NOT_PUBLICLY_CACHED: ReadonlySet<string> = new Set(
  entries<Trust>(COLLECTION_TRUST)
    .filter(([, trust]) => !trust.publicCache)
    .map(([slug]) => slug),
)

/** Collections (and `global:<slug>`) the public reads, with how: for scans of what the public sees. */
export function publicReaders(config: {
  collections: { slug: string }[]
  globals: { slug: string }[]
}): { slug: string; reads: Reader }[] {
  const readers: { slug: string; reads: Reader }[] = []
  for (const { slug } of config.collections) {
    const trust = collectionTrust(slug)
    if (trust && (trust.read === 'published' || trust.read === 'published-current' || trust.read === 'anyone')) {
      readers.push({ slug, reads: trust.read })
    }
  }
  for (const { slug } of config.globals) {
    const trust = globalTrust(slug)
    if (trust && isPublicReader(trust.read)) readers.push({ slug: `global:${slug}`, reads: trust.read })
  }
  return readers
}
