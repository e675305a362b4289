import type { Config } from 'payload'

import { addChangeHooks } from '../../content/plugins/addChangeHooks'
import { deliverWebhookTask } from './deliverWebhook'
import { notifyFrontendOfChange, notifyFrontendOfDelete, notifyFrontendOfGlobal } from './notifyFrontend'
import { WEBSITE_SOURCES } from '../../workflow/access/trust'

/**
 * Tells the frontend (WEBHOOK_URLS) when published content changes, through signed deliveries that
 * the jobs queue retries.
 */
export const frontendWebhooksPlugin = (config: Config): Config => {
  const hooked = addChangeHooks(config, {
    collections: (slug) => WEBSITE_SOURCES.has(slug),
    afterChange: notifyFrontendOfChange,
    afterDelete: notifyFrontendOfDelete,
    afterGlobalChange: notifyFrontendOfGlobal,
    needsDraftFlag: true,
  })
  return { ...hooked, jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), deliverWebhookTask] } }
}
