import type { CollectionConfig } from 'payload'

import { adminsOnlyField, ROLES, staffOnly } from '../access/roles'
import { auditLogin } from '../audit/authHooks'
import { makeFirstUserAdmin } from './makeFirstUserAdmin'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from './loginLock'
import { unlockEndpoint } from './unlockEndpoint'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['name', 'email', 'role'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  auth: {
    // Five wrong passwords lock an account for ten minutes (the message says so: loginLock.ts).
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
  },
  // Who reads and writes (and unlocks): src/workflow/access/trust.ts. Only staff use the admin panel.
  access: { admin: staffOnly },
  // Unlock answers alike for known and unknown emails (see unlockEndpoint.ts).
  endpoints: [unlockEndpoint],
  hooks: {
    beforeChange: [makeFirstUserAdmin],
    afterLogin: [auditLogin],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', zh: '姓名' },
    },
    {
      name: 'role',
      type: 'select',
      label: { en: 'Role', zh: '角色' },
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: ROLES.map((value) => ({
        value,
        label: {
          admin: { en: 'Administrator', zh: '管理员' },
          publisher: { en: 'Publisher', zh: '发布者' },
          editor: { en: 'Editor', zh: '编辑' },
        }[value],
      })),
      // Only administrators give or change roles: nobody raises their own.
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: { position: 'sidebar' },
    },
  ],
}
