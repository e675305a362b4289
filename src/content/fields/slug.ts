import {
  type CollectionSlug,
  type FieldHook,
  type PayloadRequest,
  type TextField,
  ValidationError,
  type Where,
} from 'payload'

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

const inChinese = (req: Pick<PayloadRequest, 'i18n'> | undefined): boolean => req?.i18n?.language === 'zh'

/**
 * Refuses a slug another document of the collection already has (saved or in its latest draft), at
 * the field and in the editor's language. The database's unique index would refuse it too, but only
 * when the row is written (a draft of an existing document never is) and with a bare "Value must be
 * unique".
 */
const refuseTakenSlug: FieldHook = async ({ value, collection, originalDoc, req }) => {
  if (typeof value !== 'string' || !value || !collection) return value
  if (originalDoc?.slug === value) return value
  const titleField = collection.admin?.useAsTitle ?? 'id'
  const where: Where = {
    and: [{ slug: { equals: value } }, ...(originalDoc?.id ? [{ id: { not_equals: originalDoc.id } }] : [])],
  }
  // The saved documents, and — with drafts — the latest draft of each, where a new slug first lives.
  const found = await Promise.all(
    [false, ...(collection.versions?.drafts ? [true] : [])].map((draft) =>
      req.payload.find({ collection: collection.slug as CollectionSlug, where, draft, limit: 1, depth: 0, req }),
    ),
  )
  const other = found.flatMap(({ docs }) => docs)[0]
  if (!other) return value
  // The title field is named by the collection's config, not known to its type.
  const title = String(Reflect.get(other, titleField) ?? other.id)
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [
        {
          path: 'slug',
          message: inChinese(req)
            ? `网址标识“${value}”已被“${title}”使用。请换一个：每个条目需要自己的网址。`
            : `The slug "${value}" is already used by "${title}". Choose another one: each item needs an address of its own.`,
        },
      ],
    },
    req.t,
  )
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
    // Also after a draft save, which Payload does not validate: a slug in use is said at the field.
    components: { Error: '/admin/FieldErrorAfterSave#FieldErrorAfterSave' },
  },
  hooks: { beforeValidate: [fillSlug(sourceField)], beforeChange: [refuseTakenSlug] },
  validate: (value: unknown, { req }: { req?: Pick<PayloadRequest, 'i18n'> }) => {
    if (typeof value !== 'string' || !value) {
      return inChinese(req)
        ? '请填写网址标识，或填写英文标题以自动生成。'
        : 'A slug is required: enter one, or give the document an English title to make it from.'
    }
    if (SLUG_PATTERN.test(value)) return true
    return inChinese(req)
      ? `“${value}”不是有效的网址标识：请只用小写字母、数字和单个连字符（例如“south-park”）。`
      : `"${value}" is not a valid slug: use lower-case letters, digits and single hyphens (for example "south-park").`
  },
})
