import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
} from 'payload'

import { isDraftSave, wasPublished } from '../../workflow/rememberDraftFlag'
import { webhookTargets } from './config'

export type ContentEvent = 'delete' | 'publish' | 'unpublish' | 'update'

type Notice = {
  event: ContentEvent
  collection?: string
  global?: string
  id?: number | string
  slug?: string | null
  locales: string[]
}

/**
 * Queues one signed delivery per frontend URL, inside the change's transaction: a change that fails
 * sends nothing, and a slow or broken receiver never delays or fails the editor's save.
 */
async function queueNotice(req: PayloadRequest, notice: Notice): Promise<void> {
  const { urls } = webhookTargets()
  if (!urls.length) return
  const body = JSON.stringify({ ...notice, occurredAt: new Date().toISOString() })
  for (const url of urls) {
    await req.payload.jobs.queue({ task: 'deliverWebhook', input: { url, body }, req })
  }
}

const locales = (req: PayloadRequest): string[] =>
  req.payload.config.localization ? req.payload.config.localization.localeCodes : []

/** Published content changed: published, unpublished, or edited while published (draft saves are not news). */
export const notifyFrontendOfChange: CollectionAfterChangeHook = async ({
  collection,
  doc,
  previousDoc,
  operation,
  req,
}) => {
  if (isDraftSave(req)) return doc
  const now = doc._status
  const before = operation === 'update' && wasPublished(req, doc.id, previousDoc)
  let event: ContentEvent | undefined
  if (now === 'published') event = before ? 'update' : 'publish'
  else if (before) event = 'unpublish'
  if (event) {
    await queueNotice(req, {
      event,
      collection: collection.slug,
      id: doc.id,
      slug: doc.slug ?? null,
      locales: locales(req),
    })
  }
  return doc
}

export const notifyFrontendOfDelete: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  if (doc._status === 'published') {
    await queueNotice(req, {
      event: 'delete',
      collection: collection.slug,
      id: doc.id,
      slug: doc.slug ?? null,
      locales: locales(req),
    })
  }
  return doc
}

export const notifyFrontendOfGlobal: GlobalAfterChangeHook = async ({ doc, global, req }) => {
  await queueNotice(req, { event: 'update', global: global.slug, locales: locales(req) })
  return doc
}
