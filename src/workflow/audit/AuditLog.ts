import type { CollectionConfig } from 'payload'

import { AUDIT_ACTIONS } from './actions'
import { bilingualOptions } from '../../content/fields/bilingualOptions'
import { sealSoon } from './chain'
import { exportAuditCsv } from './exportCsv'

/**
 * Append-only record of who changed, published or deleted what. Entries are written by hooks
 * (src/workflow/audit) through the Local API; no user, admin included, can edit or delete one.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: {
    singular: { en: 'Audit entry', zh: '审计记录' },
    plural: { en: 'Audit log', zh: '审计日志' },
  },
  admin: {
    group: { en: 'Administration', zh: '系统管理' },
    useAsTitle: 'summary',
    defaultColumns: ['createdAt', 'action', 'collectionSlug', 'documentTitle', 'userEmail', 'ip'],
    listSearchableFields: ['summary', 'userEmail', 'documentTitle', 'documentId'],
    enableRichTextRelationship: false,
  },
  defaultSort: '-createdAt',
  // Administrators read it; nobody writes it through the API (src/workflow/access/trust.ts).
  disableDuplicate: true,
  // Each entry is sealed into the hash chain just after it is written (chain.ts).
  hooks: { afterChange: [sealSoon] },
  endpoints: [{ path: '/export.csv', method: 'get', handler: exportAuditCsv }],
  fields: [
    {
      name: 'action',
      type: 'select',
      label: { en: 'Action', zh: '操作' },
      required: true,
      index: true,
      options: bilingualOptions(AUDIT_ACTIONS),
    },
    { name: 'summary', type: 'text', label: { en: 'Summary', zh: '摘要' } },
    { name: 'collectionSlug', type: 'text', label: { en: 'Collection', zh: '集合' }, index: true },
    { name: 'documentId', type: 'text', label: { en: 'Document id', zh: '文档 ID' }, index: true },
    { name: 'documentTitle', type: 'text', label: { en: 'Document', zh: '文档' } },
    { name: 'user', type: 'relationship', relationTo: 'users', label: { en: 'User', zh: '用户' }, index: true },
    { name: 'userEmail', type: 'text', label: { en: 'User email', zh: '用户邮箱' }, index: true },
    { name: 'ip', type: 'text', label: { en: 'IP address', zh: 'IP 地址' } },
    { name: 'changedFields', type: 'json', label: { en: 'Changed fields', zh: '变更字段' } },
    { name: 'comment', type: 'textarea', label: { en: 'Comment', zh: '备注' } },
    {
      // The hash chain (chain.ts): set by the sealer, checked by `npm run audit:verify`.
      type: 'collapsible',
      label: { en: 'Hash chain', zh: '哈希链' },
      admin: { position: 'sidebar', initCollapsed: true },
      fields: [
        {
          name: 'sequence',
          type: 'number',
          label: { en: 'Sequence', zh: '序号' },
          unique: true,
          index: true,
          admin: { readOnly: true },
        },
        {
          name: 'previousHash',
          type: 'text',
          label: { en: 'Previous hash', zh: '前一条哈希' },
          admin: { readOnly: true },
        },
        { name: 'hash', type: 'text', label: { en: 'Hash', zh: '哈希' }, admin: { readOnly: true } },
      ],
    },
  ],
}
