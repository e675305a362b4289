import type { GlobalConfig } from 'payload'

export const SiteSettings: GlobalConfig = {
  slug: 'site-settings',
  label: { en: 'Site settings', zh: '站点设置' },
  admin: { group: { en: 'Administration', zh: '系统管理' } },
  // Who reads and writes: src/workflow/access/trust.ts.
  fields: [
    { name: 'siteName', type: 'text', label: { en: 'Site name', zh: '站点名称' }, required: true, localized: true },
    { name: 'shortName', type: 'text', label: { en: 'Short name', zh: '简称' }, localized: true },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', zh: '联系方式' },
      fields: [
        { name: 'organisation', type: 'text', label: { en: 'Organisation', zh: '机构' }, localized: true },
        { name: 'address', type: 'text', label: { en: 'Address', zh: '地址' }, localized: true },
        {
          type: 'row',
          fields: [
            { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
            { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
          ],
        },
      ],
    },
    {
      name: 'inquiryConsent',
      type: 'group',
      label: { en: 'Inquiry consent', zh: '咨询同意书' },
      admin: {
        description: {
          en: 'The consent the inquiry form shows, per language. Give each new wording a new version (e.g. 2026-12): every inquiry keeps the version and words its sender agreed to; earlier wordings stay in this page’s history.',
          zh: '咨询表单显示的同意书（中英文）。每次修改措辞请给出新的版本号（如 2026-12）：每条咨询都会保存提交者所同意的版本和文本；旧的措辞保留在本页的历史版本中。',
        },
      },
      fields: [
        { name: 'version', type: 'text', label: { en: 'Version', zh: '版本' }, maxLength: 40 },
        { name: 'text', type: 'textarea', label: { en: 'Text', zh: '文本' }, localized: true, maxLength: 2000 },
      ],
    },
    {
      name: 'inquiryAcknowledgement',
      type: 'group',
      label: { en: 'Inquiry acknowledgement', zh: '咨询回执' },
      admin: {
        description: {
          en: 'The email each investor gets after sending an inquiry, in their language. Left empty, a standard text is sent. Placeholders: {reference}, {contactName}, {company}, {organisation}, {officePhone}, {officeEmail}.',
          zh: '投资者提交咨询后收到的邮件，使用其咨询语言。留空则发送标准文本。可用占位符：{reference}、{contactName}、{company}、{organisation}、{officePhone}、{officeEmail}。',
        },
      },
      fields: [
        { name: 'subject', type: 'text', label: { en: 'Subject', zh: '邮件主题' }, localized: true, maxLength: 200 },
        { name: 'body', type: 'textarea', label: { en: 'Text', zh: '邮件正文' }, localized: true, maxLength: 5000 },
      ],
    },
    {
      name: 'socialLinks',
      type: 'array',
      label: { en: 'Social links', zh: '社交媒体' },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'platform',
              type: 'select',
              label: { en: 'Platform', zh: '平台' },
              required: true,
              options: [
                { value: 'wechat', label: { en: 'WeChat', zh: '微信' } },
                { value: 'weibo', label: { en: 'Weibo', zh: '微博' } },
                { value: 'linkedin', label: 'LinkedIn' },
                { value: 'other', label: { en: 'Other', zh: '其他' } },
              ],
            },
            { name: 'url', type: 'text', label: { en: 'URL or account', zh: '链接或账号' }, required: true },
          ],
        },
      ],
    },
    {
      name: 'defaultSeo',
      type: 'group',
      label: { en: 'Default SEO', zh: '默认 SEO' },
      fields: [
        { name: 'title', type: 'text', label: { en: 'Meta title', zh: '页面标题' }, localized: true, maxLength: 70 },
        {
          name: 'description',
          type: 'textarea',
          label: { en: 'Meta description', zh: '页面描述' },
          localized: true,
          maxLength: 200,
        },
        { name: 'image', type: 'upload', relationTo: 'media', label: { en: 'Share image', zh: '分享图片' } },
      ],
    },
  ],
}
