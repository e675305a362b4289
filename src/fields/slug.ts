import type { FieldHook, TextField } from 'payload'

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

/** Lower-case ASCII words joined by hyphens; Chinese-only text gives an empty string. */
export const slugify = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 96)
    .replace(/-+$/, '')

/**
 * Fills an empty slug from the English title (or the title in the current locale) when a document is
 * saved. Once set, the slug stays as it is when the title changes, so published URLs stay stable.
 */
const fillSlug =
  (sourceField: string): FieldHook =>
  ({ value, data, originalDoc, req }) => {
    if (typeof value === 'string' && value.trim()) return value.trim().toLowerCase()
    if (originalDoc?.slug) return originalDoc.slug
    const source = data?.[sourceField]
    const candidates = [
      typeof source === 'object' && source ? source.en : undefined,
      req.locale === 'en' && typeof source === 'string' ? source : undefined,
      typeof source === 'string' ? source : undefined,
    ]
    for (const candidate of candidates) {
      const slug = typeof candidate === 'string' ? slugify(candidate) : ''
      if (slug) return slug
    }
    return value
  }

export const slugField = (sourceField: string): TextField => ({
  name: 'slug',
  type: 'text',
  label: { en: 'Slug (URL)', zh: '网址标识' },
  index: true,
  unique: true,
  required: true,
  admin: {
    position: 'sidebar',
    description: {
      en: 'Lower-case letters, digits and hyphens. Left empty, it is made from the English title.',
      zh: '小写字母、数字和连字符。留空时按英文标题自动生成。',
    },
  },
  hooks: { beforeValidate: [fillSlug(sourceField)] },
  validate: (value: unknown) => {
    if (typeof value !== 'string' || !value) {
      return 'A slug is required: enter one, or give the document an English title to make it from.'
    }
    return SLUG_PATTERN.test(value)
      ? true
      : `"${value}" is not a valid slug: use lower-case letters, digits and single hyphens (for example "south-park").`
  },
})
