import type { Field, FieldAccess } from 'payload'

import { canReadDrafts } from '../access/roles'

import { REVIEW_STATES } from './states'
import { bilingualOptions } from '../../content/fields/bilingualOptions'

/** Staff (and preview keys) only: review comments are internal to the committee. */
const internal: FieldAccess = ({ req }) => canReadDrafts(req.user)

/** The review workflow's fields, shown in the sidebar of every collection with drafts. */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewStatus',
    type: 'select',
    label: { en: 'Review', zh: '审核状态' },
    defaultValue: 'draft',
    index: true,
    access: { read: internal },
    options: bilingualOptions(REVIEW_STATES),
    admin: {
      position: 'sidebar',
      description: {
        en: 'Editors: set “In review” and save the draft to submit. Publishers: approve, or request changes with a comment.',
        zh: '编辑：选择“待审核”并保存草稿即提交审核。发布者：批准，或填写意见后退回修改。',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    label: { en: 'Review comment', zh: '审核意见' },
    access: { read: internal },
    admin: {
      position: 'sidebar',
      description: { en: 'Recorded with the next change of review state.', zh: '随下一次审核状态变更一并记录。' },
    },
  },
  {
    name: 'reviewHistory',
    type: 'array',
    label: { en: 'Review history', zh: '审核记录' },
    access: { read: internal },
    admin: { readOnly: true, initCollapsed: true, position: 'sidebar' },
    fields: [
      { name: 'from', type: 'text', label: { en: 'From', zh: '原状态' } },
      { name: 'to', type: 'text', label: { en: 'To', zh: '新状态' }, required: true },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { en: 'By', zh: '操作人' } },
      {
        name: 'at',
        type: 'date',
        label: { en: 'At', zh: '时间' },
        required: true,
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'comment', type: 'textarea', label: { en: 'Comment', zh: '意见' } },
    ],
  },
]
