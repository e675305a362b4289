import type { ServerFieldBase } from 'payload'
import React from 'react'

import { PASSWORD_RULES } from '../workflow/accounts/passwordPolicy'

const MUST_CHANGE = {
  en: 'Someone else chose your password. Change it now (Change Password above): until you do, your account can do nothing else.',
  zh: '您的密码由他人设置。请立即修改（上方“修改密码”）：修改之前，您的账号无法进行其他任何操作。',
}

/** On a user's page: the password rules in the panel's language; on one's own account, the request to change it. */
export function PasswordRules({ i18n, id, req }: ServerFieldBase) {
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const own = req?.user?.collection === 'users' && id !== undefined && String(req.user.id) === String(id)
  const pending = own && (req.user as { mustChangePassword?: boolean | null }).mustChangePassword === true
  return (
    <div className="field-type password-rules" data-testid="password-rules" style={{ marginBottom: 'var(--base)' }}>
      {pending && (
        <p role="alert" style={{ color: 'var(--theme-error-500)', fontWeight: 600 }}>
          {MUST_CHANGE[language]}
        </p>
      )}
      <p style={{ margin: 0, color: 'var(--theme-elevation-500)' }}>
        {language === 'zh' ? '密码规则：' : 'Password rules: '}
        {PASSWORD_RULES[language]}
      </p>
    </div>
  )
}
