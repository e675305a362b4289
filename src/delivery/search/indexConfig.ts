import type { BeforeSync, DocToSync, SearchPluginConfig } from '@payloadcms/plugin-search/types'
import type { CollectionAfterChangeHook, CollectionSlug, Plugin } from 'payload'

import { appendCollectionHooks } from '../../content/plugins/appendCollectionHooks'
import { plainText } from '../../content/fields/plainText'
import { indexTerms } from './terms'

/**
 * What the index keeps besides the title: searchable text (summary and body, per locale), the slug
 * for the website's link, and the publication window, so that an embargoed or expired item never
 * shows up in search even while its index entry exists.
 */
export const syncSearchFields: BeforeSync = ({ originalDoc, searchDoc }) => {
  const doc = originalDoc as Record<string, unknown>
  const title = (doc.title ?? doc.name ?? '') as string
  const text = [doc.summary, plainText(doc.body), doc.venue, doc.issuingBody, doc.documentNumber, doc.location]
    .filter((part) => typeof part === 'string' && part)
    .join('\n')
    .slice(0, 20_000)
  return {
    ...searchDoc,
    title,
    text,
    titleTerms: indexTerms(title),
    textTerms: indexTerms(text),
    slug: doc.slug as string,
    publishedAt: (doc.publishedAt as string | undefined) ?? null,
    expiresAt: (doc.expiresAt as string | undefined) ?? null,
  }
}

export const searchIndexOverrides: SearchPluginConfig['searchOverrides'] = {
  slug: 'search-index',
  labels: { singular: { en: 'Search entry', zh: '搜索索引' }, plural: { en: 'Search index', zh: '搜索索引' } },
  admin: {
    group: { en: 'Settings', zh: '设置' },
    description: {
      en: 'Kept up to date automatically from published content. The website searches it through GET /api/search.',
      zh: '根据已发布内容自动更新。网站通过 GET /api/search 检索。',
    },
  },
  // Who reads and writes it: src/workflow/access/trust.ts (applied to every collection by enforceTrust).
  fields: ({ defaultFields }) => [
    ...defaultFields,
    { name: 'text', type: 'textarea', localized: true, admin: { readOnly: true } },
    // What the database's text index looks up (see terms.ts and textIndex.ts); never in an answer.
    { name: 'titleTerms', type: 'textarea', localized: true, hidden: true },
    { name: 'textTerms', type: 'textarea', localized: true, hidden: true },
    { name: 'slug', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'publishedAt', type: 'date', index: true, admin: { readOnly: true } },
    { name: 'expiresAt', type: 'date', index: true, admin: { readOnly: true } },
  ],
}

/**
 * The search plugin indexes the locale a document was saved in; this keeps the other locales' entries
 * current too, so that publishing from the Chinese tab also refreshes the English index (and back).
 */
export const searchAllLocalesPlugin = (collections: readonly string[]): Plugin =>
  appendCollectionHooks(collections, (slug) => ({ afterChange: [syncOtherLocales(slug)] }))

const syncOtherLocales =
  (slug: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const localization = req.payload.config.localization
    if (!localization || doc._status === 'draft') return doc
    const { docs } = await req.payload.find({
      collection: 'search-index',
      where: { and: [{ 'doc.relationTo': { equals: slug } }, { 'doc.value': { equals: doc.id } }] },
      depth: 0,
      limit: 1,
      pagination: false,
      req,
    })
    const entry = docs[0]
    if (!entry) return doc
    for (const locale of localization.localeCodes as ('zh' | 'en')[]) {
      if (locale === req.locale) continue
      const localized = await req.payload.findByID({
        collection: slug as CollectionSlug,
        id: doc.id,
        locale,
        depth: 0,
        req,
      })
      const synced = syncSearchFields({
        collectionSlug: slug,
        originalDoc: localized,
        payload: req.payload,
        req,
        searchDoc: { doc: { relationTo: slug, value: String(doc.id) }, title: '' },
      }) as DocToSync
      await req.payload.update({
        collection: 'search-index',
        id: entry.id,
        locale,
        data: { title: synced.title, text: synced.text, titleTerms: synced.titleTerms, textTerms: synced.textTerms },
        depth: 0,
        req,
      })
    }
    return doc
  }
