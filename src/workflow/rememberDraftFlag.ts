import type { CollectionBeforeOperationHook, PayloadRequest } from 'payload'

/**
 * Remembers, in req.context, what afterChange hooks cannot see by themselves: whether the running
 * write is a draft save, and whether the document was published before it (for a document with a
 * newer draft, afterChange's previousDoc is that draft, not the published version). The audit log
 * and the frontend webhooks need both to tell a publish, an unpublish and an edit apart.
 */
export const rememberDraftFlag: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  if (operation !== 'create' && operation !== 'update' && operation !== 'updateByID') return args
  req.context.draftSave = Boolean(args.draft)
  // Payload names both update-by-id and bulk update 'update'; only the former has an id.
  const id = (args as { id?: number | string }).id
  if (operation === 'update' && id !== undefined && !args.draft && collection.versions?.drafts) {
    const current = await req.payload.findByID({
      collection: collection.slug,
      id,
      depth: 0,
      req,
      overrideAccess: true,
      disableErrors: true,
      select: { _status: true } as never,
    })
    req.context.publishedBefore = {
      ...(req.context.publishedBefore as object),
      [String(id)]: (current as { _status?: string } | null)?._status === 'published',
    }
  }
  return args
}

export const isDraftSave = (req: PayloadRequest): boolean => req.context.draftSave === true

/** Whether the document was published before this write (falls back to previousDoc for bulk updates). */
export const wasPublished = (
  req: PayloadRequest,
  id: number | string,
  previousDoc?: { _status?: string | null },
): boolean => {
  const known = (req.context.publishedBefore as Record<string, boolean> | undefined)?.[String(id)]
  return known ?? previousDoc?._status === 'published'
}

/** The hooks with rememberDraftFlag first, unless the collection already runs it. */
export const withDraftFlag = (hooks: CollectionBeforeOperationHook[] = []): CollectionBeforeOperationHook[] =>
  hooks.includes(rememberDraftFlag) ? hooks : [rememberDraftFlag, ...hooks]
