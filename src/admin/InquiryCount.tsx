import type { CollectionSlug, PayloadRequest, ServerFieldBase, Where } from 'payload'
import React from 'react'

const TEXT = {
  en: {
    label: 'Investor inquiries',
    none: 'No inquiry about this item yet.',
    count: (n: number, open: number) =>
      `${n} ${n === 1 ? 'inquiry' : 'inquiries'} about this item, ${open} not closed.`,
    view: 'View them',
  },
  zh: {
    label: '投资咨询',
    none: '尚无关于此条目的咨询。',
    count: (n: number, open: number) => `共 ${n} 条关于此条目的咨询，其中 ${open} 条未关闭。`,
    view: '查看',
  },
}

/** The inquiries whose subject is this document, as a `where` Payload's list view also reads from its URL. */
export const inquiriesAbout = (collection: string, id: number | string): Where => ({
  and: [{ 'subject.relationTo': { equals: collection } }, { 'subject.value': { equals: id } }],
})

/**
 * On an opportunity's or event's edit page: how many investors asked about it, and a link to those
 * inquiries. Counted as the signed-in user (access control on), so it shows nothing to whoever may not
 * read inquiries.
 */
export async function InquiryCount({ collectionSlug, i18n, id, payload, req }: ServerFieldBase) {
  if (id === undefined || id === null || !req?.user) return null
  const text = TEXT[i18n.language === 'zh' ? 'zh' : 'en']
  const asUser = { overrideAccess: false, user: req.user as PayloadRequest['user'], req }
  const where = inquiriesAbout(collectionSlug, id)
  const [all, open] = await Promise.all([
    payload.count({ collection: 'inquiries' as CollectionSlug, where, ...asUser }),
    payload.count({
      collection: 'inquiries' as CollectionSlug,
      where: { and: [where, { status: { not_equals: 'closed' } }] },
      ...asUser,
    }),
  ]).catch(() => [undefined, undefined])
  if (!all || !open) return null
  const params = new URLSearchParams({
    'where[and][0][subject.relationTo][equals]': collectionSlug,
    'where[and][1][subject.value][equals]': String(id),
  })
  return (
    <div className="field-type inquiry-count" data-testid="inquiry-count" style={{ marginBottom: 'var(--base)' }}>
      <div className="field-label">{text.label}</div>
      <p style={{ margin: 0 }}>{all.totalDocs === 0 ? text.none : text.count(all.totalDocs, open.totalDocs)}</p>
      {all.totalDocs > 0 && (
        <a href={`${payload.config.routes.admin}/collections/inquiries?${params}`}>{text.view} →</a>
      )}
    </div>
  )
}
