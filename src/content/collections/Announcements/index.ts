import type { CollectionConfig } from 'payload'

import { imageField } from '../../fields/image'
import { bodyField, summaryField } from '../../fields/localizedText'
import { reviewFields } from '../../../workflow/review/reviewFields'
import { slugField } from '../../fields/slug'
import { workflowHooks } from '../../../workflow/workflowHooks'
import { populatePublishedAt } from './populatePublishedAt'
import { validateExpiry } from './validateExpiry'

export const Announcements: CollectionConfig = {
  slug: 'announcements',
  labels: {
    singular: { en: 'Announcement', zh: '公告' },
    plural: { en: 'Announcements', zh: '公告' },
  },
  admin: {
    useAsTitle: 'title',
    // The review state is a column, so that the review queue (filtered on it) shows what it is.
    defaultColumns: ['title', 'category', 'publishedAt', 'reviewStatus', '_status'],
    group: { en: 'Content', zh: '内容' },
  },
  defaultSort: '-publishedAt',
  // Who reads and writes: src/workflow/access/trust.ts.
  versions: {
    drafts: { schedulePublish: true },
    maxPerDoc: 100,
  },
  hooks: workflowHooks({ beforeChange: [populatePublishedAt] }),
  fields: [
    { name: 'title', type: 'text', label: { en: 'Title', zh: '标题' }, required: true, localized: true },
    slugField('title'),
    {
      name: 'category',
      type: 'select',
      label: { en: 'Category', zh: '类别' },
      required: true,
      defaultValue: 'news',
      index: true,
      options: [
        { value: 'news', label: { en: 'News', zh: '新闻' } },
        { value: 'notice', label: { en: 'Notice', zh: '通知公告' } },
        { value: 'policy-interpretation', label: { en: 'Policy interpretation', zh: '政策解读' } },
        { value: 'event', label: { en: 'Event', zh: '活动' } },
      ],
      admin: { position: 'sidebar' },
    },
    summaryField(),
    bodyField(),
    imageField({ name: 'heroImage', label: { en: 'Hero image', zh: '主图' } }),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Attachments (PDF)', zh: '附件（PDF）' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    {
      name: 'parks',
      type: 'relationship',
      relationTo: 'parks',
      hasMany: true,
      label: { en: 'Parks', zh: '相关园区' },
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: { en: 'Industries', zh: '相关产业' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      label: { en: 'Publication date', zh: '发布时间' },
      index: true,
      timezone: true,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'Set automatically when first published. Readers never see the item before this time.',
          zh: '首次发布时自动填写。此时间之前读者看不到该条目。',
        },
      },
    },
    {
      name: 'expiresAt',
      type: 'date',
      label: { en: 'Expires at', zh: '失效时间' },
      index: true,
      timezone: true,
      validate: validateExpiry,
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: {
          en: 'Optional. From this time on the item is no longer shown to readers.',
          zh: '可选。到此时间后不再对读者显示。',
        },
      },
    },
    {
      name: 'featured',
      type: 'checkbox',
      label: { en: 'Featured', zh: '推荐' },
      defaultValue: false,
      index: true,
      admin: { position: 'sidebar' },
    },
    ...reviewFields(),
  ],
}
