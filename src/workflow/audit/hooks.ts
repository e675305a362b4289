import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  GlobalAfterChangeHook,
  Config,
} from 'payload'

import { SERVER_WRITTEN } from '../access/trust'
import { isDraftSave, wasPublished } from '../rememberDraftFlag'
import { addChangeHooks } from '../../content/plugins/addChangeHooks'
import type { AuditAction } from './actions'
import { recordAudit } from './record'

// Bookkeeping, secrets, and the review history (a record of its own, kept on the document).
const NOT_CONTENT = new Set([
  'id',
  'reviewHistory',
  'createdAt',
  'updatedAt',
  '_status',
  'hash',
  'salt',
  'password',
  'sessions',
  'loginAttempts',
  'lockUntil',
  'resetPasswordToken',
  'resetPasswordExpiration',
])

/** Top-level fields whose value differs between two versions of a document. */
export function changedFields(before: Record<string, unknown> | undefined, after: Record<string, unknown>): string[] {
  if (!before) return []
  const keys = new Set([...Object.keys(before), ...Object.keys(after)])
  return [...keys]
    .filter(
      (key) => !NOT_CONTENT.has(key) && JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null),
    )
    .sort()
}

const titleOf = (collection: CollectionConfig, doc: Record<string, unknown>) => {
  const value = doc[collection.admin?.useAsTitle ?? 'id'] ?? doc.slug ?? doc.filename
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined
}

const auditChange: CollectionAfterChangeHook = async ({ collection, context, doc, operation, previousDoc, req }) => {
  if (context.skipAudit) return doc
  const status = (doc as { _status?: string })._status
  const published = operation === 'update' && wasPublished(req, doc.id, previousDoc)
  let action: AuditAction
  if (operation === 'create') action = status === 'published' ? 'publish' : 'create'
  else if (isDraftSave(req)) action = 'save-draft'
  else if (status === 'published' && !published) action = 'publish'
  else if (status === 'draft' && published) action = 'unpublish'
  else action = 'update'
  await recordAudit(
    req.payload,
    {
      action,
      collectionSlug: collection.slug,
      documentId: doc.id,
      documentTitle: titleOf(collection, doc),
      changedFields: operation === 'update' ? changedFields(previousDoc, doc) : undefined,
    },
    { req },
  )
  if (collection.slug === 'users' && operation === 'update' && previousDoc?.role !== doc.role) {
    await recordAudit(
      req.payload,
      {
        action: 'role-change',
        collectionSlug: 'users',
        documentId: doc.id,
        documentTitle: doc.email,
        comment: `${previousDoc?.role ?? '—'} → ${doc.role}`,
      },
      { req },
    )
  }
  return doc
}

const auditDelete: CollectionAfterDeleteHook = async ({ collection, doc, req, context }) => {
  if (context.skipAudit) return doc
  await recordAudit(
    req.payload,
    { action: 'delete', collectionSlug: collection.slug, documentId: doc.id, documentTitle: titleOf(collection, doc) },
    { req },
  )
  return doc
}

const auditGlobal: GlobalAfterChangeHook = async ({ doc, global, previousDoc, req }) => {
  await recordAudit(
    req.payload,
    { action: 'update', collectionSlug: `global:${global.slug}`, changedFields: changedFields(previousDoc, doc) },
    { req },
  )
  return doc
}

/** Adds audit hooks to every collection (but the audit log itself) and every global. */
export const auditLogPlugin = (config: Config): Config =>
  addChangeHooks(config, {
    // What only the server writes (the log itself; the search index, whose owner documents are audited).
    collections: (slug) => !SERVER_WRITTEN.has(slug),
    afterChange: auditChange,
    afterDelete: auditDelete,
    afterGlobalChange: auditGlobal,
    needsDraftFlag: true,
  })
