import type { CollectionConfig } from 'payload'

import { bilingualOptions } from '../../content/fields/bilingualOptions'

/**
 * Keys for the public website's server. `read` sees what anonymous readers see (but has a request
 * budget of its own, not a stranger's address limit, and never shares the public cache); `preview` may also read drafts, for the
 * site's preview mode. Admins create, disable and delete them; a disabled key is refused.
 * Use: `Authorization: api-keys API-Key <key>`.
 */
/** An API key's requests per minute when it states none (http/rateLimits.ts counts them). */
export const DEFAULT_KEY_BUDGET = 6_000

export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: {
    singular: { en: 'API key', zh: 'API 密钥' },
    plural: { en: 'API keys', zh: 'API 密钥' },
  },
  admin: {
    group: { en: 'Administration', zh: '系统管理' },
    useAsTitle: 'name',
    defaultColumns: ['name', 'scope', 'requestsPerMinute', 'enabled', 'updatedAt'],
  },
  auth: { useAPIKey: true, disableLocalStrategy: true },
  // Who reads and writes: src/workflow/access/trust.ts. Keys never use the admin panel.
  access: { admin: () => false },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true },
    {
      name: 'scope',
      type: 'select',
      label: { en: 'Scope', zh: '权限范围' },
      required: true,
      defaultValue: 'read',
      options: bilingualOptions([
        { value: 'read', en: 'Read published content', zh: '读取已发布内容' },
        { value: 'preview', en: 'Preview: also read drafts', zh: '预览：可读取草稿' },
      ]),
    },
    {
      name: 'requestsPerMinute',
      type: 'number',
      label: { en: 'Requests per minute', zh: '每分钟请求上限' },
      min: 1,
      defaultValue: DEFAULT_KEY_BUDGET,
      admin: {
        description: {
          en: 'REST and GraphQL requests this key may make per minute, over all instances; beyond it the site gets 429 saying so.',
          zh: '此密钥每分钟可发出的 REST 与 GraphQL 请求数（所有实例合计）；超出后网站会收到 429 并注明原因。',
        },
      },
    },
    {
      name: 'enabled',
      type: 'checkbox',
      label: { en: 'Enabled', zh: '启用' },
      defaultValue: true,
      admin: { description: { en: 'Untick to revoke the key at once.', zh: '取消勾选即立即吊销。' } },
    },
  ],
}
