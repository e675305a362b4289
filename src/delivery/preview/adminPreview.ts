import type { Config, PayloadRequest } from 'payload'

import { hasRole } from '../../workflow/access/roles'
import { PAGE_COLLECTIONS } from '../../workflow/access/trust'
import { signPreviewToken } from './token'

/**
 * Where the website shows a preview: PUBLIC_SITE_URL's /preview page (examples/website has one), or
 * in development the reference website's default address.
 */
const previewPage = (): string =>
  `${(process.env.PUBLIC_SITE_URL || 'http://localhost:3001').replace(/\/$/, '')}/preview`

/** The preview link for one saved document, for the signed-in staff member; null for anyone else. */
export function previewURL(
  req: PayloadRequest,
  collection: string,
  id: unknown,
  locale: string | undefined,
): string | null {
  if ((typeof id !== 'string' && typeof id !== 'number') || !req.user) return null
  if (!hasRole(req.user, 'admin', 'publisher', 'editor')) return null
  const token = signPreviewToken(req.payload.secret, { collection, id, user: req.user.id })
  const query = new URLSearchParams({ token, ...(locale ? { locale } : {}) })
  return `${previewPage()}?${query}`
}

/**
 * The Preview button and live preview (Payload's side-by-side iframe) for every page collection,
 * pointing at the website with a preview token (token.ts). The live preview's address is worked out
 * again as the editor works, so its token stays fresh; the website reloads it on each save.
 */
export const adminPreviewPlugin = (config: Config): Config => ({
  ...config,
  admin: {
    ...config.admin,
    livePreview: {
      collections: [...PAGE_COLLECTIONS],
      breakpoints: [
        { name: 'mobile', label: 'Mobile', width: 390, height: 844 },
        { name: 'desktop', label: 'Desktop', width: 1280, height: 800 },
      ],
      url: ({ collectionConfig, data, locale, req }) =>
        collectionConfig ? previewURL(req, collectionConfig.slug, data?.id, locale?.code) : null,
    },
  },
  collections: (config.collections ?? []).map((collection) =>
    PAGE_COLLECTIONS.includes(collection.slug as never)
      ? {
          ...collection,
          admin: {
            ...collection.admin,
            preview: (doc, { locale, req }) => previewURL(req, collection.slug, doc.id, locale),
          },
        }
      : collection,
  ),
})
