import type { Field, Plugin } from 'payload'

const LABELS: Record<string, { en: string; zh: string }> = {
  meta: { en: 'SEO', zh: '搜索引擎优化（SEO）' },
  title: { en: 'Meta title', zh: 'SEO 标题' },
  description: { en: 'Meta description', zh: 'SEO 描述' },
  image: { en: 'Meta image', zh: 'SEO 图片' },
}

/** The plugin's group (named "meta", labelled "SEO"), with bilingual labels on it and its fields. */
const withLabels = (field: Field): Field =>
  field.type === 'group' && 'name' in field && field.name === 'meta' && field.label === 'SEO'
    ? {
        ...field,
        label: LABELS.meta,
        fields: field.fields.map((child) =>
          'name' in child && LABELS[child.name] ? ({ ...child, label: LABELS[child.name] } as Field) : child,
        ),
      }
    : field

/**
 * Bilingual labels for the SEO plugin's "meta" group, whose labels are English only ("SEO", "Title",
 * "Description", "Meta Image") and would show untranslated in the Chinese admin. Runs after seoPlugin.
 */
export const seoLabels: Plugin = (config) => ({
  ...config,
  collections: config.collections?.map((collection) => ({ ...collection, fields: collection.fields.map(withLabels) })),
  globals: config.globals?.map((global) => ({ ...global, fields: global.fields.map(withLabels) })),
})
