import crypto from 'node:crypto'

import type { CollectionBeforeChangeHook } from 'payload'

import { ZONE_TIME_ZONE } from '../../content/fields/timezone'
import type { Inquiry } from '../../payload-types'

/** Letters and digits nobody misreads on the phone: no 0/O, 1/I/L. */
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'

/**
 * An inquiry's reference, given to the investor: `JQ-<year in Beijing>-<6 characters>`, for example
 * JQ-2026-7KQ4MX. Random rather than a running number, so that it tells nothing of how many came before.
 */
export function newReference(now = new Date()): string {
  const year = new Intl.DateTimeFormat('en', { timeZone: ZONE_TIME_ZONE, year: 'numeric' }).format(now)
  const bytes = crypto.randomBytes(6)
  return `JQ-${year}-${Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('')}`
}

/** A new inquiry gets its reference from the server (the field takes no input). */
export const assignReference: CollectionBeforeChangeHook<Inquiry> = ({ data, operation }) =>
  operation === 'create' ? { ...data, reference: newReference() } : data
