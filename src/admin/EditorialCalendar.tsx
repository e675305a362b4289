import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import React from 'react'

import { loadCalendar, zoneDay, zoneTime, type CalendarEntry } from './loadCalendar'
import { ZONE_TIME_ZONE } from '../content/fields/timezone'

const TEXT = {
  en: {
    title: 'Editorial calendar',
    intro: `Scheduled publications, embargoes and expiries from last week to six weeks ahead. Times are in ${ZONE_TIME_ZONE} (Beijing time).`,
    empty: 'Nothing is scheduled in this period.',
    today: 'today',
    done: 'done',
    kinds: {
      'scheduled-publish': 'Scheduled publication',
      'scheduled-unpublish': 'Scheduled unpublication',
      'embargo-ends': 'Embargo ends',
      expires: 'Expires',
      published: 'Published',
    },
    collections: { announcements: 'Announcement', parks: 'Park', industries: 'Industry' } as Record<string, string>,
  },
  zh: {
    title: '编辑日历',
    intro: `上周至未来六周的定时发布、禁发期和失效安排。时间为北京时间（${ZONE_TIME_ZONE}）。`,
    empty: '此期间没有安排。',
    today: '今天',
    done: '已完成',
    kinds: {
      'scheduled-publish': '定时发布',
      'scheduled-unpublish': '定时撤销发布',
      'embargo-ends': '禁发期结束',
      expires: '失效',
      published: '已发布',
    },
    collections: { announcements: '公告', parks: '园区', industries: '产业' } as Record<string, string>,
  },
}

/** The PR team's main screen: an admin view at /admin/calendar (linked in the side menu). */
export async function EditorialCalendar({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req, locale, permissions, visibleEntities } = initPageResult
  const { i18n, payload, user } = req
  const text = i18n.language === 'zh' ? TEXT.zh : TEXT.en
  const days = user ? await loadCalendar(payload, { req }) : []
  const today = zoneDay(new Date().toISOString())
  const link = (entry: CalendarEntry) => `${payload.config.routes.admin}/collections/${entry.collection}/${entry.id}`

  return (
    <DefaultTemplate
      i18n={i18n}
      locale={locale}
      params={params}
      payload={payload}
      permissions={permissions}
      searchParams={searchParams}
      user={user ?? undefined}
      visibleEntities={visibleEntities}
    >
      <Gutter>
        <main className="editorial-calendar">
          <h1>{text.title}</h1>
          <p className="editorial-calendar__intro">{text.intro}</p>
          {days.length === 0 && <p>{text.empty}</p>}
          {days.map(({ day, entries }) => (
            <section key={day} className="editorial-calendar__day" aria-labelledby={`day-${day}`}>
              <h2 id={`day-${day}`}>
                {day}
                {day === today && <span className="editorial-calendar__today"> · {text.today}</span>}
              </h2>
              <ul>
                {entries.map((entry) => (
                  <li key={`${entry.kind}-${entry.collection}-${entry.id}-${entry.at}`} data-done={entry.done}>
                    <time dateTime={entry.at}>{zoneTime(entry.at)}</time>
                    <span className={`editorial-calendar__kind editorial-calendar__kind--${entry.kind}`}>
                      {text.kinds[entry.kind]}
                    </span>
                    <a href={link(entry)}>{entry.title}</a>
                    <span className="editorial-calendar__collection">
                      {text.collections[entry.collection] ?? entry.collection}
                    </span>
                    {entry.done && <span className="editorial-calendar__done">✓ {text.done}</span>}
                  </li>
                ))}
              </ul>
            </section>
          ))}
        </main>
      </Gutter>
    </DefaultTemplate>
  )
}
