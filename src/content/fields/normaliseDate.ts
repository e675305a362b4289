import { ZONE_TIME_ZONE } from './timezone'

/**
 * The ISO 8601 / RFC 3339 forms a date field takes: a day (2026-11-29), or a day and a time of day
 * (T or a space between), with seconds and fractions of seconds optional, and a zone: Z, ±hh:mm, ±hhmm or
 * ±hh. A time without a zone is a time in the zone's time (Beijing), as the admin panel shows and takes it.
 * JavaScript's Date.parse takes far more ("0", "2024", "0,"), and reads a zoneless time in the server's
 * own time zone: neither is accepted here.
 */
const DATE_TEXT =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/

/** The form every date is stored and served in: what Date.prototype.toISOString() gives. */
export const CANONICAL_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** An accepted example, for messages. */
export const DATE_EXAMPLE = '2026-11-29T09:30:00+08:00'

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

/** How far the zone's clock is ahead of UTC at the instant `ms`, in milliseconds. */
function zoneOffsetAt(ms: number): number {
  const parts = Object.fromEntries(zoneParts.formatToParts(new Date(ms)).map((part) => [part.type, part.value]))
  const wall = utc(Number(parts.year), Number(parts.month), Number(parts.day), Number(parts.hour), Number(parts.minute))
  return wall + Number(parts.second) * 1000 - Math.floor(ms / 1000) * 1000
}

/** Date.UTC for any four-digit year (Date.UTC maps years 0–99 to 1900–1999). */
function utc(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, 0, 0)
  return date.getTime()
}

/**
 * A date as the client wrote it → the same instant as `toISOString()` writes it
 * (`YYYY-MM-DDTHH:mm:ss.sssZ`), or undefined when it is no date in an accepted form or names a day
 * that does not exist (2026-02-30). Fractions of seconds beyond milliseconds are cut off.
 *
 *   2026-11-29T09:30:00+08:00 → 2026-11-29T01:30:00.000Z
 *   2026-11-29 09:30          → 2026-11-29T01:30:00.000Z   (no zone: Beijing time)
 *   2026-11-29                → 2026-11-29T00:00:00.000Z   (a day: midnight UTC, as JavaScript reads it)
 */
export function normaliseDate(text: string): string | undefined {
  const match = DATE_TEXT.exec(text.trim())
  if (!match) return undefined
  const [, y, mo, d, h, mi, s, fraction, zone] = match
  const [year, month, day] = [Number(y), Number(mo), Number(d)]
  if (month < 1 || month > 12 || day < 1) return undefined
  const midnight = utc(year, month, day)
  if (new Date(midnight).getUTCDate() !== day) return undefined
  const [hour, minute, second] = [Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)]
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const wall =
    midnight + ((hour * 60 + minute) * 60 + second) * 1000 + Number((fraction ?? '').padEnd(3, '0').slice(0, 3))

  let instant: number
  if (h === undefined) {
    instant = wall
  } else if (zone === undefined) {
    // The wall time in the zone: take its offset there (twice, should the first guess cross a change).
    const guess = wall - zoneOffsetAt(wall)
    instant = wall - zoneOffsetAt(guess)
  } else if (zone === 'Z' || zone === 'z') {
    instant = wall
  } else {
    const digits = zone.slice(1).replace(':', '')
    const [offsetHours, offsetMinutes] = [Number(digits.slice(0, 2)), Number(digits.slice(2) || 0)]
    if (offsetHours > 23 || offsetMinutes > 59) return undefined
    const offset = (offsetHours * 60 + offsetMinutes) * 60_000
    instant = zone.startsWith('-') ? wall + offset : wall - offset
  }
  const result = new Date(instant)
  if (Number.isNaN(result.getTime())) return undefined
  const iso = result.toISOString()
  // Years before 0000 or after 9999 (reachable only through an offset) are written ±YYYYYY: refused.
  return CANONICAL_DATE.test(iso) ? iso : undefined
}
