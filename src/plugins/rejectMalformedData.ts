import {
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type Config,
  ValidationError,
} from 'payload'

import { badRequest } from '../hooks/answerClientErrors'
import { isNumericIdText, MAX_NUMERIC_ID } from '../server/checkWhere'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Field types whose value is one plain value (or, with hasMany, a list of them). */
const SCALAR_TYPES = new Set(['text', 'textarea', 'email', 'code', 'number', 'date', 'select', 'radio', 'checkbox'])

const isScalar = (value: unknown) =>
  value == null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)
const isDate = (value: unknown) =>
  value == null || value instanceof Date || (typeof value === 'string' && !Number.isNaN(Date.parse(value)))

/** A document to write is a JSON object; Payload fails with a 500 on a string, a number or a list. */
const requireObject: CollectionBeforeOperationHook = ({ args, operation }) => {
  const data = (args as { data?: unknown }).data
  if ((operation === 'create' || operation === 'update') && data !== undefined && !isPlainObject(data)) {
    throw badRequest('The document must be a JSON object ({ … }).')
  }
}

/** A numeric id as a client may send it: 12, "12", or a document { id: 12 }. */
const isNumericId = (value: unknown): boolean =>
  value == null ||
  (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 && value <= MAX_NUMERIC_ID) ||
  (typeof value === 'string' && isNumericIdText(value)) ||
  (isPlainObject(value) && isNumericId(value.id) && value.id != null)

/**
 * Payload lets an object through the validation of a text, number or date field, and createdAt /
 * updatedAt are not validated at all; the database then refuses "[object Object]" and the client gets
 * a 500. Top-level fields of those kinds must hold plain values. Likewise a relationship given a
 * fraction or a word where ids are whole numbers: stored, it broke every later read of the document.
 */
const requirePlainValues: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!isPlainObject(data)) return data
  const allLocales = req.locale === 'all'
  const errors: { path: string; message: string }[] = []
  // Fields in rows, collapsibles and unnamed tabs are top-level too: flattenedFields lists them.
  for (const field of collection.flattenedFields) {
    if (!SCALAR_TYPES.has(field.type) || !(field.name in data)) continue
    if (allLocales && 'localized' in field && field.localized) continue
    const value = data[field.name]
    const values = Array.isArray(value) && 'hasMany' in field && field.hasMany ? value : [value]
    if (!values.every(isScalar))
      errors.push({ path: field.name, message: 'This field takes a plain value, not an object or a list.' })
  }
  if (req.payload.db.defaultIDType === 'number') {
    for (const field of collection.flattenedFields) {
      if ((field.type !== 'relationship' && field.type !== 'upload') || typeof field.relationTo !== 'string') continue
      if (!(field.name in data) || (allLocales && field.localized)) continue
      const value = data[field.name]
      const values = Array.isArray(value) && field.hasMany ? value : [value]
      if (!values.every(isNumericId)) errors.push({ path: field.name, message: 'This takes ids (whole numbers).' })
    }
  }
  for (const name of ['createdAt', 'updatedAt']) {
    if (name in data && !isDate(data[name])) errors.push({ path: name, message: 'This must be a date (ISO 8601).' })
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** Adds both checks to every collection. */
export const rejectMalformedData = (config: Config): Config => ({
  ...config,
  collections: (config.collections ?? []).map((collection) => ({
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeOperation: [requireObject, ...(collection.hooks?.beforeOperation ?? [])],
      beforeValidate: [requirePlainValues, ...(collection.hooks?.beforeValidate ?? [])],
    },
  })),
})
