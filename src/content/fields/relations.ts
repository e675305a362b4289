import type { RelationshipField } from 'payload'

/** The parks a document concerns (many). */
export const parksField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'parks',
    type: 'relationship',
    relationTo: 'parks',
    hasMany: true,
    index: true,
    label: { en: 'Parks', zh: '相关园区' },
    ...overrides,
  }) as RelationshipField

/** The industries a document concerns (many). */
export const industriesField = (overrides: Partial<RelationshipField> = {}): RelationshipField =>
  ({
    name: 'industries',
    type: 'relationship',
    relationTo: 'industries',
    hasMany: true,
    index: true,
    label: { en: 'Industries', zh: '相关产业' },
    ...overrides,
  }) as RelationshipField
