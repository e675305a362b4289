'use client'
import { useAuth, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type Session = {
  id: string
  createdAt: string
  lastSeenAt: string
  device: string | null
  ip: string | null
  current: boolean
}

const TEXT = {
  en: {
    title: 'Signed-in sessions',
    current: 'this session',
    since: 'since',
    seen: 'last active',
    end: 'End',
    none: 'No other session.',
    everywhere: 'Sign out everywhere',
    everywhereDone: (n: number) => `Signed out everywhere: ${n} session(s) ended.`,
    unknownDevice: 'Unknown device',
  },
  zh: {
    title: '登录会话',
    current: '当前会话',
    since: '登录于',
    seen: '最近活动',
    end: '结束',
    none: '没有其他会话。',
    everywhere: '在所有设备上登出',
    everywhereDone: (n: number) => `已在所有设备上登出：结束 ${n} 个会话。`,
    unknownDevice: '未知设备',
  },
}

/** A browser's description, shortened to what a person recognises ("Chrome on Windows"). */
const describe = (device: string | null, unknown: string): string => {
  if (!device) return unknown
  const browser = /Edg\//.test(device)
    ? 'Edge'
    : /Chrome\//.test(device)
      ? 'Chrome'
      : /Firefox\//.test(device)
        ? 'Firefox'
        : /Safari\//.test(device)
          ? 'Safari'
          : device.split(/[ /]/)[0]
  const system = /Windows/.test(device)
    ? 'Windows'
    : /Mac OS X|Macintosh/.test(device)
      ? 'macOS'
      : /Android/.test(device)
        ? 'Android'
        : /iPhone|iPad/.test(device)
          ? 'iOS'
          : /Linux/.test(device)
            ? 'Linux'
            : ''
  return system ? `${browser} · ${system}` : String(browser)
}

const when = (iso: string, language: string) =>
  new Date(iso).toLocaleString(language === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' })

/**
 * On one's own account page: every session signed in as this account (device, address, since when,
 * last activity), each of which can be ended. On another account's page, for administrators: sign it
 * out everywhere.
 */
export function SessionList() {
  const { id } = useDocumentInfo()
  const { user } = useAuth()
  const { i18n } = useTranslation()
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const text = TEXT[language]
  const own = user && id !== undefined && String(user.id) === String(id)
  const isAdmin = (user as { role?: string } | null)?.role === 'admin'
  const [sessions, setSessions] = useState<Session[]>()
  const [message, setMessage] = useState<string>()

  const load = useCallback(async () => {
    const response = await fetch('/api/users/sessions', { credentials: 'include' })
    if (response.ok) setSessions(((await response.json()) as { sessions: Session[] }).sessions)
  }, [])
  useEffect(() => {
    if (own) void load()
  }, [own, load])

  if (own) {
    return (
      <div className="field-type session-list" data-testid="session-list" style={{ marginBottom: 'var(--base)' }}>
        <div className="field-label">{text.title}</div>
        <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {(sessions ?? []).map((session) => (
            <li key={session.id} style={{ marginBottom: 'calc(var(--base) / 2)' }} data-testid="session">
              <strong>{describe(session.device, text.unknownDevice)}</strong>
              {session.current ? ` (${text.current})` : ''}
              <br />
              <small>
                {session.ip ?? '—'} · {text.since} {when(session.createdAt, language)} · {text.seen}{' '}
                {when(session.lastSeenAt, language)}
              </small>
              {!session.current && (
                <button
                  type="button"
                  className="btn btn--style-secondary btn--size-small"
                  style={{ marginLeft: 8 }}
                  onClick={async () => {
                    await fetch(`/api/users/sessions/${encodeURIComponent(session.id)}`, {
                      method: 'DELETE',
                      credentials: 'include',
                    })
                    await load()
                  }}
                >
                  {text.end}
                </button>
              )}
            </li>
          ))}
        </ul>
        {sessions && sessions.length <= 1 && <small>{text.none}</small>}
      </div>
    )
  }
  if (!isAdmin || id === undefined) return null
  return (
    <div className="field-type session-list" style={{ marginBottom: 'var(--base)' }}>
      <button
        type="button"
        className="btn btn--style-secondary btn--size-small"
        data-testid="sign-out-everywhere"
        onClick={async () => {
          const response = await fetch(`/api/users/${id}/end-sessions`, { method: 'POST', credentials: 'include' })
          const answer = (await response.json().catch(() => ({}))) as { ended?: number; errors?: { message: string }[] }
          setMessage(response.ok ? text.everywhereDone(answer.ended ?? 0) : (answer.errors?.[0]?.message ?? ''))
        }}
      >
        {text.everywhere}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
