import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeLoginHook,
} from 'payload'

import type { User } from '../../payload-types'
import { endAllSessions } from './sessions'

/** A disabled account cannot sign in; the message says whom to ask, and nothing else about it. */
export const refuseDisabled: CollectionBeforeLoginHook<User> = ({ user }) => {
  if (user.active === false) {
    throw new APIError('This account is disabled. Ask an administrator to enable it.', 403, undefined, true)
  }
}

/**
 * Disabling an account, or changing its role, signs it out everywhere: its sessions are dropped, so
 * that every token it was given stops working on its next request (Payload checks the session of each
 * JWT), and it signs in again with what it now is.
 */
export const endSessionsWhenDisabled: CollectionAfterChangeHook<User> = async ({
  doc,
  previousDoc,
  req,
  operation,
}) => {
  if (operation !== 'update') return doc
  const disabled = doc.active === false && previousDoc?.active !== false
  const roleChanged = Boolean(previousDoc?.role) && doc.role !== previousDoc?.role
  if (!disabled && !roleChanged) return doc
  await endAllSessions(req.payload, doc.id, req)
  return doc
}

/**
 * Every account has a name: colleagues pick assignees by name, and only administrators see emails. An
 * account created without one is named after its email's local part.
 */
export const nameFromEmail: CollectionBeforeChangeHook<User> = ({ data, originalDoc }) => {
  const name = typeof data.name === 'string' ? data.name.trim() : (originalDoc?.name ?? '')
  const email = (data.email ?? originalDoc?.email ?? '') as string
  if (!name && email) data.name = email.split('@')[0]
  return data
}
