import type { TaskConfig } from 'payload'

import { serverURL } from '../../env'
import { emailConfigured, inquiryRecipients } from '../../database/email'

type Named = { name?: string | null } | number | string | null | undefined

const names = (items: Named[] | null | undefined): string =>
  (items ?? []).map((item) => (typeof item === 'object' && item?.name) || String(item)).join(', ') || '—'

/** Text as HTML shows it, for the emails' HTML parts. */
export const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)

let warnedOff = false

/**
 * Emails the promotion office about a new inquiry. The mail carries what the office needs to triage
 * it (company, country, interests, message) and a link to the panel; the contact details stay in the
 * panel, where only admins and publishers see them. Nothing personal is logged.
 */
export const notifyInquiryTask: TaskConfig<{ input: { inquiryId: string }; output: { sent: boolean } }> = {
  slug: 'notifyInquiry',
  label: 'Notify the promotion office of a new inquiry',
  inputSchema: [{ name: 'inquiryId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    const to = inquiryRecipients()
    if (!to.length || !emailConfigured()) {
      if (!warnedOff) {
        req.payload.logger.warn('Inquiry notifications are off: set SMTP_URL and INQUIRY_NOTIFY_TO to receive them.')
        warnedOff = true
      }
      return { output: { sent: false } }
    }
    const inquiry = await req.payload.findByID({
      collection: 'inquiries',
      id: input.inquiryId,
      depth: 1,
      locale: 'zh',
      fallbackLocale: 'en',
      req,
    })
    const link = `${serverURL() || 'http://localhost:3000'}/admin/collections/inquiries/${inquiry.id}`
    const lines: [string, string][] = [
      ['Company / 公司', inquiry.company],
      ['Country or region / 国家或地区', inquiry.country],
      ['Industries / 意向产业', names(inquiry.industries as Named[])],
      ['Parks / 意向园区', names(inquiry.parks as Named[])],
      ['Language / 语言', inquiry.language ?? 'zh'],
    ]
    const text = [
      `A new investor inquiry (#${inquiry.id}) arrived. 收到新的投资咨询（#${inquiry.id}）。`,
      '',
      ...lines.map(([k, v]) => `${k}: ${v}`),
      '',
      'Message / 咨询内容:',
      inquiry.message,
      '',
      `Contact details and the pipeline / 联系方式与处理进度: ${link}`,
    ].join('\n')
    const html = `<p>A new investor inquiry (#${inquiry.id}) arrived. 收到新的投资咨询（#${inquiry.id}）。</p>
<table>${lines.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(String(v))}</td></tr>`).join('')}</table>
<p><strong>Message / 咨询内容</strong></p><p style="white-space:pre-wrap">${escapeHtml(inquiry.message)}</p>
<p><a href="${escapeHtml(link)}">Open in the CMS / 在管理后台查看</a></p>`
    await req.payload.sendEmail({
      to,
      subject: `[Jinqiao] New investor inquiry #${inquiry.id} · 新投资咨询 — ${inquiry.company}`,
      text,
      html,
    })
    req.payload.logger.info({ msg: 'Inquiry notification sent', inquiry: inquiry.id })
    return { output: { sent: true } }
  },
}
