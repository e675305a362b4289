import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, CollectionSlug, Plugin } from 'payload'

import { appendCollectionHooks } from '../content/plugins/appendCollectionHooks'

/** The path the website serves a document at; redirects are recorded in the same form. */
export const documentPath = (collection: string, slug: string): string => `/${collection}/${slug}`

const contextKey = (collection: string, id: unknown) => `renamedSlug:${collection}:${String(id)}`

/** When a publish changes the slug of a published document, remember the slug readers knew. */
const rememberPublishedSlug =
  (collection: string): CollectionBeforeChangeHook =>
  async ({ data, operation, originalDoc, req }) => {
    if (operation !== 'update' || data._status !== 'published' || !originalDoc?.id) return data
    const published = await req.payload.findByID({
      collection: collection as CollectionSlug,
      id: originalDoc.id,
      depth: 0,
      draft: false,
      req,
      disableErrors: true,
      select: { slug: true, _status: true } as never,
    })
    const newSlug = (data.slug ?? originalDoc.slug) as string | undefined
    const oldSlug = (published as { slug?: string; _status?: string } | null)?.slug
    if (
      (published as { _status?: string } | null)?._status === 'published' &&
      oldSlug &&
      newSlug &&
      oldSlug !== newSlug
    ) {
      req.context[contextKey(collection, originalDoc.id)] = oldSlug
    }
    return data
  }

/** …and record a redirect from the old path to the document, so that links and bookmarks keep working. */
const recordRedirect =
  (collection: string): CollectionAfterChangeHook =>
  async ({ doc, req }) => {
    const oldSlug = req.context[contextKey(collection, doc.id)] as string | undefined
    if (!oldSlug) return doc
    delete req.context[contextKey(collection, doc.id)]
    const from = documentPath(collection, oldSlug)
    const to = { type: 'reference' as const, reference: { relationTo: collection, value: doc.id } }
    // The new path is live again: a redirect away from it (an earlier rename back) would loop.
    await req.payload.delete({
      collection: 'redirects',
      where: { from: { equals: documentPath(collection, doc.slug) } },
      req,
    })
    const { docs } = await req.payload.find({
      collection: 'redirects',
      where: { from: { equals: from } },
      limit: 1,
      depth: 0,
      req,
    })
    if (docs[0]) await req.payload.update({ collection: 'redirects', id: docs[0].id, data: { to } as never, req })
    else await req.payload.create({ collection: 'redirects', data: { from, to } as never, req })
    return doc
  }

/** Adds the slug-change redirects to the given collections (after Payload's redirects plugin). */
export const slugRedirectsPlugin = (collections: readonly string[]): Plugin =>
  appendCollectionHooks(collections, (slug) => ({
    beforeChange: [rememberPublishedSlug(slug)],
    afterChange: [recordRedirect(slug)],
  }))
