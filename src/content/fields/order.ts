import type { NumberField } from 'payload'

/** A manual sort position for short lists the committee curates (parks, industries). */
export const orderField = (): NumberField => ({
  name: 'order',
  type: 'number',
  label: { en: 'Order', zh: '排序' },
  defaultValue: 100,
  index: true,
  admin: { position: 'sidebar', description: { en: 'Lower comes first.', zh: '数值越小越靠前。' } },
})
