import {
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type Config,
  type FlattenedBlock,
  type FlattenedField,
  type GlobalBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { DATE_EXAMPLE, normaliseDate } from '../content/fields/normaliseDate'
import { badRequest } from './answerClientErrors'
import { normaliseStoredDates } from '../database/migrations/normaliseStoredDates'
import { isNumericIdText, MAX_NUMERIC_ID } from './checkWhere'

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** Field types whose value is one plain value (or, with hasMany, a list of them). Dates: normaliseDates. */
const SCALAR_TYPES = new Set(['text', 'textarea', 'email', 'code', 'number', 'select', 'radio', 'checkbox'])

const isScalar = (value: unknown) =>
  value == null || value instanceof Date || ['string', 'number', 'boolean'].includes(typeof value)

const DATE_MESSAGE = `This must be a date in ISO 8601 form, such as ${DATE_EXAMPLE}, 2026-11-29T01:30:00Z or 2026-11-29; a time without a zone is Beijing time (UTC+8). Dates are stored and served in UTC (…Z).`

type FieldError = { path: string; message: string }

/** What a walk through a document's fields needs to know about the write. */
type DateWalk = {
  errors: FieldError[]
  /** locale=all: a localized field's value is { zh: …, en: … }. */
  allLocales: boolean
  localeCodes: string[]
  blocks: Record<string, FlattenedBlock | undefined>
}

/** One date value → its toISOString() form; "" (a cleared date picker) → null; undefined: no date. */
function normaliseDateValue(value: unknown): string | null | undefined {
  if (value === null || value === '') return null
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString()
  if (typeof value === 'string') return normaliseDate(value)
  return undefined
}

/** A value written { zh: …, en: … } for a localized field under locale=all. */
const isLocaleKeyed = (value: unknown, walk: DateWalk): value is Record<string, unknown> =>
  isPlainObject(value) &&
  Object.keys(value).length > 0 &&
  Object.keys(value).every((key) => walk.localeCodes.includes(key))

/**
 * Rewrites every date in `data` (the fields of one document, group, tab, array row or block) to its
 * toISOString() form, at any depth, and records a field error for every value that is no date.
 */
function normaliseDatesIn(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  path: string,
  walk: DateWalk,
  insideLocalized = false,
) {
  for (const field of fields) {
    if (!(field.name in data)) continue
    const here = path ? `${path}.${field.name}` : field.name
    const localized = 'localized' in field && Boolean(field.localized)
    if (walk.allLocales && localized && !insideLocalized && isLocaleKeyed(data[field.name], walk)) {
      const perLocale = data[field.name] as Record<string, unknown>
      for (const code of Object.keys(perLocale))
        normaliseDateField(field, perLocale, code, `${here}.${code}`, walk, true)
    } else {
      normaliseDateField(field, data, field.name, here, walk, insideLocalized || localized)
    }
  }
}

function normaliseDateField(
  field: FlattenedField,
  holder: Record<string, unknown>,
  key: string,
  path: string,
  walk: DateWalk,
  insideLocalized: boolean,
) {
  const value = holder[key]
  switch (field.type) {
    case 'date': {
      if (value === undefined) return
      const normalised = normaliseDateValue(value)
      if (normalised === undefined) walk.errors.push({ path, message: DATE_MESSAGE })
      else holder[key] = normalised
      return
    }
    case 'group':
    case 'tab':
      if (isPlainObject(value)) normaliseDatesIn(value, field.flattenedFields, path, walk, insideLocalized)
      return
    case 'array':
      if (Array.isArray(value))
        value.forEach((row, index) => {
          if (isPlainObject(row))
            normaliseDatesIn(row, field.flattenedFields, `${path}.${index}`, walk, insideLocalized)
        })
      return
    case 'blocks':
      if (Array.isArray(value))
        value.forEach((row, index) => {
          if (!isPlainObject(row) || typeof row.blockType !== 'string') return
          const block = (field.blockReferences ?? field.blocks)
            .map((candidate) => (typeof candidate === 'string' ? walk.blocks[candidate] : candidate))
            .find((candidate) => candidate?.slug === row.blockType)
          if (block) normaliseDatesIn(row, block.flattenedFields, `${path}.${index}`, walk, insideLocalized)
        })
      return
  }
}

/**
 * Every date of a document to write, at any depth, to the form every adapter then stores and compares
 * alike: UTC ISO-8601 as toISOString() writes it. (SQLite stores a date as the text it is given and
 * compares it as text: "2026-12-01T09:00:00+08:00" would sort after "2026-12-01T05:00:00.000Z".)
 * Timestamps (createdAt, updatedAt) too, where the collection's fields do not list them.
 */
function normaliseDates(data: Record<string, unknown>, fields: FlattenedField[], req: PayloadRequest): FieldError[] {
  const localization = req.payload.config.localization
  const walk: DateWalk = {
    errors: [],
    allLocales: req.locale === 'all',
    localeCodes: localization ? localization.localeCodes : [],
    blocks: req.payload.blocks ?? {},
  }
  normaliseDatesIn(data, fields, '', walk)
  for (const name of ['createdAt', 'updatedAt']) {
    if (!(name in data) || fields.some((field) => field.name === name)) continue
    const normalised = normaliseDateValue(data[name])
    if (normalised === undefined) walk.errors.push({ path: name, message: DATE_MESSAGE })
    else data[name] = normalised
  }
  return walk.errors
}

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
 * Dates, at any depth, are rewritten to UTC ISO-8601 (normaliseDates), or refused naming their path.
 */
function checkPlainValues(
  data: Record<string, unknown>,
  fields: FlattenedField[],
  req: PayloadRequest,
  errors: FieldError[],
) {
  const allLocales = req.locale === 'all'
  // Fields in rows, collapsibles and unnamed tabs are top-level too: flattenedFields lists them.
  for (const field of fields) {
    if (!SCALAR_TYPES.has(field.type) || !(field.name in data)) continue
    if (allLocales && 'localized' in field && field.localized) continue
    const value = data[field.name]
    const values = Array.isArray(value) && 'hasMany' in field && field.hasMany ? value : [value]
    if (!values.every(isScalar))
      errors.push({ path: field.name, message: 'This field takes a plain value, not an object or a list.' })
  }
  if (req.payload.db.defaultIDType === 'number') {
    for (const field of fields) {
      if ((field.type !== 'relationship' && field.type !== 'upload') || typeof field.relationTo !== 'string') continue
      if (!(field.name in data) || (allLocales && field.localized)) continue
      const value = data[field.name]
      const values = Array.isArray(value) && field.hasMany ? value : [value]
      if (!values.every(isNumericId)) errors.push({ path: field.name, message: 'This takes ids (whole numbers).' })
    }
  }
}

const requirePlainValues: CollectionBeforeValidateHook = ({ collection, data, req }) => {
  if (!isPlainObject(data)) return data
  const errors: FieldError[] = []
  checkPlainValues(data, collection.flattenedFields, req, errors)
  errors.push(...normaliseDates(data, collection.flattenedFields, req))
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
  return data
}

/** The same for globals (site settings, zone profile, navigation). */
const requirePlainGlobalValues: GlobalBeforeValidateHook = ({ data, global, req }) => {
  if (!isPlainObject(data)) return data
  const errors: FieldError[] = []
  checkPlainValues(data, global.flattenedFields, req, errors)
  errors.push(...normaliseDates(data, global.flattenedFields, req))
  if (errors.length) throw new ValidationError({ global: global.slug, errors, req }, req.t)
  return data
}

/**
 * Adds the checks to every collection and global. On SQLite, dates stored by older code (in the
 * client's own spelling) are rewritten once at start-up, after the config's own onInit: the same work
 * as the migration, which dev and test databases (whose schema is pushed) never run. It reads only rows
 * not already in toISOString() form: one query per table with date columns when there is nothing to do.
 */
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
  globals: (config.globals ?? []).map((global) => ({
    ...global,
    hooks: {
      ...global.hooks,
      beforeValidate: [requirePlainGlobalValues, ...(global.hooks?.beforeValidate ?? [])],
    },
  })),
  onInit: async (payload) => {
    await config.onInit?.(payload)
    if (payload.db.name !== 'sqlite') return
    try {
      await normaliseStoredDates(payload)
    } catch (error) {
      payload.logger.error({
        err: error,
        msg: 'Dates: could not rewrite stored dates to UTC ISO-8601 at start-up; it is tried again at the next start.',
      })
    }
  },
})
