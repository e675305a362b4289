import type { CollectionConfig, FieldHook } from 'payload'

import type { Policy } from '../../payload-types'
import { bodyField, summaryField, titleField } from '../fields/localizedText'
import { industriesField, parksField } from '../fields/relations'
import { reviewFields } from '../../workflow/review/reviewFields'
import { slugField } from '../fields/slug'
import { workflowHooks } from '../../workflow/workflowHooks'

export const POLICY_VALIDITY = ['upcoming', 'in-force', 'expired'] as const
export type PolicyValidity = (typeof POLICY_VALIDITY)[number]

/** Where a policy stands today: not yet in force, in force, or past its end date (kept, shown as expired). */
export const policyValidity = (
  effectiveFrom: string | null | undefined,
  effectiveUntil: string | null | undefined,
  now = new Date(),
): PolicyValidity => {
  if (effectiveFrom && new Date(effectiveFrom) > now) return 'upcoming'
  if (effectiveUntil && new Date(effectiveUntil) <= now) return 'expired'
  return 'in-force'
}

const computeValidity: FieldHook<Policy, Policy['validity'], Partial<Policy>> = ({ siblingData }) =>
  policyValidity(siblingData?.effectiveFrom, siblingData?.effectiveUntil)

const untilAfterFrom = (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) => {
  if (!value || !siblingData.effectiveFrom) return true
  return new Date(value as string) > new Date(siblingData.effectiveFrom as string)
    ? true
    : 'The end date must come after the date the policy takes effect.'
}

/** Investment incentive policies: what applies to which industry and park, from when until when. */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: {
    singular: { en: 'Policy', zh: '政策' },
    plural: { en: 'Policies', zh: '政策' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'effectiveFrom', 'effectiveUntil', '_status'],
    group: { en: 'Investment promotion', zh: '招商引资' },
  },
  defaultSort: '-effectiveFrom',
  // Who reads and writes: src/workflow/access/trust.ts.
  // Drafts are validated too, so that an import (which writes drafts) reports bad rows.
  versions: { drafts: { schedulePublish: true, validate: true }, maxPerDoc: 100 },
  hooks: workflowHooks(),
  fields: [
    titleField(),
    slugField('title'),
    {
      name: 'documentNumber',
      type: 'text',
      label: { en: 'Document number', zh: '文号' },
      index: true,
      maxLength: 100,
      admin: { description: { en: 'For example 浦府规〔2024〕1号.', zh: '例如：浦府规〔2024〕1号。' } },
    },
    {
      name: 'issuingBody',
      type: 'text',
      label: { en: 'Issuing body', zh: '发文机关' },
      localized: true,
      maxLength: 200,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'effectiveFrom',
          type: 'date',
          label: { en: 'Effective from', zh: '生效日期' },
          required: true,
          index: true,
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
        {
          name: 'effectiveUntil',
          type: 'date',
          label: { en: 'Effective until', zh: '有效期至' },
          index: true,
          validate: untilAfterFrom,
          admin: {
            date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' },
            description: {
              en: 'Optional. After this date the policy is shown as expired; it is not deleted.',
              zh: '可选。过期后政策显示为“已失效”，不会被删除。',
            },
          },
        },
      ],
    },
    {
      // Computed on every read, so "expired" is never stale; not stored, so filter on the dates instead.
      name: 'validity',
      type: 'select',
      label: { en: 'Validity', zh: '效力状态' },
      virtual: true,
      options: [
        { value: 'upcoming', label: { en: 'Not yet in force', zh: '尚未生效' } },
        { value: 'in-force', label: { en: 'In force', zh: '现行有效' } },
        { value: 'expired', label: { en: 'Expired', zh: '已失效' } },
      ],
      admin: { readOnly: true, position: 'sidebar' },
      hooks: { afterRead: [computeValidity] },
    },
    industriesField({ label: { en: 'Applicable industries', zh: '适用产业' } }),
    parksField({ label: { en: 'Applicable parks', zh: '适用园区' } }),
    summaryField(),
    bodyField(),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Attachments (PDF)', zh: '附件（PDF）' },
      filterOptions: { mimeType: { equals: 'application/pdf' } },
    },
    ...reviewFields(),
  ],
}
