import type { CollectionConfig } from 'payload'

import { bodyField, summaryField } from '../fields/localizedText'
import { orderField } from '../fields/order'
import { reviewFields } from '../../workflow/review/reviewFields'
import { slugField } from '../fields/slug'
import { workflowHooks } from '../../workflow/workflowHooks'
import { boundariesField } from '../fields/boundaries'

export const Parks: CollectionConfig = {
  slug: 'parks',
  labels: {
    singular: { en: 'Park', zh: '园区' },
    plural: { en: 'Parks', zh: '园区' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'slug', '_status', 'updatedAt'],
    group: { en: 'Zone', zh: '开发区' },
  },
  defaultSort: 'order',
  // What another document carries of a park when it populates one (depth ≥ 1): enough for a link or a
  // tag. Ask for more with `populate[parks][areaKm2]=true`, or read the park itself.
  defaultPopulate: { name: true, slug: true, kind: true },
  // Who reads and writes: src/workflow/access/trust.ts.
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: workflowHooks(),
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
    slugField('name'),
    {
      name: 'kind',
      type: 'select',
      label: { en: 'Kind', zh: '类型' },
      required: true,
      index: true,
      options: [
        { value: 'development-zone', label: { en: 'Development zone', zh: '开发区' } },
        { value: 'sub-park', label: { en: 'Sub-park', zh: '分园区' } },
        { value: 'industrial-park', label: { en: 'Industrial park', zh: '产业园区' } },
      ],
    },
    orderField(),
    {
      type: 'row',
      fields: [
        {
          name: 'approvedYear',
          type: 'number',
          label: { en: 'Year approved', zh: '批准年份' },
          min: 1900,
          max: 2100,
          admin: { step: 1 },
        },
        {
          name: 'areaKm2',
          type: 'number',
          label: { en: 'Area (km²)', zh: '面积（平方公里）' },
          min: 0,
        },
      ],
    },
    boundariesField(),
    {
      // Latitude/longitude numbers rather than a point field: PostgreSQL would need PostGIS for that.
      name: 'location',
      type: 'group',
      label: { en: 'Location', zh: '位置' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', label: { en: 'Latitude', zh: '纬度' }, min: -90, max: 90 },
            { name: 'longitude', type: 'number', label: { en: 'Longitude', zh: '经度' }, min: -180, max: 180 },
          ],
        },
      ],
    },
    summaryField(),
    bodyField(),
    { name: 'heroImage', type: 'upload', relationTo: 'media', label: { en: 'Hero image', zh: '主图' } },
    {
      name: 'gallery',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: { en: 'Gallery', zh: '图集' },
    },
    {
      name: 'keyFigures',
      type: 'array',
      label: { en: 'Key figures', zh: '关键数据' },
      labels: { singular: { en: 'Figure', zh: '数据' }, plural: { en: 'Figures', zh: '数据' } },
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', zh: '名称' }, required: true, localized: true },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', label: { en: 'Value', zh: '数值' }, required: true },
            { name: 'unit', type: 'text', label: { en: 'Unit', zh: '单位' }, localized: true },
            { name: 'year', type: 'number', label: { en: 'Year', zh: '年份' } },
          ],
        },
      ],
    },
    {
      name: 'industries',
      type: 'relationship',
      relationTo: 'industries',
      hasMany: true,
      label: { en: 'Industries', zh: '产业' },
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', zh: '联系方式' },
      fields: [
        { name: 'address', type: 'text', label: { en: 'Address', zh: '地址' }, localized: true },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
            { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
            { name: 'website', type: 'text', label: { en: 'Website', zh: '网站' } },
          ],
        },
      ],
    },
    ...reviewFields(),
  ],
}
