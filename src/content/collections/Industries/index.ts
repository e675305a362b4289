import { createBreadcrumbsField } from '@payloadcms/plugin-nested-docs'
import type { CollectionConfig } from 'payload'

import { bodyField, summaryField } from '../../fields/localizedText'
import { orderField } from '../../fields/order'
import { reviewFields } from '../../../workflow/review/reviewFields'
import { slugField } from '../../fields/slug'
import { workflowHooks } from '../../../workflow/workflowHooks'
import { preventParentCycle } from './preventParentCycle'

export const Industries: CollectionConfig = {
  slug: 'industries',
  labels: {
    singular: { en: 'Industry', zh: '产业' },
    plural: { en: 'Industries', zh: '产业' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'kind', 'parent', 'slug', '_status'],
    group: { en: 'Zone', zh: '开发区' },
  },
  defaultSort: 'order',
  // What another document carries of an industry when it populates one (depth ≥ 1); see Parks.
  defaultPopulate: { name: true, slug: true, kind: true, parent: true },
  // Who reads and writes: src/workflow/access/trust.ts.
  versions: { drafts: true, maxPerDoc: 50 },
  hooks: workflowHooks(),
  fields: [
    { name: 'name', type: 'text', label: { en: 'Name', zh: '名称' }, required: true, localized: true },
    slugField('name'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'industries',
      label: { en: 'Parent industry', zh: '上级产业' },
      index: true,
      admin: { position: 'sidebar' },
      validate: preventParentCycle,
    },
    // Filled by the nested-docs plugin from the parent chain; labels per locale.
    createBreadcrumbsField('industries', {
      localized: true,
      label: { en: 'Breadcrumbs', zh: '层级路径' },
      admin: { readOnly: true, position: 'sidebar', initCollapsed: true },
    }),
    {
      name: 'kind',
      type: 'select',
      label: { en: 'Kind', zh: '类别' },
      required: true,
      index: true,
      options: [
        { value: 'strategic-emerging', label: { en: 'Strategic emerging industry', zh: '战略性新兴产业' } },
        { value: 'advanced-manufacturing', label: { en: 'Advanced manufacturing', zh: '先进制造业' } },
        { value: 'producer-services', label: { en: 'Producer services', zh: '生产性服务业' } },
      ],
    },
    orderField(),
    summaryField(),
    bodyField(),
    { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Image', zh: '图片' } },
    {
      name: 'parks',
      type: 'join',
      collection: 'parks',
      on: 'industries',
      label: { en: 'Parks with this industry', zh: '相关园区' },
    },
    ...reviewFields(),
  ],
}
