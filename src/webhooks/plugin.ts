import type { Config } from 'payload'

import { withDraftFlag } from '../hooks/rememberDraftFlag'
import { deliverWebhookTask } from './deliverWebhook'
import { notifyFrontendOfChange, notifyFrontendOfDelete, notifyFrontendOfGlobal } from './notifyFrontend'

/** The collections whose published documents the public website shows. */
export const PUBLIC_CONTENT = new Set(['parks', 'industries', 'announcements'])

/**
 * Tells the frontend (WEBHOOK_URLS) when published content changes, through signed deliveries that
 * the jobs queue retries.
 */
export const frontendWebhooksPlugin = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) =>
    PUBLIC_CONTENT.has(collection.slug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            beforeOperation: withDraftFlag(collection.hooks?.beforeOperation),
            afterChange: [...(collection.hooks?.afterChange ?? []), notifyFrontendOfChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), notifyFrontendOfDelete],
          },
        }
      : collection,
  ),
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: { ...global.hooks, afterChange: [...(global.hooks?.afterChange ?? []), notifyFrontendOfGlobal] },
  })),
  jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask] },
})
