import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import type { EmailAdapter } from 'payload'

import { ConfigError, isProduction } from '../env'

type SmtpOptions = NonNullable<Parameters<typeof nodemailerAdapter>[0]>['transportOptions']

/** smtp://user:pass@host:587 (STARTTLS when offered), smtps://…:465 (TLS), ?ignoreTLS=true for a local relay. */
export function smtpOptions(raw: string): SmtpOptions {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new ConfigError(`SMTP_URL is not a URL: use smtp://user:password@host:587 or smtps://user:password@host:465.`)
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ConfigError(`SMTP_URL must start with smtp:// or smtps://; got "${url.protocol}//".`)
  }
  const secure = url.protocol === 'smtps:'
  return {
    host: url.hostname,
    port: url.port ? Number(url.port) : secure ? 465 : 587,
    secure,
    auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
    ignoreTLS: url.searchParams.get('ignoreTLS') === 'true',
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  }
}

/**
 * Outgoing email over SMTP (SMTP_URL, e.g. smtps://user:pass@smtp.example.com:465). Without
 * SMTP_URL no email adapter is configured and nothing is sent (inquiry notifications say so once).
 */
export function emailAdapter(): EmailAdapter | Promise<EmailAdapter> | undefined {
  const url = process.env.SMTP_URL?.trim()
  // Development: Payload prints mails to the console (handy for password-reset links). Production
  // without SMTP: mails are dropped with a warning that carries neither recipients nor content.
  if (!url) return isProduction() ? droppingAdapter : undefined
  return nodemailerAdapter({
    defaultFromAddress: process.env.SMTP_FROM?.trim() || 'no-reply@jinqiao.local',
    defaultFromName: process.env.SMTP_FROM_NAME?.trim() || '金桥开发区 Jinqiao CMS',
    transportOptions: smtpOptions(url),
    // The mail server may be down when the CMS starts; sending retries in the jobs queue instead.
    skipVerify: true,
  })
}

const droppingAdapter: EmailAdapter = ({ payload }) => ({
  name: 'disabled',
  defaultFromAddress: 'no-reply@jinqiao.local',
  defaultFromName: 'Jinqiao CMS',
  sendEmail: async () => {
    payload.logger.warn('An email was not sent: SMTP_URL is not set.')
  },
})

export const emailConfigured = (): boolean => Boolean(process.env.SMTP_URL?.trim())

/** Where new-inquiry notifications go (INQUIRY_NOTIFY_TO, comma-separated addresses). */
export const inquiryRecipients = (): string[] =>
  (process.env.INQUIRY_NOTIFY_TO ?? '')
    .split(',')
    .map((a) => a.trim())
    .filter(Boolean)
