import type { GlobalConfig } from 'payload'

import { boundariesField } from '../fields/boundaries'

export const ZoneProfile: GlobalConfig = {
  slug: 'zone-profile',
  label: { en: 'Zone profile', zh: '开发区概况' },
  admin: { group: { en: 'Zone', zh: '开发区' } },
  // Who reads and writes: src/workflow/access/trust.ts.
  versions: { max: 50 },
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
    {
      type: 'row',
      fields: [
        { name: 'approvedYear', type: 'number', label: { en: 'Year approved', zh: '批准年份' } },
        { name: 'approvedBy', type: 'text', label: { en: 'Approved by', zh: '批准机关' }, localized: true },
        { name: 'areaKm2', type: 'number', label: { en: 'Area (km²)', zh: '面积（平方公里）' }, min: 0 },
      ],
    },
    boundariesField(),
    {
      name: 'keyFigures',
      type: 'array',
      label: { en: 'Key figures', zh: '关键数据' },
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', zh: '名称' }, required: true, localized: true },
        {
          type: 'row',
          fields: [
            { name: 'value', type: 'text', label: { en: 'Value', zh: '数值' }, required: true },
            { name: 'unit', type: 'text', label: { en: 'Unit', zh: '单位' }, localized: true },
          ],
        },
        { name: 'note', type: 'text', label: { en: 'Note', zh: '说明' }, localized: true },
      ],
    },
    {
      name: 'positioning',
      type: 'array',
      label: { en: 'Positioning statements', zh: '发展定位' },
      fields: [
        {
          name: 'statement',
          type: 'textarea',
          label: { en: 'Statement', zh: '表述' },
          required: true,
          localized: true,
        },
      ],
    },
    {
      name: 'summary',
      type: 'textarea',
      label: { en: 'Summary', zh: '简介' },
      localized: true,
    },
  ],
}
