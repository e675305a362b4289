import type { Access, FieldAccess, PayloadRequest, Where } from 'payload'

import type { User } from '../../payload-types'
import { secondFactorPending } from './secondFactor'

export const ROLES = ['admin', 'publisher', 'editor'] as const
export type Role = (typeof ROLES)[number]

type MaybeUser = PayloadRequest['user'] | User | null | undefined

/**
 * True when the request's user is a staff account (a `users` login) holding one of the roles, not
 * disabled (an account an administrator disabled has no rights left, whatever it still holds), and not
 * waiting to change a password someone else set (passwordPolicy.ts).
 */
export const hasRole = (user: MaybeUser, ...roles: Role[]): boolean =>
  activeAccount(user) &&
  (user as User).mustChangePassword !== true &&
  !secondFactorPending(user as never) &&
  roles.includes((user as User).role as Role)

/** A signed-in staff account (a `users` login with a role) that an administrator has not disabled. */
const activeAccount = (user: MaybeUser): boolean =>
  Boolean(
    user &&
    user.collection === 'users' &&
    (user as User).active !== false &&
    ROLES.includes((user as User).role as Role),
  )

/**
 * A staff account that must change the password someone else set before anything else: it may enter
 * the admin panel (to its account page) and change its own password, nothing more.
 */
export const mustChangePassword = (user: MaybeUser): boolean =>
  activeAccount(user) && (user as User).mustChangePassword === true

/** A staff account whose session owes its second factor (secondFactor.ts): it may enter the panel to give it. */
export const owesSecondFactor = (user: MaybeUser): boolean => activeAccount(user) && secondFactorPending(user as never)

/** Either of the two: an account signed in that may, for now, only put itself in order. */
export const isPendingStaff = (user: MaybeUser): boolean => mustChangePassword(user) || owesSecondFactor(user)

export const staffOrPending = ({ req }: { req: PayloadRequest }): boolean =>
  isStaff(req.user) || isPendingStaff(req.user)

export const isStaff = (user: MaybeUser): boolean => hasRole(user, ...ROLES)

/** An enabled API key with the `preview` scope: the website's server reading drafts for preview. */
export const isPreviewKey = (user: MaybeUser): boolean => {
  const key = user as { collection?: string; scope?: string; enabled?: boolean } | null | undefined
  return Boolean(key && key.collection === 'api-keys' && key.scope === 'preview' && key.enabled !== false)
}

/** Who may read drafts: staff, and preview keys. */
export const canReadDrafts = (user: MaybeUser): boolean => isStaff(user) || isPreviewKey(user)

export const anyone: Access = () => true

export const staffOnly = ({ req }: { req: PayloadRequest }): boolean => isStaff(req.user)

export const adminsOnly: Access = ({ req }) => hasRole(req.user, 'admin')

export const publishersOrAdmins: Access = ({ req }) => hasRole(req.user, 'admin', 'publisher')

export const adminsOnlyField: FieldAccess = ({ req }) => hasRole(req.user, 'admin')

/** A field of an account: for administrators, and for the account itself. */
export const selfOrAdminsField: FieldAccess = ({ req, id, doc }) =>
  hasRole(req.user, 'admin') ||
  Boolean(req.user?.collection === 'users' && String(req.user.id) === String(id ?? (doc as { id?: unknown })?.id))

/** A logged-in staff member, or the document's own account. */
export const adminsOrSelf: Access = ({ req }) => {
  if (hasRole(req.user, 'admin')) return true
  if (!req.user || req.user.collection !== 'users') return false
  return { id: { equals: req.user.id } } satisfies Where
}

/** As adminsOrSelf, for changes: not by a session that still owes its second factor. */
export const adminsOrSelfVerified: Access = (args) =>
  secondFactorPending(args.req.user as never) ? false : adminsOrSelf(args)
