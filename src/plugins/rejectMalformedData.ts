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
/**
 * A date as an ISO 8601 string: 2026-11-29, 2026-11-29T08:00, 2026-11-29T08:00:00.000Z, 2026-11-29T08:00+08:00.
 * JavaScript's Date.parse takes far more ("0", "2024", "0,"), which PostgreSQL then refuses with a 500.
 */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/
/** The day exists: 2026-02-30 is refused (Date.parse would roll it over to March). */
const isCalendarDay = (text: string) => {
  const [year, month, day] = text.slice(0, 10).split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
const isDateText = (text: string) => ISO_DATE.test(text) && isCalendarDay(text) && !Number.isNaN(Date.parse(text))
const isDate = (value: unknown) =>
  value == null ||
  (value instanceof Date && !Number.isNaN(value.getTime())) ||
  (typeof value === 'string' && isDateText(value.trim()))
const DATE_MESSAGE = 'This must be a date in ISO 8601 form, such as 2026-11-29 or 2026-11-29T09:30:00+08:00.'

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
    else if (field.type === 'date') {
      // A cleared date picker may send "": that is no date.
      if (value === '') data[field.name] = null
      else if (!isDate(value)) errors.push({ path: field.name, message: DATE_MESSAGE })
    }
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
  // Timestamps are date fields in flattenedFields for most collections; check them where they are not.
  for (const name of ['createdAt', 'updatedAt']) {
    if (collection.flattenedFields.some((field) => field.name === name)) continue
    if (name in data && !isDate(data[name])) errors.push({ path: name, message: DATE_MESSAGE })
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
