import type { DateFieldValidation } from 'payload'

/** An expiry must come after the publication date. */
export const validateExpiry: DateFieldValidation = (value, { siblingData }) => {
  if (!value) return true
  const expires = new Date(value as Date | string)
  if (Number.isNaN(expires.getTime())) return 'The expiry time is not a valid date.'
  const published = (siblingData as { publishedAt?: string | null }).publishedAt
  if (published && expires <= new Date(published)) {
    return 'The expiry time must come after the publication date.'
  }
  return true
}
