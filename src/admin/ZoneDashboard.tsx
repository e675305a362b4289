import { getTranslation } from '@payloadcms/translations'
import type { CollectionSlug, PayloadRequest, ServerProps } from 'payload'
import React from 'react'

import { zoneDay, zoneTime, type CalendarEntry } from './loadCalendar'
import { loadDashboard } from './loadDashboard'
import { headers as requestHeaders } from 'next/headers'

import { isStaff, mustChangePassword, owesSecondFactor } from '../workflow/access/roles'
import { SecondFactorPrompt } from './TwoFactor'

const TEXT = {
  en: {
    title: 'Overview',
    keyFigures: 'Key figures',
    noFigures: 'No key figures yet: add them in the Zone profile.',
    editProfile: 'Edit the zone profile',
    upcoming: 'Next publications',
    noUpcoming: 'Nothing is scheduled.',
    calendar: 'Open the editorial calendar',
    waiting: 'Waiting for you',
    inReview: 'In review',
    inReviewNone: 'Nothing waits for review.',
    newInquiries: 'New inquiries',
    changePassword: 'Choose your own password',
    changePasswordWhy:
      'Someone else chose the password of this account. Until you choose your own, the account can do nothing else.',
    changePasswordLink: 'Change it on your account page',
    kinds: { 'scheduled-publish': 'Scheduled', 'embargo-ends': 'Embargo ends' } as Record<string, string>,
  },
  zh: {
    title: '概览',
    keyFigures: '关键数据',
    noFigures: '尚无关键数据：请在“开发区概况”中填写。',
    editProfile: '编辑开发区概况',
    upcoming: '即将发布',
    noUpcoming: '暂无发布安排。',
    calendar: '打开编辑日历',
    waiting: '待处理',
    inReview: '待审核',
    inReviewNone: '没有待审核的内容。',
    newInquiries: '新的投资咨询',
    changePassword: '请设置您自己的密码',
    changePasswordWhy: '此账号的密码由他人设置。在您设置自己的密码之前，此账号无法进行其他任何操作。',
    changePasswordLink: '前往“我的账号”修改',
    kinds: { 'scheduled-publish': '定时发布', 'embargo-ends': '禁发期结束' } as Record<string, string>,
  },
}

/**
 * The top of the admin dashboard: the zone's key figures (Zone profile), the next publications and
 * what waits for someone (items in review, new inquiries). In the panel's language; every figure is
 * read as the signed-in user, with access control on.
 */
