import type { Payload, PayloadRequest } from 'payload'

import type { AuditAction } from './actions'

export type AuditEntry = {
  action: AuditAction
  collectionSlug?: string
  documentId?: number | string
  documentTitle?: string | null
  changedFields?: string[]
  comment?: string
}

type Actor = { id: number | string; email?: string | null; collection?: string } | null | undefined

/** The client address Express resolved (proxy-aware, see server/webBridge.ts). */
export const clientIp = (req?: Partial<PayloadRequest>): string | undefined =>
  req?.headers?.get?.('x-jinqiao-client-ip') ?? undefined

const deletesItself = (entry: AuditEntry, userId: number | string) =>
  entry.action === 'delete' && entry.collectionSlug === 'users' && String(entry.documentId) === String(userId)

/**
 * Appends one entry to the audit log. With `req`, the entry is written in the request's transaction,
 * so it exists exactly when the change it describes does.
 */
export async function recordAudit(
  payload: Payload,
  entry: AuditEntry,
  { req, actor = req?.user as Actor }: { req?: PayloadRequest; actor?: Actor } = {},
): Promise<void> {
  let user = actor && (actor.collection === undefined || actor.collection === 'users') ? actor : undefined
  if (user && !user.email) {
    // A job knows only the id of the user who scheduled it.
    const found = await payload.findByID({ collection: 'users', id: user.id, depth: 0, req, disableErrors: true })
    user = found ? { ...user, email: found.email } : user
  }
  const what = [entry.collectionSlug, entry.documentTitle ?? entry.documentId].filter(Boolean).join(' · ')
  await payload.create({
    collection: 'audit-log',
    overrideAccess: true,
    depth: 0,
    req,
    context: { skipAudit: true },
    data: {
      ...entry,
      documentId: entry.documentId === undefined ? undefined : String(entry.documentId),
      documentTitle: entry.documentTitle ?? undefined,
      summary: `${entry.action}${what ? ` — ${what}` : ''}${user?.email ? ` (${user.email})` : ''}`,
      // An account deleting itself: the entry keeps its email, not a link to the row just deleted (the
      // database would refuse it, and the deletion with it).
      user: user && !deletesItself(entry, user.id) ? (user.id as number) : undefined,
      userEmail: user?.email ?? undefined,
      ip: clientIp(req),
    },
  })
}
