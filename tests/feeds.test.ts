import { XMLParser, XMLValidator } from 'fast-xml-parser'
import ICAL from 'ical.js'
import type { Payload } from 'payload'

import { useTestApp } from './helpers/testApp'

const DAY = 24 * 60 * 60 * 1000
/** An instant `days` from now at this UTC time of day (Beijing time is 8 hours ahead). */
const utcAt = (days: number, hours: number, minutes = 0) => {
  const date = new Date(Date.now() + days * DAY)
  date.setUTCHours(hours, minutes, 0, 0)
  return date.toISOString()
}
const FORUM_START = utcAt(10, 1, 30) // 09:30 in Beijing
const ROADSHOW_START = utcAt(20, 17, 30) // 01:30 the next day in Beijing

/** Events and policies for the feeds: published ones in zh and en, drafts, and one scheduled for later. */
async function prepareEventsAndPolicies(payload: Payload) {
  const southPark = (await payload.find({ collection: 'parks', where: { slug: { equals: 'south-park' } } })).docs[0]
  const event = async (slug: string, data: Record<string, unknown>, en?: Record<string, unknown>) => {
    const created = await payload.create({
      collection: 'events',
      locale: 'zh',
      data: { slug, _status: 'published', ...data } as never,
      draft: data._status === 'draft',
    })
    if (en) await payload.update({ collection: 'events', id: created.id, locale: 'en', data: en as never })
    return created
  }
  await event(
    'investment-forum',
    {
      title: '金桥投资促进大会',
      summary: '年度投资促进大会',
      venue: '金桥国际会议中心',
      registrationUrl: 'https://example.com/register',
      startsAt: FORUM_START,
      endsAt: utcAt(10, 9),
    },
    {
      title: 'Jinqiao investment forum',
      summary: 'The yearly investment forum',
      venue: 'Jinqiao International Conference Centre',
    },
  )
  await event('night-roadshow', {
    title: '夜间路演',
    startsAt: ROADSHOW_START,
    endsAt: utcAt(20, 19),
    park: southPark.id,
  })
  await event('salon-last-week', { title: '上周沙龙', startsAt: utcAt(-10, 2), endsAt: utcAt(-10, 4) })
  await event('expo-two-months-ago', { title: '两个月前的展会', startsAt: utcAt(-60, 2), endsAt: utcAt(-60, 8) })
  await event('secret-event', { title: 'Secret event', startsAt: utcAt(5, 2), endsAt: utcAt(5, 4), _status: 'draft' })
  const scheduled = await event('scheduled-event', {
    title: 'Scheduled event',
    startsAt: utcAt(40, 2),
    endsAt: utcAt(40, 4),
    _status: 'draft',
  })
  await payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: 'events', value: scheduled.id } },
    waitUntil: new Date(Date.now() + DAY),
  })

  const policy = async (slug: string, zh: string, en: string, status: 'draft' | 'published' = 'published') => {
    const created = await payload.create({
      collection: 'policies',
      locale: 'zh',
      data: { title: zh, slug, summary: `${zh}摘要`, effectiveFrom: utcAt(-30, 0), _status: status } as never,
      draft: status === 'draft',
    })
    await payload.update({ collection: 'policies', id: created.id, locale: 'en', data: { title: en } as never })
  }
  await policy('robotics-subsidy', '机器人产业扶持办法', 'Robotics industry support measures')
  await policy('draft-policy', '未发布的政策', 'Unpublished policy', 'draft')
}

const app = useTestApp({
  http: true,
  prepare: async (payload) => {
    const published = await payload.create({
      collection: 'announcements',
      locale: 'zh',
      data: {
        title: '机器人论坛开幕',
        slug: 'robot-forum-opens',
        category: 'event',
        summary: '论坛摘要',
        _status: 'published',
      },
    })
    await payload.update({
      collection: 'announcements',
      id: published.id,
      locale: 'en',
      data: { title: 'Robot forum opens' },
    })
    await payload.create({
      collection: 'announcements',
      data: { title: 'Secret draft', slug: 'secret-draft', category: 'news' },
      draft: true,
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Tomorrow’s news',
        slug: 'tomorrows-news',
        category: 'news',
        publishedAt: new Date(Date.now() + 86_400_000).toISOString(),
        _status: 'published',
      },
    })
    await prepareEventsAndPolicies(payload)
  },
})

