import type { GlobalConfig } from 'payload'

export const Navigation: GlobalConfig = {
  slug: 'navigation',
  label: { en: 'Navigation', zh: '导航菜单' },
  admin: { group: { en: 'Administration', zh: '系统管理' } },
  // Who reads and writes: src/workflow/access/trust.ts.
  fields: [
    {
      name: 'items',
      type: 'array',
      label: { en: 'Menu items', zh: '菜单项' },
      maxRows: 12,
      fields: [
        { name: 'label', type: 'text', label: { en: 'Label', zh: '名称' }, required: true, localized: true },
        {
          name: 'kind',
          type: 'radio',
          label: { en: 'Link to', zh: '链接到' },
          defaultValue: 'internal',
          options: [
            { value: 'internal', label: { en: 'A page of the site', zh: '站内页面' } },
            { value: 'external', label: { en: 'An external address', zh: '外部地址' } },
          ],
        },
        {
          name: 'reference',
          type: 'relationship',
          relationTo: ['parks', 'industries', 'announcements'],
          label: { en: 'Document', zh: '文档' },
          admin: { condition: (_, sibling) => sibling?.kind === 'internal' },
        },
        {
          name: 'path',
          type: 'text',
          label: { en: 'Path or URL', zh: '路径或网址' },
          admin: {
            description: { en: 'For example /parks or https://…', zh: '例如 /parks 或 https://…' },
          },
        },
      ],
    },
  ],
}
