import type { OptionObject } from 'payload'

/** Select options from a list of `{ value, en, zh }`, labelled in the admin panel's language. */
export const bilingualOptions = (list: readonly { value: string; en: string; zh: string }[]): OptionObject[] =>
  list.map(({ value, en, zh }) => ({ value, label: { en, zh } }))
