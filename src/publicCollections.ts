/** Every collection the public website shows pages for: searchable, with SEO fields, redirects and a sitemap. */
export const PUBLIC_COLLECTIONS = [
  'announcements',
  'policies',
  'parks',
  'industries',
  'opportunities',
  'events',
] as const
export type PublicCollection = (typeof PUBLIC_COLLECTIONS)[number]
