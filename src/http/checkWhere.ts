import type { FlattenedField, SanitizedConfig } from 'payload'

/** How a `where` value must look for a field. */
type Kind =
  | { kind: 'id' } // numeric ids: whole numbers
  | { kind: 'date' }
  | { kind: 'number' }
  | { kind: 'checkbox' }
  | { kind: 'choice'; options: string[] } // select, radio: one of the options
  | { kind: 'point' }
  | { kind: 'text' } // text, textarea, email, code, and whatever else compares as text

const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const GEO_OPERATORS = new Set(['near', 'within', 'intersects'])
const TEXT_OPERATORS = new Set(['like', 'not_like', 'contains'])
const ORDER_OPERATORS = new Set(['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal'])
const BOOLEAN = new Set(['true', 'false', '1', '0'])

/** The largest numeric id: PostgreSQL's serial ids are 32-bit integers, and refuse a larger number. */
export const MAX_NUMERIC_ID = 2_147_483_647

/** A numeric id as text: a whole number within MAX_NUMERIC_ID. */
export const isNumericIdText = (value: string): boolean => /^\d{1,10}$/.test(value) && Number(value) <= MAX_NUMERIC_ID

const optionValues = (field: FlattenedField): string[] =>
  'options' in field && Array.isArray(field.options)
    ? field.options.map((o) => (typeof o === 'string' ? o : String(o.value)))
    : []

/**
 * Checks the values of a REST `where` tree against the fields they name, before Payload builds a query
 * from them. Payload passes most mismatches to the database, which answers with an error — a 500 — on
 * an object for a value ("[object Object]"), a word for a numeric id (NaN), a word for a date, `like`
 * on a number or on a choice (PostgreSQL enums), a value that is not one of a choice's options, or a
 * geo operator on anything but a point. Paths through relationships and groups (`park.kind`) are
 * followed; a path it cannot resolve is left to Payload, which refuses unknown paths with a 400.
 */
export function whereChecker(config: SanitizedConfig, idType: 'number' | 'text') {
  const fieldsOf = new Map<string, FlattenedField[]>(config.collections.map((c) => [c.slug, c.flattenedFields]))
  const kindOfField = (field: FlattenedField): Kind => {
    switch (field.type) {
      case 'date':
        return { kind: 'date' }
      case 'number':
        return { kind: 'number' }
      case 'checkbox':
        return { kind: 'checkbox' }
      case 'point':
        return { kind: 'point' }
      case 'select':
      case 'radio':
        return { kind: 'choice', options: optionValues(field) }
      case 'relationship':
      case 'upload':
        return idType === 'number' && typeof field.relationTo === 'string' ? { kind: 'id' } : { kind: 'text' }
      default:
        return { kind: 'text' }
    }
  }
  /** The kind of the field a dotted path ends on, or undefined when the path leads nowhere known. */
  const resolve = (collection: string, path: string): Kind | undefined => {
    let fields = fieldsOf.get(collection)
    const names = path.split('.')
    for (const [i, name] of names.entries()) {
      if (!fields) return undefined
      const last = i === names.length - 1
      if (name === 'id' && last) return idType === 'number' ? { kind: 'id' } : { kind: 'text' }
      const field = fields.find((f) => f.name === name)
      if (!field) return undefined
      if (last) return kindOfField(field)
      if ((field.type === 'relationship' || field.type === 'upload') && typeof field.relationTo === 'string') {
        // `industries.id` is the relationship itself.
        if (names[i + 1] === 'id' && i + 1 === names.length - 1) return kindOfField(field)
        fields = fieldsOf.get(field.relationTo)
      } else if (field.type === 'group' || field.type === 'tab') fields = field.flattenedFields
      else return undefined
    }
    return undefined
  }

  const valueProblem = (kind: Kind, value: string): string | undefined => {
    // Payload reads "null" as no value for ids, relationships and dates; a choice column (a PostgreSQL
    // enum) would be compared with the text "null" and fail.
    if (value === 'null' && kind.kind !== 'choice') return undefined
    switch (kind.kind) {
      case 'id':
        return isNumericIdText(value.replace(/^-/, '')) ? undefined : `holds ids, whole numbers up to ${MAX_NUMERIC_ID}`
      case 'date':
        return Number.isNaN(Date.parse(value)) ? 'is a date (ISO 8601, e.g. 2026-01-31T00:00:00Z)' : undefined
      case 'number':
        return value.trim() !== '' && Number.isFinite(Number(value)) ? undefined : 'is a number'
      case 'checkbox':
        return BOOLEAN.has(value) ? undefined : 'is true or false'
      case 'choice':
        // PostgreSQL stores choices as enums, and refuses any other value outright.
        return kind.options.includes(value)
          ? undefined
          : `is one of ${kind.options.map((o) => `"${o}"`).join(', ')}${value === 'null' ? ' (for items without one: [exists]=false)' : ''}`
      default:
        return undefined
    }
  }

  const check = (collection: string | undefined, where: unknown, problems: string[], at: string): void => {
    if (typeof where !== 'object' || where === null) return
    for (const [key, value] of Object.entries(where)) {
      if (problems.length >= 5) return
      if (key === 'and' || key === 'or') {
        for (const [i, branch] of Object.entries(value ?? {}))
          check(collection, branch, problems, `${at}[${key}][${i}]`)
        continue
      }
      if (typeof value !== 'object' || value === null) continue
      const kind = collection
        ? resolve(collection, key)
        : key === 'createdAt' || key === 'updatedAt'
          ? ({ kind: 'date' } as const)
          : undefined
      for (const [operator, operand] of Object.entries(value)) {
        const name = `${at}[${key}][${operator}]`
        if (GEO_OPERATORS.has(operator)) {
          // GeoJSON operands are objects by nature.
          if (kind && kind.kind !== 'point')
            problems.push(`${name}: ${operator} applies to point (location) fields only.`)
          continue
        }
        const list = LIST_OPERATORS.has(operator)
        if (Array.isArray(operand) && !list) {
          problems.push(`${name} takes one value; only in, not_in and all take a list.`)
          continue
        }
        const values = Array.isArray(operand) ? operand : [operand]
        if (values.some((v) => typeof v === 'object' && v !== null)) {
          problems.push(`${name} must be a value${list ? ' or a list of values' : ''}, not an object.`)
          continue
        }
        if (!kind || operator === 'exists') continue
        if (TEXT_OPERATORS.has(operator) && kind.kind !== 'text') {
          problems.push(`${name}: ${operator} compares text; "${key}" is not a text field (use equals or in).`)
          continue
        }
        if (ORDER_OPERATORS.has(operator) && (kind.kind === 'choice' || kind.kind === 'checkbox')) {
          problems.push(`${name}: "${key}" has no order (use equals or in).`)
          continue
        }
        const items = values.flatMap((v) => (list ? String(v).split(',') : [String(v)])).map((v) => v.trim())
        for (const item of items) {
          const problem = valueProblem(kind, item)
          if (problem) {
            problems.push(`${name}: "${key}" ${problem}; got ${JSON.stringify(item)}.`)
            break
          }
        }
      }
    }
  }

  return (collection: string | undefined, where: unknown): string[] => {
    const problems: string[] = []
    check(collection, where, problems, 'where')
    return problems
  }
}