const fetchText = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.http.url}${path}`, { headers })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

describe('feeds', () => {
  it('RSS 2.0 in Chinese: valid XML with the published announcements only', async () => {
    const { status, headers, text } = await fetchText('/feeds/announcements.zh.xml')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/application\/rss\+xml/)
    expect(XMLValidator.validate(text)).toBe(true)
    const channel = new XMLParser().parse(text).rss.channel
    const items = [channel.item].flat()
    expect(items.map((item: { title: string }) => item.title)).toEqual([
      '机器人论坛开幕',
      '金桥经济技术开发区信息发布平台上线',
    ])
    expect(items[0].link).toMatch(/\/zh\/announcements\/robot-forum-opens$/)
    expect(text).not.toMatch(/Secret draft|Tomorrow/)
  })

  it('Atom in English, with ETag and 304', async () => {
    const first = await fetchText('/feeds/announcements.en.atom')
    expect(first.status).toBe(200)
    expect(XMLValidator.validate(first.text)).toBe(true)
    const entries = [new XMLParser().parse(first.text).feed.entry].flat()
    expect(entries.map((entry: { title: string }) => entry.title)).toContain('Robot forum opens')
    const again = await fetchText('/feeds/announcements.en.atom', { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
  })

  it('an unknown feed gets a 404 that lists the feeds', async () => {
    const { status, text } = await fetchText('/feeds/announcements.fr.xml')
    expect(status).toBe(404)
    expect(text).toMatch(/announcements\.zh\.xml/)
  })
})

const titlesOf = (rss: string): string[] => {
  const items = new XMLParser().parse(rss).rss.channel.item
  return items === undefined ? [] : [items].flat().map((item: { title: string }) => item.title)
}

describe('announcement category and policy feeds', () => {
  it('a category feed lists only that category, titled in its language', async () => {
    const event = await fetchText('/feeds/announcements/event.zh.xml')
    expect(event.status).toBe(200)
    expect(XMLValidator.validate(event.text)).toBe(true)
    expect(new XMLParser().parse(event.text).rss.channel.title).toBe('金桥经济技术开发区 · 公告 · 活动')
    expect(titlesOf(event.text)).toEqual(['机器人论坛开幕'])

    const notice = await fetchText('/feeds/announcements/notice.en.atom')
    expect(notice.headers.get('content-type')).toMatch(/application\/atom\+xml/)
    const feed = new XMLParser().parse(notice.text).feed
    expect(feed.title).toBe('Jinqiao Economic and Technological Development Zone · Announcements · Notice')
    expect([feed.entry].flat().map((entry: { title: string }) => entry.title)).toEqual([
      'Jinqiao Development Zone information platform launched',
    ])
  })

  it('a category feed leaves out drafts and embargoed announcements', async () => {
    const { status, text } = await fetchText('/feeds/announcements/news.zh.xml')
    expect(status).toBe(200)
    expect(XMLValidator.validate(text)).toBe(true)
    expect(titlesOf(text)).toEqual([])
    expect(text).not.toMatch(/Secret draft|Tomorrow/)
  })

  it('the policies feed lists published policies, in each language', async () => {
    const zh = await fetchText('/feeds/policies.zh.xml')
    expect(zh.status).toBe(200)
    expect(XMLValidator.validate(zh.text)).toBe(true)
    const channel = new XMLParser().parse(zh.text).rss.channel
    expect(channel.title).toBe('金桥经济技术开发区 · 政策')
    expect(titlesOf(zh.text)).toEqual(['机器人产业扶持办法'])
    expect(channel.item.link).toMatch(/\/zh\/policies\/robotics-subsidy$/)
    expect(channel.item.description).toBe('机器人产业扶持办法摘要')

    const en = await fetchText('/feeds/policies.en.atom')
    expect(en.status).toBe(200)
    const entries = [new XMLParser().parse(en.text).feed.entry].flat()
    expect(entries.map((entry: { title: string }) => entry.title)).toEqual(['Robotics industry support measures'])
    expect(en.text).not.toMatch(/Unpublished policy|未发布的政策/)
  })

  it('an unknown category, or a category on policies, gets a 404 that lists the feeds and categories', async () => {
    for (const path of ['/feeds/announcements/gossip.zh.xml', '/feeds/policies/news.zh.xml']) {
      const { status, text } = await fetchText(path)
      expect(status).toBe(404)
      expect(JSON.parse(text).errors[0].message).toMatch(/announcements\/<category>\.zh\.xml.*policy-interpretation/)
    }
  })
})

type ParsedEvent = InstanceType<typeof ICAL.Event>

/** Fetches an iCalendar feed and parses it (ical.js throws on what RFC 5545 does not allow). */
const fetchCalendar = async (path: string) => {
  const answer = await fetchText(path)
  expect(answer.status).toBe(200)
  expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8')
  const calendar = new ICAL.Component(ICAL.parse(answer.text))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  const bySummary = new Map<string, ParsedEvent>(events.map((event) => [event.summary, event]))
  return { ...answer, calendar, events, bySummary }
}

describe('event calendars (iCalendar)', () => {
  it('a valid VCALENDAR of the published recent and upcoming events, soonest first', async () => {
    const { text, calendar, events } = await fetchCalendar('/feeds/events.zh.ics')
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    // Calendar properties come before the components (RFC 5545, 3.6).
    expect(text).toMatch(/\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\n/)
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0')
    expect(calendar.getFirstPropertyValue('prodid')).toMatch(/Jinqiao/)
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('金桥经济技术开发区 · 活动')
    expect(events.map((event) => event.summary)).toEqual(['上周沙龙', '金桥投资促进大会', '夜间路演'])
    for (const event of events) {
      expect(event.uid).toMatch(/^event-\d+@localhost$/)
      expect(event.component.getFirstPropertyValue('url')).toMatch(/\/zh\/events\/[a-z-]+$/)
    }
    // DTSTAMP and LAST-MODIFIED are UTC, as RFC 5545 asks.
    expect(text).toMatch(/^DTSTAMP:\d{8}T\d{6}Z\r$/m)
    expect(text).toMatch(/^LAST-MODIFIED:\d{8}T\d{6}Z\r$/m)
  })

  it('leaves out drafts, events whose publication is scheduled for later, and events ended over 30 days ago', async () => {
    const { text } = await fetchCalendar('/feeds/events.en.ics')
    expect(text).not.toMatch(/Secret event|Scheduled event|两个月前的展会/)
  })

  it('gives start and end in Beijing time (TZID=Asia/Shanghai with its VTIMEZONE), at the stored instant', async () => {
    const { text, calendar, bySummary } = await fetchCalendar('/feeds/events.zh.ics')
    const zones = calendar.getAllSubcomponents('vtimezone')
    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Asia/Shanghai'])
    const standard = zones[0].getFirstSubcomponent('standard')!
    expect(String(standard.getFirstPropertyValue('tzoffsetto'))).toBe('+08:00')

    const forum = bySummary.get('金桥投资促进大会')!
    expect(forum.component.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Asia/Shanghai')
    expect([forum.startDate.hour, forum.startDate.minute]).toEqual([9, 30])
    expect(forum.startDate.toJSDate().toISOString()).toBe(FORUM_START)
    expect(forum.endDate.toJSDate().toISOString()).toBe(utcAt(10, 9))

    // 17:30 UTC is 01:30 the next day in Beijing.
    const roadshow = bySummary.get('夜间路演')!
    const beijingDay = new Date(Date.parse(ROADSHOW_START) + 8 * 60 * 60 * 1000).getUTCDate()
    expect([roadshow.startDate.day, roadshow.startDate.hour, roadshow.startDate.minute]).toEqual([beijingDay, 1, 30])
    expect(roadshow.startDate.toJSDate().toISOString()).toBe(ROADSHOW_START)
    expect(text).toMatch(/^DTSTART;TZID=Asia\/Shanghai:\d{8}T013000\r$/m)
  })

  it("has summary, description, location and the website page in the feed's language", async () => {
    const { bySummary } = await fetchCalendar('/feeds/events.en.ics')
    const forum = bySummary.get('Jinqiao investment forum')!
    expect(forum.description).toBe('The yearly investment forum\n\nRegistration: https://example.com/register')
    expect(forum.location).toBe('Jinqiao International Conference Centre')
    expect(forum.component.getFirstPropertyValue('url')).toMatch(/\/en\/events\/investment-forum$/)
    // Without a venue: the park. Written in Chinese only: the English calendar falls back to it.
    const roadshow = bySummary.get('夜间路演')!
    expect(roadshow.location).toBe('Jinqiao South Park')
  })

  it('one event has a calendar of its own, also after it ended, with the same UID in both languages', async () => {
    const zh = await fetchCalendar('/feeds/events/investment-forum.zh.ics')
    const en = await fetchCalendar('/feeds/events/investment-forum.en.ics')
    expect(zh.events.map((event) => event.summary)).toEqual(['金桥投资促进大会'])
    expect(en.events.map((event) => event.summary)).toEqual(['Jinqiao investment forum'])
    expect(en.events[0].uid).toBe(zh.events[0].uid)
    const all = await fetchCalendar('/feeds/events.zh.ics')
    expect(all.bySummary.get('金桥投资促进大会')!.uid).toBe(zh.events[0].uid)

    const old = await fetchCalendar('/feeds/events/expo-two-months-ago.zh.ics')
    expect(old.events.map((event) => event.summary)).toEqual(['两个月前的展会'])
  })

  it('keeps ETag and 304', async () => {
    const first = await fetchText('/feeds/events.zh.ics')
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=60/)
    const again = await fetchText('/feeds/events.zh.ics', { 'if-none-match': first.headers.get('etag')! })
    expect(again.status).toBe(304)
  })

  it('a draft, scheduled or unknown event, or an unknown locale, gets a 404 that lists the feeds', async () => {
    for (const path of [
      '/feeds/events/secret-event.zh.ics',
      '/feeds/events/scheduled-event.en.ics',
      '/feeds/events/no-such-event.zh.ics',
      '/feeds/events.fr.ics',
    ]) {
      const { status, text } = await fetchText(path)
      expect(status).toBe(404)
      expect(JSON.parse(text).errors[0].message).toMatch(/events\.zh\.ics.*events\/<slug>\.zh\.ics/)
    }
    expect(JSON.parse((await fetchText('/feeds/events/no-such-event.zh.ics')).text).errors[0].message).toMatch(
      /^No published event has the slug “no-such-event”/,
    )
  })
})

describe('sitemap data', () => {
  it('lists every published slug with its updatedAt, per collection, and the locales', async () => {
    const response = await fetch(`${app.http.url}/api/sitemap`)
    expect(response.status).toBe(200)
    const body = await response.json()
    expect(body.locales).toEqual(['zh', 'en'])
    expect(body.collections.parks.map((p: { slug: string }) => p.slug)).toEqual([
      'jinqiao-economic-and-technological-development-zone',
      'nanhui-industrial-park',
      'south-park',
    ])
    const announcements = body.collections.announcements.map((a: { slug: string }) => a.slug)
    expect(announcements).toEqual(['jinqiao-content-platform-launched', 'robot-forum-opens'])
    for (const entry of body.collections.industries) expect(Date.parse(entry.updatedAt)).not.toBeNaN()
  })
})
