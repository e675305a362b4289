import type { CollectionConfig, Config } from 'payload'

type Hooks = Pick<NonNullable<CollectionConfig['hooks']>, 'afterChange' | 'beforeChange'>

/** A plugin that appends hooks (made per collection) to the named collections, after those already there. */
export const appendCollectionHooks =
  (collections: readonly string[], hooksFor: (slug: string) => Hooks) =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collections.includes(collection.slug)) return collection
      const added = hooksFor(collection.slug)
      const hooks = { ...collection.hooks }
      for (const [name, list] of Object.entries(added) as [keyof Hooks, unknown[]][]) {
        hooks[name] = [...((hooks[name] as unknown[] | undefined) ?? []), ...list] as never
      }
      return { ...collection, hooks }
    }),
  })
