import { importExportPlugin } from '@payloadcms/plugin-import-export'
import { nestedDocsPlugin } from '@payloadcms/plugin-nested-docs'
import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { searchPlugin } from '@payloadcms/plugin-search'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'

import { privateFilesDir } from '../../env'
import { importDryRunOverride } from '../../promotion/importDryRun'
import { PAGE_COLLECTIONS } from '../../workflow/access/trust'
import { slugRedirectsPlugin } from '../../delivery/slugRedirects'
import { searchAllLocalesPlugin, searchIndexOverrides, syncSearchFields } from '../../delivery/search/indexConfig'

type Doc = { title?: unknown; name?: unknown; summary?: unknown; heroImage?: unknown; image?: unknown }

const text = (value: unknown) => (typeof value === 'string' ? value : '')

/** Payload's official plugins, configured for the zone's content. */
export const contentPlugins = (): Plugin[] => [
  // Localized meta title, description and image on every public collection (a "SEO" group).
  seoPlugin({
    collections: [...PAGE_COLLECTIONS],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle: ({ doc }) => `${text((doc as Doc).title) || text((doc as Doc).name)} · 金桥开发区 Jinqiao`,
    generateDescription: ({ doc }) => text((doc as Doc).summary).slice(0, 160),
  }),
  // One index over all public content in both locales; published documents only.
  searchPlugin({
    collections: [...PAGE_COLLECTIONS],
    localize: true,
    defaultPriorities: { announcements: 30, policies: 40, opportunities: 30, events: 20, parks: 50, industries: 50 },
    beforeSync: syncSearchFields,
    searchOverrides: searchIndexOverrides,
  }),
  searchAllLocalesPlugin(PAGE_COLLECTIONS),
  // Renamed slugs keep working: a redirect from the old path is recorded when a published slug changes.
  redirectsPlugin({
    collections: [...PAGE_COLLECTIONS],
    overrides: {
      labels: { singular: { en: 'Redirect', zh: '重定向' }, plural: { en: 'Redirects', zh: '重定向' } },
      admin: { group: { en: 'Settings', zh: '设置' } },
    },
  }),
  slugRedirectsPlugin(PAGE_COLLECTIONS),
  // The industries hierarchy, with breadcrumbs stored on each industry.
  nestedDocsPlugin({
    collections: ['industries'],
    parentFieldSlug: 'parent',
    breadcrumbsFieldSlug: 'breadcrumbs',
    generateLabel: (_, doc) => text((doc as Doc).name),
    generateURL: (docs) => docs.reduce((url, doc) => `${url}/${text((doc as { slug?: unknown }).slug)}`, '/industries'),
  }),
  // CSV/JSON export and import of policies, opportunities and events, with a dry run (see importExport/dryRun.ts).
  importExportPlugin({
    collections: ['policies', 'opportunities', 'events'].map((slug) => ({
      slug: slug as 'policies',
      import: { disableJobsQueue: true, defaultVersionStatus: 'draft' },
      export: { disableJobsQueue: true },
    })),
    // Imported documents are drafts: an import never publishes anything by accident.
    defaultVersionStatus: 'draft',
    overrideImportCollection: importDryRunOverride,
    overrideExportCollection: ({ collection }) => ({
      ...collection,
      upload: { ...(collection.upload as object), staticDir: privateFilesDir('exports') },
    }),
  }),
]
