import type { Payload } from 'payload'

import { loadCalendar, zoneDay, zoneTime } from '../src/admin/loadCalendar'
import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
const HOUR = 60 * 60 * 1000

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

describe('editorial calendar', () => {
  it('shows days and times in Beijing time', () => {
    // 2026-12-01 17:30 UTC is 2026-12-02 01:30 in Shanghai.
    expect(zoneDay('2026-12-01T17:30:00.000Z')).toBe('2026-12-02')
    expect(zoneTime('2026-12-01T17:30:00.000Z')).toBe('01:30')
  })

  it('lists scheduled publications, embargoes and expiries by day, each with its title', async () => {
    // 02:00 UTC (10:00 in Shanghai) two days from today: every time below is still ahead of the real clock,
    // which the scheduler checks (a publication time already past is refused).
    const now = new Date(`${new Date(Date.now() + 48 * HOUR).toISOString().slice(0, 10)}T02:00:00.000Z`)
    const dayAfter = (hours: number) => zoneDay(new Date(now.getTime() + hours * HOUR).toISOString())
    const draft = await payload.create({
      collection: 'announcements',
      data: { title: 'Robotics forum opens', slug: 'robotics-forum', category: 'event' },
      draft: true,
    })
    await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'announcements', value: draft.id } },
      waitUntil: new Date(now.getTime() + 26 * HOUR),
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Embargoed results',
        slug: 'embargoed-results',
        category: 'news',
        publishedAt: new Date(now.getTime() + 3 * HOUR).toISOString(),
        expiresAt: new Date(now.getTime() + 24 * 8 * HOUR).toISOString(),
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Far future',
        slug: 'far-future',
        category: 'news',
        publishedAt: new Date(now.getTime() + 24 * 90 * HOUR).toISOString(),
        _status: 'published',
      },
    })

    const days = await loadCalendar(payload, { now })
    const flat = days.flatMap(({ day, entries }) => entries.map((e) => [day, zoneTime(e.at), e.kind, e.title]))
    expect(flat).toEqual([
      [dayAfter(3), '13:00', 'embargo-ends', 'Embargoed results'],
      [dayAfter(26), '12:00', 'scheduled-publish', 'Robotics forum opens'],
      [dayAfter(24 * 8), '10:00', 'expires', 'Embargoed results'],
    ])
  })
})
