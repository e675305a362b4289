import type { CollectionBeforeOperationHook, CollectionConfig, Where } from 'payload'

import { bodyField, summaryField, titleField } from '../fields/localizedText'
import { industriesField } from '../fields/relations'
import { reviewFields } from '../../workflow/review/reviewFields'
import { slugField } from '../fields/slug'
import { workflowHooks } from '../../workflow/workflowHooks'
import { inquiryCountField } from '../../promotion/inquiryCountField'

const endsAfterStart = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (!value || !siblingData.startsAt) return true
  return new Date(value as string) >= new Date(siblingData.startsAt as string)
    ? true
    : 'The end must not come before the start.'
}

const validateRegistrationUrl = (value: unknown) => {
  if (value === undefined || value === null || value === '') return true
  try {
    const url = new URL(String(value))
    if (url.protocol === 'https:' || url.protocol === 'http:') return true
  } catch {
    // fall through
  }
  return 'Enter a full web address starting with https:// (for example https://example.com/register).'
}

/**
 * `?when=upcoming` (not yet ended, soonest first) and `?when=past` (ended, latest first) on the REST
 * list. GraphQL clients filter on `endsAt` themselves.
 */
const whenFilter: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation !== 'read' || 'id' in args) return args
  const when = req.query?.when
  if (when === undefined) return args
  const now = new Date().toISOString()
  const constraint: Where =
    when === 'upcoming' ? { endsAt: { greater_than: now } } : { endsAt: { less_than_equal: now } }
  const find = args as { where?: Where; sort?: string | string[] }
  return {
    ...args,
    where: find.where ? { and: [find.where, constraint] } : constraint,
    sort: find.sort ?? (when === 'upcoming' ? 'startsAt' : '-startsAt'),
  }
}

/** Investment promotion events and forums. */
export const Events: CollectionConfig = {
  slug: 'events',
  labels: {
    singular: { en: 'Event', zh: '活动' },
    plural: { en: 'Events', zh: '活动' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'startsAt', 'venue', '_status'],
    group: { en: 'Investment promotion', zh: '招商引资' },
  },
  defaultSort: '-startsAt',
  // Who reads and writes: src/workflow/access/trust.ts.
  // Drafts are validated too, so that an import (which writes drafts) reports bad rows.
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 50 },
  hooks: workflowHooks({ beforeOperation: [whenFilter] }),
  fields: [
    titleField(),
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'startsAt',
          type: 'date',
          label: { en: 'Starts', zh: '开始时间' },
          required: true,
          index: true,
          timezone: true,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'endsAt',
          type: 'date',
          label: { en: 'Ends', zh: '结束时间' },
          required: true,
          index: true,
          timezone: true,
          validate: endsAfterStart,
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    { name: 'venue', type: 'text', label: { en: 'Venue', zh: '地点' }, localized: true, maxLength: 300 },
    {
      name: 'park',
      type: 'relationship',
      relationTo: 'parks',
      label: { en: 'Park', zh: '所在园区' },
      index: true,
    },
    industriesField(),
    {
      type: 'row',
      fields: [
        {
          name: 'registrationUrl',
          type: 'text',
          label: { en: 'Registration link', zh: '报名链接' },
          maxLength: 2000,
          validate: validateRegistrationUrl,
        },
        { name: 'capacity', type: 'number', label: { en: 'Capacity', zh: '名额' }, min: 1, max: 1_000_000 },
      ],
    },
    summaryField(),
    bodyField(),
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { en: 'Hero image', zh: '主图' } },
    ...reviewFields(),
    // How many investors asked about it (sidebar).
    inquiryCountField(),
  ],
}
