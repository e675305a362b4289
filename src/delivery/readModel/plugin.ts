import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config } from 'payload'

import { INVISIBLE } from '../../workflow/access/trust'
import { isDraftSave } from '../../workflow/rememberDraftFlag'
import { PublishedSnapshots, READ_MODEL_COLLECTIONS } from './config'
import { markReferencing } from './background'
import { refreshSnapshots, removeSnapshots } from './rows'

/**
 * Collections whose documents no public answer can show (or only by id): their changes rewrite nothing.
 * Those anonymous readers never see (the read model's own among them), and the search index (no
 * snapshot shows it).
 */
const NOT_SHOWN = new Set([...INVISIBLE, 'search-index'])

const afterChange: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  // A draft save leaves the published version, all the public sees, as it was.
  if (isDraftSave(req) && doc._status === 'draft') return doc
  if (READ_MODEL_COLLECTIONS[collection.slug]) await refreshSnapshots(req.payload, collection.slug, doc.id, req)
  await markReferencing(req.payload, collection.slug, doc.id, req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (READ_MODEL_COLLECTIONS[collection.slug]) await removeSnapshots(req.payload, collection.slug, doc.id, req)
  await markReferencing(req.payload, collection.slug, doc.id, req)
  return doc
}

/**
 * Adds the read model (see config.ts): its collection, and hooks that rewrite a document's snapshots
 * in the transaction that changes it, and mark those of every document that shows a changed one for a
 * rewrite after the commit (see markReferencing). Goes after
 * the plugins that hook every collection (audit log, webhooks, cache), which must not see its rows.
 */
export const readModelPlugin = (config: Config): Config => {
  for (const slug of Object.keys(READ_MODEL_COLLECTIONS)) {
    const collection = config.collections?.find((c) => c.slug === slug)
    if (!collection) throw new Error(`The read model names "${slug}", which is not a collection.`)
    // A join shows documents that point at this one: their changes would not rewrite it.
    if (JSON.stringify(collection.fields).includes('"type":"join"')) {
      throw new Error(`The read model cannot hold "${slug}": it has a join field.`)
    }
  }
  return {
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        NOT_SHOWN.has(collection.slug)
          ? collection
          : {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
              },
            },
      ),
      PublishedSnapshots,
    ],
  }
}
