'use client'
import { useAuth, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

const TEXT = {
  en: {
    setupTitle: 'Set up two-factor sign-in',
    setupWhy:
      'Your account signs in with a second factor. Scan this code with an authenticator app (for example Microsoft Authenticator, Google Authenticator or FreeOTP; it works offline), or type the key, then enter the 6-digit code it shows.',
    start: 'Show the code to scan',
    key: 'Key',
    code: '6-digit code',
    turnOn: 'Turn on',
    codesTitle: 'Your recovery codes',
    codesWhy: 'Keep them somewhere safe. Each works once, to sign in if your device is lost.',
    continue: 'Continue',
    verifyTitle: 'Two-factor sign-in',
    verifyWhy: 'Enter the 6-digit code your authenticator app shows for Jinqiao CMS.',
    verify: 'Verify',
    useRecovery: 'Use a recovery code instead',
    recovery: 'Recovery code',
    on: 'Two-factor sign-in is on, since',
    off: 'Two-factor sign-in is off.',
    reset: 'Reset two-factor sign-in',
    resetDone: 'Reset: the account sets it up again at its next sign-in.',
  },
  zh: {
    setupTitle: '设置双因素登录',
    setupWhy:
      '您的账号须使用双因素登录。请用身份验证器应用（如 Microsoft Authenticator、Google 身份验证器或 FreeOTP，可离线使用）扫描此二维码或输入密钥，然后输入应用显示的 6 位验证码。',
    start: '显示二维码',
    key: '密钥',
    code: '6 位验证码',
    turnOn: '启用',
    codesTitle: '您的恢复码',
    codesWhy: '请妥善保存。设备丢失时，每个恢复码可用于登录一次。',
    continue: '继续',
    verifyTitle: '双因素登录',
    verifyWhy: '请输入身份验证器应用为“Jinqiao CMS”显示的 6 位验证码。',
    verify: '验证',
    useRecovery: '改用恢复码',
    recovery: '恢复码',
    on: '双因素登录已启用，启用时间：',
    off: '双因素登录未启用。',
    reset: '重置双因素登录',
    resetDone: '已重置：该账号下次登录时须重新设置。',
  },
}

const useText = () => {
  const { i18n } = useTranslation()
  return TEXT[i18n.language === 'zh' ? 'zh' : 'en']
}

async function post(
  path: string,
  body?: unknown,
): Promise<{ ok: boolean; data: Record<string, unknown>; message: string }> {
  const response = await fetch(`/api/users/${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body ?? {}),
  })
  const data = (await response.json().catch(() => ({}))) as Record<string, unknown>
  const message = ((data.errors as { message?: string }[] | undefined)?.[0]?.message ?? '') as string
  return { ok: response.ok, data, message }
}

const inputStyle: React.CSSProperties = { fontSize: 20, letterSpacing: 4, width: '10em', padding: 6 }

/** Setting up: a secret and its QR code, a first code, then the recovery codes (shown once). */
function Setup({ onDone }: { onDone: () => void }) {
  const text = useText()
  const [setup, setSetup] = useState<{ secret: string; qr: string }>()
  const [code, setCode] = useState('')
  const [codes, setCodes] = useState<string[]>()
  const [error, setError] = useState<string>()
  if (codes) {
    return (
      <div data-testid="recovery-codes">
        <h3>{text.codesTitle}</h3>
        <p>{text.codesWhy}</p>
        <pre style={{ fontSize: 16 }}>{codes.join('\n')}</pre>
        <button type="button" className="btn btn--style-primary" onClick={onDone}>
          {text.continue}
        </button>
      </div>
    )
  }
  return (
    <div data-testid="two-factor-setup">
      <h3>{text.setupTitle}</h3>
      <p>{text.setupWhy}</p>
      {!setup ? (
        <button
          type="button"
          className="btn btn--style-primary"
          onClick={async () => {
            const answer = await post('two-factor/setup')
            if (answer.ok) setSetup(answer.data as { secret: string; qr: string })
            else setError(answer.message)
          }}
        >
          {text.start}
        </button>
      ) : (
        <form
          onSubmit={async (event) => {
            event.preventDefault()
            const answer = await post('two-factor/enable', { code })
            if (answer.ok) setCodes(answer.data.recoveryCodes as string[])
            else setError(answer.message)
          }}
        >
          <img src={setup.qr} alt="otpauth QR code" width={220} height={220} />
          <p>
            {text.key}: <code data-testid="totp-secret">{setup.secret}</code>
          </p>
          <label>
            {text.code}{' '}
            <input
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              value={code}
              onChange={(e) => setCode(e.target.value)}
              style={inputStyle}
            />
          </label>{' '}
          <button type="submit" className="btn btn--style-primary">
            {text.turnOn}
          </button>
        </form>
      )}
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </div>
  )
}

/** After signing in: the second factor this session owes — set it up, or give a code (or a recovery code). */
export function SecondFactorPrompt({ enabled }: { enabled: boolean }) {
  const text = useText()
  const [code, setCode] = useState('')
  const [recovery, setRecovery] = useState(false)
  const [error, setError] = useState<string>()
  const done = () => window.location.reload()
  if (!enabled) return <Setup onDone={done} />
  return (
    <form
      data-testid="two-factor-verify"
      onSubmit={async (event) => {
        event.preventDefault()
        const answer = await post('two-factor/verify', recovery ? { recoveryCode: code } : { code })
        if (answer.ok) done()
        else if (answer.data && /ended/.test(answer.message)) window.location.href = '/admin/logout'
        else setError(answer.message)
      }}
    >
      <h3>{text.verifyTitle}</h3>
      <p>{recovery ? text.recovery : text.verifyWhy}</p>
      <input
        name="code"
        inputMode={recovery ? 'text' : 'numeric'}
        autoComplete="one-time-code"
        autoFocus
        value={code}
        onChange={(e) => setCode(e.target.value)}
        style={inputStyle}
      />{' '}
      <button type="submit" className="btn btn--style-primary">
        {text.verify}
      </button>
      <p>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={() => setRecovery(!recovery)}
        >
          {text.useRecovery}
        </button>
      </p>
      {error && (
        <p role="alert" style={{ color: 'var(--theme-error-500)' }}>
          {error}
        </p>
      )}
    </form>
  )
}

/** On a user's page: its two-factor status; set it up on one's own account; an administrator resets another's. */
export function TwoFactorAccount() {
  const text = useText()
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const enabledAt = useFormFields(([fields]) => fields.totpEnabledAt?.value) as string | undefined
  const [settingUp, setSettingUp] = useState(false)
  const [message, setMessage] = useState<string>()
  const own = user && id !== undefined && String(user.id) === String(id)
  const isAdmin = (user as { role?: string } | null)?.role === 'admin'
  if (id === undefined || (!own && !isAdmin)) return null
  return (
    <div className="field-type two-factor" data-testid="two-factor-account" style={{ marginBottom: 'var(--base)' }}>
      <p style={{ margin: 0 }}>{enabledAt ? `${text.on} ${new Date(enabledAt).toLocaleString()}` : text.off}</p>
      {own && !enabledAt && !settingUp && (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => setSettingUp(true)}>
          {text.setupTitle}
        </button>
      )}
      {own && settingUp && <Setup onDone={() => window.location.reload()} />}
      {!own && isAdmin && enabledAt && (
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          onClick={async () => {
            const answer = await post(`${id}/two-factor/reset`)
            setMessage(answer.ok ? text.resetDone : answer.message)
          }}
        >
          {text.reset}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
