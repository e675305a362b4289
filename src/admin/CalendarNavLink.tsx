import type { ServerProps } from 'payload'
import React from 'react'

/** Side-menu link to the editorial calendar, in the panel's language. */
export function CalendarNavLink({ i18n, payload }: ServerProps) {
  return (
    <a className="nav__link calendar-nav-link" href={`${payload.config.routes.admin}/calendar`}>
      <span className="nav__link-label">{i18n.language === 'zh' ? '编辑日历' : 'Editorial calendar'}</span>
    </a>
  )
}
