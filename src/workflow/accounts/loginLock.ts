/** Five wrong passwords lock an account for ten minutes (Payload's auth.maxLoginAttempts / lockTime). */
export const MAX_LOGIN_ATTEMPTS = 5
export const LOCK_MINUTES = 10

/**
 * What a locked-out user reads, instead of Payload's "This user is locked due to having too many
 * failed login attempts": how long, and what to do. Merged into the admin panel's and the API's
 * translations (payload.config.ts, i18n.translations).
 */
export const lockedAccountTranslations = {
  en: {
    error: {
      userLocked: `This account is locked after ${MAX_LOGIN_ATTEMPTS} wrong passwords. Try again in ${LOCK_MINUTES} minutes, or ask an administrator to unlock it.`,
    },
  },
  zh: {
    error: {
      userLocked: `密码连续输错 ${MAX_LOGIN_ATTEMPTS} 次，该账户已被锁定。请 ${LOCK_MINUTES} 分钟后再试，或请管理员解锁。`,
    },
  },
}
