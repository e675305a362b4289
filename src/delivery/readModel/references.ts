/**
 * Which documents a document shows: the "collection:id" pairs written into its snapshots' `refs`, so
 * that a change of one of them finds the snapshots to rewrite (see markReferencing in background.ts).
 * Pure: reads a document's stored data (depth 0) and its collection's fields.
 */
import type { FlattenedField } from 'payload'

type Doc = Record<string, unknown>

const idOf = (value: unknown): string =>
  String(value && typeof value === 'object' && 'id' in value ? (value as { id: unknown }).id : value)

/** Every `{ relationTo, value }` pair inside a value: polymorphic relations, rich-text uploads, links. */
function collectTagged(value: unknown, refs: Set<string>): void {
  if (Array.isArray(value)) {
    for (const item of value) collectTagged(item, refs)
    return
  }
  if (!value || typeof value !== 'object') return
  const node = value as Doc
  if (typeof node.relationTo === 'string' && node.value !== undefined && node.value !== null) {
    refs.add(`${node.relationTo}:${idOf(node.value)}`)
  }
  for (const child of Object.values(node)) if (child && typeof child === 'object') collectTagged(child, refs)
}

/** The documents a document's JSON shows (populated or as ids): "collection:id". */
export function collectRefs(fields: FlattenedField[], data: unknown, refs: Set<string>): void {
  if (!data || typeof data !== 'object') return
  for (const field of fields) {
    if (!('name' in field)) continue
    const value = (data as Doc)[field.name]
    if (value === undefined || value === null) continue
    switch (field.type) {
      case 'relationship':
      case 'upload':
        if (Array.isArray(field.relationTo)) collectTagged(value, refs)
        else for (const item of Array.isArray(value) ? value : [value]) refs.add(`${field.relationTo}:${idOf(item)}`)
        break
      case 'group':
      case 'tab':
        collectRefs(field.flattenedFields, value, refs)
        break
      case 'array':
        if (Array.isArray(value)) for (const row of value) collectRefs(field.flattenedFields, row, refs)
        break
      case 'blocks':
      case 'richText':
      case 'json':
        collectTagged(value, refs)
        break
      default:
    }
  }
}
