export const AUDIT_ACTIONS = [
  { value: 'create', en: 'Created', zh: '创建' },
  { value: 'update', en: 'Updated', zh: '修改' },
  { value: 'save-draft', en: 'Saved draft', zh: '保存草稿' },
  { value: 'publish', en: 'Published', zh: '发布' },
  { value: 'unpublish', en: 'Unpublished', zh: '撤销发布' },
  { value: 'delete', en: 'Deleted', zh: '删除' },
  { value: 'schedule', en: 'Scheduled', zh: '定时' },
  { value: 'cancel-schedule', en: 'Schedule cancelled', zh: '取消定时' },
  { value: 'login', en: 'Logged in', zh: '登录' },
  { value: 'login-failed', en: 'Failed login', zh: '登录失败' },
  { value: 'role-change', en: 'Role changed', zh: '角色变更' },
  { value: 'export', en: 'Exported', zh: '导出' },
  { value: 'erase', en: 'Personal data erased', zh: '删除个人信息' },
  { value: 'archive', en: 'Archived', zh: '归档' },
  { value: 'sign-out', en: 'Signed out everywhere', zh: '强制下线' },
  { value: 'two-factor', en: 'Two-factor sign-in', zh: '双因素登录' },
] as const

export type AuditAction = (typeof AUDIT_ACTIONS)[number]['value']
