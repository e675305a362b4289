import type { CollectionConfig, FieldAccess, Validate } from 'payload'

import { hasRole, isStaff } from '../../workflow/access/roles'
import { validatePhone } from '../../content/fields/contact'
import { industriesField, parksField } from '../../content/fields/relations'
import { requireGate } from './challenge'
import { exportInquiriesCsv } from './exportCsv'
import { ANONYMISING, personalDataEndpoints, stampLifecycle } from './personalData'
import { assignReference } from './reference'
import { rejectHoneypot } from './rejectHoneypot'
import { queueAssignment } from './assignment'
import { queueNotification } from './queueNotification'
import { serverTimestamps } from './serverTimestamps'
import { stampNotes } from './stampNotes'
import { json, openapi, ref } from '../../delivery/apiDocs/declare'

export const INQUIRY_STATUSES = ['new', 'assigned', 'contacted', 'qualified', 'closed'] as const

/** Contact details (email, phone) are for admins and publishers only. */
const contactDetailsReaders: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'publisher')
const staffField: FieldAccess = ({ req }) => isStaff(req.user)
const assigners: FieldAccess = ({ req }) => hasRole(req.user, 'admin', 'publisher')

const mustConsent: Validate = (value) =>
  value === true ? true : 'Please agree to be contacted about your inquiry; we cannot answer it otherwise.'

const SUBJECTS = ['opportunities', 'events', 'policies'] as const

/**
 * What an inquiry is about, when the website's "ask about this" button sends it: only something the
 * public can see now (published, due, not expired), checked with the public's access. Staff may link
 * anything.
 */
const publicSubject: Validate = async (value, { req }) => {
  if (!value || isStaff(req.user)) return true
  const { relationTo, value: id } = value as { relationTo?: unknown; value?: unknown }
  const collection = SUBJECTS.find((slug) => slug === relationTo)
  const notFound =
    'This item is not open to inquiries: choose a published opportunity, event or policy, or leave "subject" out.'
  if (!collection || (typeof id !== 'string' && typeof id !== 'number')) return notFound
  const visible = await req.payload
    .count({ collection, where: { id: { equals: id } }, overrideAccess: false, req })
    .catch(() => ({ totalDocs: 0 }))
  return visible.totalDocs === 1 ? true : notFound
}

/** Someone handles an inquiry past "New", and that someone is an active staff account. */
const assigneeWhenWorked: Validate = async (value, { req, siblingData, previousValue }) => {
  if (req?.context?.[ANONYMISING]) return true
  const status = (siblingData as { status?: string }).status
  if (status && status !== 'new' && !value) return 'Choose who handles this inquiry before moving it past “New”.'
  const id = value && typeof value === 'object' ? (value as { id?: unknown }).id : value
  const before =
    previousValue && typeof previousValue === 'object' ? (previousValue as { id?: unknown }).id : previousValue
  if (id === undefined || id === null || id === '' || String(id) === String(before ?? '')) return true
  const account = await req.payload
    .findByID({ collection: 'users', id: id as number, depth: 0, req, overrideAccess: true })
    .catch(() => undefined)
  if (!account) return 'This account does not exist: choose a colleague from the list.'
  if (account.active === false) return 'This account is disabled: choose an active colleague.'
  return true
}

/**
 * Investor inquiries from the public website. The public may only create them (REST; rate-limited
 * per IP, honeypot-guarded); staff work them through a pipeline; contact details are visible to
 * admins and publishers only. Each new inquiry queues an email to the promotion office.
 */