export async function ZoneDashboard({ i18n, payload, user }: ServerProps) {
  if (!user) return null
  const language = i18n.language === 'zh' ? 'zh' : 'en'
  const text = TEXT[language]
  const admin = payload.config.routes.admin
  // The full principal, with its session (the `user` prop has field access applied and no session id).
  const { user: principal } = await payload.auth({ headers: await requestHeaders() })
  // Nothing else until this session gives its second factor (accounts/twoFactor.ts)…
  if (owesSecondFactor(principal)) {
    return (
      <section className="zone-dashboard" data-testid="second-factor">
        <SecondFactorPrompt enabled={Boolean((principal as { totpEnabledAt?: string | null }).totpEnabledAt)} />
      </section>
    )
  }
  // …and a password someone else chose is changed (passwordPolicy.ts).
  if (mustChangePassword(principal)) {
    return (
      <section className="zone-dashboard" data-testid="must-change-password">
        <h2 className="zone-dashboard__title">{text.changePassword}</h2>
        <p>{text.changePasswordWhy}</p>
        <p>
          <a href={`${admin}/account`}>{text.changePasswordLink} →</a>
        </p>
      </section>
    )
  }
  if (!isStaff(principal)) return null
  const { zone, upcoming, inReview, newInquiries } = await loadDashboard(payload, {
    user: user as PayloadRequest['user'],
    locale: language,
  })
  const totalInReview = inReview.reduce((sum, { count }) => sum + count, 0)
  const pluralLabel = (slug: string) => {
    const labels = payload.collections[slug as CollectionSlug]?.config.labels
    return labels ? getTranslation(labels.plural, i18n) : slug
  }
  const reviewQueue = (slug: string) =>
    `${admin}/collections/${slug}?${new URLSearchParams({ 'where[reviewStatus][equals]': 'in-review' })}`
  const documentLink = (entry: CalendarEntry) => `${admin}/collections/${entry.collection}/${entry.id}`

  return (
    <section className="zone-dashboard" aria-labelledby="zone-dashboard-title">
      <h2 id="zone-dashboard-title" className="zone-dashboard__title">
        {zone?.name ? `${zone.name} · ${text.title}` : text.title}
      </h2>
      <div className="zone-dashboard__grid">
        <section className="zone-dashboard__card" aria-labelledby="zone-dashboard-figures">
          <h3 id="zone-dashboard-figures">{text.keyFigures}</h3>
          {zone?.keyFigures?.length ? (
            <dl className="zone-dashboard__figures">
              {zone.keyFigures.map((figure, index) => (
                <div key={index} className="zone-dashboard__figure">
                  <dt>{figure.label}</dt>
                  <dd className="zone-dashboard__value">
                    {figure.value}
                    {figure.unit && <span className="zone-dashboard__unit">{figure.unit}</span>}
                  </dd>
                  {figure.note && <dd className="zone-dashboard__note">{figure.note}</dd>}
                </div>
              ))}
            </dl>
          ) : (
            <p>{text.noFigures}</p>
          )}
          <a className="zone-dashboard__more" href={`${admin}/globals/zone-profile`}>
            {text.editProfile}
          </a>
        </section>

        <section className="zone-dashboard__card" aria-labelledby="zone-dashboard-upcoming">
          <h3 id="zone-dashboard-upcoming">{text.upcoming}</h3>
          {upcoming.length ? (
            <ol className="zone-dashboard__upcoming">
              {upcoming.map((entry) => (
                <li key={`${entry.kind}-${entry.collection}-${entry.id}-${entry.at}`}>
                  <time dateTime={entry.at}>
                    {zoneDay(entry.at)} {zoneTime(entry.at)}
                  </time>
                  <a href={documentLink(entry)}>{entry.title}</a>
                  <span className="zone-dashboard__kind">
                    {text.kinds[entry.kind]} · {pluralLabel(entry.collection)}
                  </span>
                </li>
              ))}
            </ol>
          ) : (
            <p>{text.noUpcoming}</p>
          )}
          <a className="zone-dashboard__more" href={`${admin}/calendar`}>
            {text.calendar}
          </a>
        </section>

        <section className="zone-dashboard__card" aria-labelledby="zone-dashboard-waiting">
          <h3 id="zone-dashboard-waiting">{text.waiting}</h3>
          <ul className="zone-dashboard__counts">
            <li>
              <span className="zone-dashboard__count" data-testid="in-review-count">
                {totalInReview}
              </span>
              <span>{text.inReview}</span>
              {totalInReview > 0 ? (
                <ul className="zone-dashboard__queues">
                  {inReview
                    .filter(({ count }) => count > 0)
                    .map(({ collection, count }) => (
                      <li key={collection}>
                        <a href={reviewQueue(collection)}>
                          {pluralLabel(collection)}: {count}
                        </a>
                      </li>
                    ))}
                </ul>
              ) : (
                <p className="zone-dashboard__note">{text.inReviewNone}</p>
              )}
            </li>
            {newInquiries !== null && (
              <li>
                <span className="zone-dashboard__count" data-testid="new-inquiries-count">
                  {newInquiries}
                </span>
                <a href={`${admin}/collections/inquiries?${new URLSearchParams({ 'where[status][equals]': 'new' })}`}>
                  {text.newInquiries}
                </a>
              </li>
            )}
          </ul>
        </section>
      </div>
    </section>
  )
}
