import type { Field } from 'payload'

type Label = { en: string; zh: string }

/** A required title in both languages, as the promotion collections use it. */
export const titleField = (): Field => ({
  name: 'title',
  type: 'text',
  label: { en: 'Title', zh: '标题' },
  required: true,
  localized: true,
  maxLength: 300,
})

/** The summary every public document carries: short, plain text, in both languages. */
export const summaryField = (label: Label = { en: 'Summary', zh: '摘要' }): Field => ({
  name: 'summary',
  type: 'textarea',
  label,
  localized: true,
  maxLength: 600,
})

/** The rich-text body, in both languages. */
export const bodyField = (label: Label = { en: 'Body', zh: '正文' }): Field => ({
  name: 'body',
  type: 'richText',
  label,
  localized: true,
})
