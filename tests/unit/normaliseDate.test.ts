import { CANONICAL_DATE, DATE_EXAMPLE, normaliseDate } from '../../src/content/fields/normaliseDate'

describe('normaliseDate', () => {
  it.each([
    // Already stored form, and Z.
    ['2026-11-29T01:30:00.000Z', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T01:30:00Z', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T01:30Z', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29t01:30:00z', '2026-11-29T01:30:00.000Z'],
    // Positive offsets, in each spelling.
    ['2026-11-29T09:30:00+08:00', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T09:30:00+0800', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T09:30:00+08', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T05:30:00+05:30', '2026-11-29T00:00:00.000Z'],
    // Across midnight: +08:00 early in the morning is the day before in UTC.
    ['2026-12-01T03:00:00+08:00', '2026-11-30T19:00:00.000Z'],
    // Negative offsets.
    ['2026-11-29T09:30:00-05:00', '2026-11-29T14:30:00.000Z'],
    ['2026-11-29T09:30-0500', '2026-11-29T14:30:00.000Z'],
    ['2026-12-31T20:00:00-05:00', '2027-01-01T01:00:00.000Z'],
    ['2026-11-29T09:30:00+00:00', '2026-11-29T09:30:00.000Z'],
    ['2026-11-29T09:30:00-00:00', '2026-11-29T09:30:00.000Z'],
    // A space instead of T.
    ['2026-11-29 09:30:00Z', '2026-11-29T09:30:00.000Z'],
    ['2026-11-29 09:30:00+08:00', '2026-11-29T01:30:00.000Z'],
    // No zone: Beijing time (UTC+8).
    ['2026-11-29T09:30', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29 09:30', '2026-11-29T01:30:00.000Z'],
    ['2026-11-29T09:30:15.5', '2026-11-29T01:30:15.500Z'],
    ['2026-01-01T03:00:00', '2025-12-31T19:00:00.000Z'],
    // A day alone: midnight UTC, as JavaScript reads it.
    ['2026-11-29', '2026-11-29T00:00:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    // Fractions of seconds: padded to, or cut at, milliseconds.
    ['2026-11-29T09:30:00.1Z', '2026-11-29T09:30:00.100Z'],
    ['2026-11-29T09:30:00.123456789Z', '2026-11-29T09:30:00.123Z'],
    ['2026-11-29T09:30:00.999999+08:00', '2026-11-29T01:30:00.999Z'],
    // Surrounding white space.
    ['  2026-11-29T09:30:00Z\n', '2026-11-29T09:30:00.000Z'],
  ])('%j → %j', (input, expected) => {
    expect(normaliseDate(input)).toBe(expected)
  })

  it.each([
    // Days that do not exist (Date.parse would roll them over).
    '2026-02-30',
    '2026-02-29',
    '2026-04-31',
    '2026-13-01',
    '2026-00-10',
    '2026-11-00',
    '2026-02-30T09:00:00+08:00',
    // Times that do not exist.
    '2026-11-29T24:00',
    '2026-11-29T09:60',
    '2026-11-29T09:30:60Z',
    '2026-11-29T09:30+24:00',
    '2026-11-29T09:30+08:60',
    // Not ISO 8601 dates (Date.parse takes some of them).
    '0',
    '2026',
    '2026-11',
    '2026-1-9',
    '2026-11-29T9:30',
    '2026-11-29T09',
    '29/11/2026',
    'Sun Nov 29 2026',
    'Sun, 29 Nov 2026 09:30:00 GMT',
    '2026-11-29T09:30:00 +08:00',
    '2026-11-29T09:30:00.Z',
    '2026-11-29T09:30:00.1234567890Z',
    '+002026-11-29T09:30:00Z',
    '',
    '   ',
    // Out of the four-digit years once the offset is applied.
    '0000-01-01T00:00+08:00',
    '9999-12-31T23:59:59-01:00',
  ])('%j is refused', (input) => {
    expect(normaliseDate(input)).toBeUndefined()
  })

  it('gives what toISOString gives, and leaves that form as it is', () => {
    const now = new Date()
    expect(normaliseDate(now.toISOString())).toBe(now.toISOString())
    expect(CANONICAL_DATE.test(normaliseDate(DATE_EXAMPLE) ?? '')).toBe(true)
  })

  it('reads a time without a zone the same whatever the server’s time zone', () => {
    // The table above already runs in the process's zone; the answer must not depend on it.
    const before = process.env.TZ
    try {
      process.env.TZ = 'America/New_York'
      expect(normaliseDate('2026-07-01 08:00')).toBe('2026-07-01T00:00:00.000Z')
    } finally {
      if (before === undefined) delete process.env.TZ
      else process.env.TZ = before
    }
  })
})