export const Inquiries: CollectionConfig = {
  slug: 'inquiries',
  labels: {
    singular: { en: 'Investor inquiry', zh: '投资咨询' },
    plural: { en: 'Investor inquiries', zh: '投资咨询' },
  },
  admin: {
    useAsTitle: 'company',
    defaultColumns: ['reference', 'company', 'subject', 'status', 'assignee', 'createdAt'],
    group: { en: 'Investment promotion', zh: '招商引资' },
    listSearchableFields: ['reference', 'company', 'contactName'],
  },
  defaultSort: '-createdAt',
  // Created over REST only: the per-IP rate limit guards POST /api/inquiries.
  graphQL: false,
  // Who reads and writes: src/workflow/access/trust.ts.
  endpoints: [
    {
      path: '/export.csv',
      method: 'get',
      handler: exportInquiriesCsv,
      custom: openapi({
        operationId: 'exportInquiriesCsv',
        summary: 'Staff only: the inquiries the signed-in staff member may read, as CSV (UTF-8 with BOM)',
        tags: ['Inquiry'],
        security: [{ apiKey: [] }],
        parameters: [{ name: 'status', in: 'query', schema: { type: 'string' } }],
        responses: {
          '200': { description: 'CSV, one row per inquiry.', content: { 'text/csv': { schema: { type: 'string' } } } },
          '403': { description: 'Not signed in as staff.', content: json(ref('Error')) },
        },
      }),
    },
    ...personalDataEndpoints(),
  ],
  hooks: {
    beforeValidate: [requireGate, rejectHoneypot],
    beforeChange: [serverTimestamps, assignReference, stampLifecycle, stampNotes],
    afterChange: [queueNotification, queueAssignment],
  },
  fields: [
    {
      // Given by the server (assignReference), told to the investor in the answer and the acknowledgement.
      name: 'reference',
      type: 'text',
      label: { en: 'Reference', zh: '咨询编号' },
      unique: true,
      index: true,
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      type: 'row',
      fields: [
        {
          name: 'company',
          type: 'text',
          label: { en: 'Company', zh: '公司名称' },
          required: true,
          minLength: 2,
          maxLength: 200,
        },
        {
          name: 'contactName',
          type: 'text',
          label: { en: 'Contact name', zh: '联系人' },
          required: true,
          minLength: 1,
          maxLength: 100,
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'email',
          type: 'email',
          label: { en: 'Email', zh: '电子邮箱' },
          required: true,
          access: { read: contactDetailsReaders, update: contactDetailsReaders },
        },
        {
          name: 'phone',
          type: 'text',
          label: { en: 'Phone', zh: '电话' },
          maxLength: 40,
          validate: validatePhone,
          access: { read: contactDetailsReaders, update: contactDetailsReaders },
        },
        {
          name: 'country',
          type: 'text',
          label: { en: 'Country or region', zh: '国家或地区' },
          required: true,
          maxLength: 80,
        },
      ],
    },
    {
      name: 'subject',
      type: 'relationship',
      relationTo: [...SUBJECTS],
      label: { en: 'About', zh: '咨询对象' },
      index: true,
      validate: publicSubject,
      admin: {
        description: {
          en: 'The opportunity, event or policy the investor asked about from its page, if any.',
          zh: '投资者从某个招商载体、活动或政策页面发起咨询时所指向的条目（如有）。',
        },
      },
    },
    industriesField({ label: { en: 'Industries of interest', zh: '意向产业' }, index: false }),
    parksField({ label: { en: 'Parks of interest', zh: '意向园区' }, index: false }),
    {
      name: 'message',
      type: 'textarea',
      label: { en: 'Message', zh: '咨询内容' },
      required: true,
      minLength: 10,
      maxLength: 5000,
    },
    {
      name: 'consent',
      type: 'checkbox',
      label: { en: 'Agrees to be contacted', zh: '同意被联系' },
      required: true,
      validate: mustConsent,
      access: { update: () => false },
    },
    {
      // What the investor agreed to, as shown then (stampLifecycle): the version and the words.
      type: 'collapsible',
      label: { en: 'Consent and retention', zh: '同意与保存期限' },
      admin: { initCollapsed: true, position: 'sidebar' },
      fields: [
        {
          name: 'consentVersion',
          type: 'text',
          label: { en: 'Consent version', zh: '同意书版本' },
          admin: { readOnly: true },
        },
        {
          name: 'consentText',
          type: 'textarea',
          label: { en: 'Consent text agreed to', zh: '所同意的文本' },
          admin: { readOnly: true },
        },
        {
          name: 'closedAt',
          type: 'date',
          label: { en: 'Closed at', zh: '关闭时间' },
          index: true,
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
        {
          name: 'anonymisedAt',
          type: 'date',
          label: { en: 'Personal data removed at', zh: '个人信息删除时间' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
    {
      name: 'language',
      type: 'select',
      label: { en: 'Language of the inquiry', zh: '咨询语言' },
      defaultValue: 'zh',
      options: [
        { value: 'zh', label: '中文' },
        { value: 'en', label: 'English' },
      ],
    },
    {
      // Honeypot: hidden on the website's form; people leave it empty, form-filling bots do not.
      name: 'website',
      type: 'text',
      maxLength: 200,
      admin: { hidden: true },
      access: { read: () => false, update: () => false },
    },
    {
      name: 'status',
      type: 'select',
      label: { en: 'Pipeline stage', zh: '处理阶段' },
      defaultValue: 'new',
      required: true,
      index: true,
      options: [
        { value: 'new', label: { en: 'New', zh: '新咨询' } },
        { value: 'assigned', label: { en: 'Assigned', zh: '已分配' } },
        { value: 'contacted', label: { en: 'Contacted', zh: '已联系' } },
        { value: 'qualified', label: { en: 'Qualified', zh: '有效线索' } },
        { value: 'closed', label: { en: 'Closed', zh: '已关闭' } },
      ],
      access: { create: staffField, update: staffField },
      admin: { position: 'sidebar' },
    },
    {
      // Publishers and administrators assign; any active staff member can be the assignee, picked by
      // name (emails are for administrators). The assignee is emailed (assignment.ts).
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: { en: 'Assignee', zh: '负责人' },
      index: true,
      validate: assigneeWhenWorked,
      filterOptions: { active: { not_equals: false } },
      access: { create: assigners, update: assigners },
      admin: { position: 'sidebar' },
    },
    {
      name: 'internalNotes',
      type: 'array',
      label: { en: 'Internal notes', zh: '内部备注' },
      access: { create: staffField, read: staffField, update: staffField },
      admin: { initCollapsed: false },
      fields: [
        { name: 'note', type: 'textarea', label: { en: 'Note', zh: '备注' }, required: true, maxLength: 5000 },
        {
          name: 'author',
          type: 'relationship',
          relationTo: 'users',
          label: { en: 'By', zh: '记录人' },
          admin: { readOnly: true },
        },
        {
          name: 'at',
          type: 'date',
          label: { en: 'At', zh: '时间' },
          admin: { readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
        },
      ],
    },
  ],
}
