import type { CollectionConfig } from 'payload'

import { contactGroup } from '../content/fields/contact'
import { bodyField, summaryField, titleField } from '../content/fields/localizedText'
import { industriesField } from '../content/fields/relations'
import { reviewFields } from '../workflow/review/reviewFields'
import { slugField } from '../content/fields/slug'
import { workflowHooks } from '../workflow/workflowHooks'
import { inquiryCountField } from './inquiryCountField'

/** Land parcels, office and factory space on offer in the zone's parks. */
export const Opportunities: CollectionConfig = {
  slug: 'opportunities',
  labels: {
    singular: { en: 'Opportunity', zh: '载体资源' },
    plural: { en: 'Opportunities', zh: '载体资源' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'park', 'areaM2', 'availability', '_status'],
    group: { en: 'Investment promotion', zh: '招商引资' },
  },
  defaultSort: '-updatedAt',
  // Who reads and writes: src/workflow/access/trust.ts.
  // Drafts are validated too, so that an import (which writes drafts) reports bad rows.
  versions: { drafts: { validate: true }, maxPerDoc: 50 },
  hooks: workflowHooks(),
  fields: [
    titleField(),
    slugField('title'),
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: { en: 'Kind', zh: '类型' },
          required: true,
          index: true,
          options: [
            { value: 'land', label: { en: 'Land parcel', zh: '土地' } },
            { value: 'office', label: { en: 'Office space', zh: '办公楼宇' } },
            { value: 'factory', label: { en: 'Factory space', zh: '标准厂房' } },
          ],
        },
        {
          name: 'park',
          type: 'relationship',
          relationTo: 'parks',
          label: { en: 'Park', zh: '所在园区' },
          required: true,
          index: true,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'areaM2',
          type: 'number',
          label: { en: 'Area (m²)', zh: '面积（平方米）' },
          required: true,
          index: true,
          min: 1,
          max: 10_000_000,
        },
        {
          name: 'location',
          type: 'text',
          label: { en: 'Floor or plot', zh: '楼层或地块' },
          localized: true,
          maxLength: 200,
          admin: {
            description: {
              en: 'For example "Floor 12, Building 3" or "Plot 05-02".',
              zh: '例如“3号楼12层”或“05-02地块”。',
            },
          },
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'availability',
          type: 'select',
          label: { en: 'Availability', zh: '状态' },
          required: true,
          defaultValue: 'available',
          index: true,
          options: [
            { value: 'available', label: { en: 'Available', zh: '可租售' } },
            { value: 'reserved', label: { en: 'Reserved', zh: '已预订' } },
            { value: 'taken', label: { en: 'Taken', zh: '已租售' } },
          ],
        },
        {
          name: 'availabilityDate',
          type: 'date',
          label: { en: 'Available from / status since', zh: '可用日期 / 状态日期' },
          admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
        },
      ],
    },
    {
      name: 'price',
      type: 'group',
      label: { en: 'Indicative price (optional)', zh: '参考价格（可选）' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'amount', type: 'number', label: { en: 'Amount (CNY)', zh: '金额（元）' }, min: 0 },
            {
              name: 'unit',
              type: 'select',
              label: { en: 'Unit', zh: '计价单位' },
              options: [
                { value: 'per-m2-day', label: { en: 'per m² per day', zh: '元/平方米/天' } },
                { value: 'per-m2-month', label: { en: 'per m² per month', zh: '元/平方米/月' } },
                { value: 'per-m2', label: { en: 'per m²', zh: '元/平方米' } },
                { value: 'total', label: { en: 'in total', zh: '总价' } },
              ],
            },
          ],
        },
        { name: 'note', type: 'text', label: { en: 'Price note', zh: '价格说明' }, localized: true, maxLength: 300 },
      ],
    },
    industriesField({ label: { en: 'Suited industries', zh: '适合产业' } }),
    summaryField(),
    bodyField({ en: 'Description', zh: '详细介绍' }),
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Images', zh: '图片' },
      filterOptions: { mimeType: { like: 'image/' } },
    },
    contactGroup(),
    ...reviewFields(),
    // How many investors asked about it (sidebar).
    inquiryCountField(),
  ],
}
