import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, GlobalAfterChangeHook } from 'payload'

import { withDraftFlag } from '../../workflow/rememberDraftFlag'

type ChangeHooks = {
  /** Which collections get the hooks (every global does). */
  collections: (slug: string) => boolean
  afterChange: CollectionAfterChangeHook
  afterDelete: CollectionAfterDeleteHook
  afterGlobalChange: GlobalAfterChangeHook
  /** The hooks read req.context.draftSave / publishedBefore (see rememberDraftFlag). */
  needsDraftFlag?: boolean
}

/**
 * What the audit log and the frontend webhooks each do to the config:
 * run a hook after every change and delete of the chosen collections and after every global change.
 */
export const addChangeHooks = (
  config: Config,
  { collections, afterChange, afterDelete, afterGlobalChange, needsDraftFlag = false }: ChangeHooks,
): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    collections(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            ...(needsDraftFlag ? { beforeOperation: withDraftFlag(collection.hooks?.beforeOperation) } : {}),
            afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
          },
        }
      : collection,
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), afterGlobalChange] },
  })),
})
