import { ConfigError } from '../../env'

/**
 * Who must sign in with a second factor (TOTP), and whether a session still owes it. Pure functions of
 * the signed-in principal, so that roles.ts can refuse every right to a session that has not given it.
 * The set-up and the codes themselves: accounts/twoFactor.ts.
 */

const KNOWN_ROLES = ['admin', 'publisher', 'editor']

/** STAFF_2FA_ROLES: comma-separated roles that must use a second factor (default admin,publisher; empty: none). */
export function secondFactorRoles(env: Record<string, string | undefined> = process.env): string[] {
  const raw = env.STAFF_2FA_ROLES
  if (raw === undefined) return ['admin', 'publisher']
  const roles = raw
    .split(',')
    .map((role) => role.trim())
    .filter(Boolean)
  const unknown = roles.filter((role) => !KNOWN_ROLES.includes(role))
  if (unknown.length) {
    throw new ConfigError(
      `STAFF_2FA_ROLES lists roles that do not exist (${unknown.join(', ')}): use admin, publisher and/or editor, comma-separated, or leave it empty for none.`,
    )
  }
  return roles
}

type Principal =
  | {
      collection?: string
      role?: string | null
      require2fa?: boolean | null
      totpEnabledAt?: string | null
      _sid?: string
      sessions?: { id: string; secondFactorAt?: string | null }[] | null
    }
  | null
  | undefined

/** This account signs in with a second factor: by its role, because an administrator requires it, or by its own choice. */
export const needsSecondFactor = (user: Principal): boolean =>
  Boolean(
    user &&
    user.collection === 'users' &&
    (secondFactorRoles().includes(String(user.role)) || user.require2fa === true || Boolean(user.totpEnabledAt)),
  )

/**
 * A signed-in session (a JWT's session) of such an account that has not given its second factor yet.
 * Principals without a session (the server's own Local API calls) owe nothing.
 */
export function secondFactorPending(user: Principal): boolean {
  if (!user || !user._sid || !needsSecondFactor(user)) return false
  const session = (user.sessions ?? []).find((s) => s.id === user._sid)
  return !session?.secondFactorAt
}
