import type { ICalDayJsStub, ICalTimezone } from 'ical-generator'

import { ZONE_TIME_ZONE } from '../../content/fields/timezone'

/**
 * Beijing time for iCalendar. Asia/Shanghai is UTC+08:00 all year (no daylight saving time since
 * 1991), so a fixed offset is exact: no time zone database needed, neither here nor in the VTIMEZONE.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONE_TIME_ZONE}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0800',
  'TZOFFSETTO:+0800',
  'TZNAME:CST',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n')

/**
 * The calendar's time zone definitions: a VTIMEZONE for each TZID its events use. No name of its own:
 * ical-generator writes DTSTAMP, CREATED and LAST-MODIFIED in the calendar's zone, and RFC 5545 wants
 * those in UTC.
 */
export const calendarTimeZones: ICalTimezone = {
  name: null,
  generator: (timeZone) => (timeZone === ZONE_TIME_ZONE ? VTIMEZONE : null),
}

/**
 * An instant as Beijing wall-clock time, for DTSTART;TZID=Asia/Shanghai. ical-generator would format a
 * native Date in the server process's own time zone; a Day.js-shaped value is formatted as it says.
 */
export function zoneWallClock(instant: Date): ICalDayJsStub {
  const wall = new Date(instant.getTime() + OFFSET_MS).toISOString()
  const parts: Record<string, string> = {
    YYYY: wall.slice(0, 4),
    MM: wall.slice(5, 7),
    DD: wall.slice(8, 10),
    HH: wall.slice(11, 13),
    mm: wall.slice(14, 16),
    ss: wall.slice(17, 19),
  }
  const value: ICalDayJsStub = {
    format: (pattern = 'YYYY-MM-DDTHH:mm:ss') => pattern.replace(/YYYY|MM|DD|HH|mm|ss/g, (token) => parts[token]),
    isValid: () => !Number.isNaN(instant.getTime()),
    toDate: () => instant,
    toJSON: () => instant.toISOString(),
    tz: (timeZone = ZONE_TIME_ZONE) => {
      if (timeZone !== ZONE_TIME_ZONE) throw new Error(`Only ${ZONE_TIME_ZONE} times are written, not ${timeZone}.`)
      return value
    },
  }
  return value
}
