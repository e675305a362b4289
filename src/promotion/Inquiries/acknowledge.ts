import type { TaskConfig } from 'payload'

import { emailConfigured } from '../../database/email'
import { escapeHtml } from './notify'

/** What the acknowledgement says unless an admin wrote its own (Site settings → Inquiry acknowledgement). */
export const DEFAULT_ACKNOWLEDGEMENT = {
  zh: {
    subject: '我们已收到您的投资咨询（{reference}）',
    body: '{contactName}，您好：\n\n感谢您代表{company}向金桥经济技术开发区咨询。我们已收到您的咨询，编号为 {reference}，将在 5 个工作日内与您联系。\n\n如需补充信息，请回复时注明此编号，或联系 {organisation}：{officePhone}，{officeEmail}。\n\n金桥经济技术开发区管理委员会',
  },
  en: {
    subject: 'We have received your investment inquiry ({reference})',
    body: 'Dear {contactName},\n\nThank you for your inquiry on behalf of {company} to the Jinqiao Economic and Technological Development Zone. It has reached us under the reference {reference}; we will contact you within 5 working days.\n\nTo add anything, quote this reference, or contact {organisation}: {officePhone}, {officeEmail}.\n\nAdministrative Committee of the Jinqiao Economic and Technological Development Zone',
  },
} as const

type Language = keyof typeof DEFAULT_ACKNOWLEDGEMENT

/** The template with its {placeholders} filled; an unknown placeholder stays as it is. */
export const fillTemplate = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole)

let warnedOff = false

/**
 * Emails the investor that their inquiry arrived: in the inquiry's language, with its reference and
 * the office's contact from Site settings, in the words an admin set there (or the defaults above).
 * The log names the inquiry's id only: no address, name or company.
 */
export const acknowledgeInquiryTask: TaskConfig<{ input: { inquiryId: string }; output: { sent: boolean } }> = {
  slug: 'acknowledgeInquiry',
  label: 'Acknowledge an inquiry to the investor',
  inputSchema: [{ name: 'inquiryId', type: 'text', required: true }],
  outputSchema: [{ name: 'sent', type: 'checkbox' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 5_000 } },
  handler: async ({ input, req }) => {
    if (!emailConfigured()) {
      if (!warnedOff) {
        req.payload.logger.warn('Inquiry acknowledgements are off: set SMTP_URL to send them.')
        warnedOff = true
      }
      return { output: { sent: false } }
    }
    const inquiry = await req.payload.findByID({ collection: 'inquiries', id: input.inquiryId, depth: 0, req })
    const language: Language = inquiry.language === 'en' ? 'en' : 'zh'
    const settings = await req.payload.findGlobal({ slug: 'site-settings', locale: language, depth: 0, req })
    const contact = settings.contact ?? {}
    const values = {
      reference: inquiry.reference ?? String(inquiry.id),
      contactName: inquiry.contactName,
      company: inquiry.company,
      organisation: contact.organisation || (language === 'zh' ? '投资促进办公室' : 'the investment promotion office'),
      officePhone: contact.phone || '—',
      officeEmail: contact.email || '—',
    }
    const own = settings.inquiryAcknowledgement
    const subject = fillTemplate(own?.subject || DEFAULT_ACKNOWLEDGEMENT[language].subject, values)
    const text = fillTemplate(own?.body || DEFAULT_ACKNOWLEDGEMENT[language].body, values)
    await req.payload.sendEmail({
      to: inquiry.email,
      ...(contact.email ? { replyTo: contact.email } : {}),
      subject,
      text,
      html: `<div style="white-space:pre-wrap">${escapeHtml(text)}</div>`,
    })
    req.payload.logger.info({ msg: 'Inquiry acknowledgement sent', inquiry: inquiry.id })
    return { output: { sent: true } }
  },
}
