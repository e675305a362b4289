import type { CollectionConfig } from 'payload'

import { adminsOnlyField, ROLES, selfOrAdminsField, staffOrPending } from '../access/roles'
import { auditLogin } from '../audit/authHooks'
import { endSessionsWhenDisabled, nameFromEmail, refuseDisabled } from './accountStatus'
import {
  clearMarkAfterReset,
  enforcePasswordPolicy,
  enforcePolicyOnReset,
  markPasswordSetByOthers,
} from './passwordPolicy'
import { makeFirstUserAdmin } from './makeFirstUserAdmin'
import { LOCK_MINUTES, MAX_LOGIN_ATTEMPTS } from './loginLock'
import { unlockEndpoint } from './unlockEndpoint'
import { twoFactorEndpoints, twoFactorFields } from './twoFactor'
import { recordSessionDevice, sessionEndpoints, sessionSettings, sessionsField } from './sessions'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  admin: {
    // Names, not emails: colleagues pick assignees from this list, and emails are for administrators.
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'active'],
    group: { en: 'Administration', zh: '系统管理' },
  },
  auth: {
    // Five wrong passwords lock an account for ten minutes (the message says so: loginLock.ts).
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: LOCK_MINUTES * 60 * 1000,
    // The idle timeout: the panel renews a token while its user is active (sessions.ts).
    tokenExpiration: sessionSettings().idleMinutes * 60,
  },
  // Who reads and writes (and unlocks): src/workflow/access/trust.ts. Only staff use the admin panel.
  // An account that must first change its password enters the panel, but has no rights but that.
  access: { admin: staffOrPending },
  // Unlock answers alike for known and unknown emails (see unlockEndpoint.ts).
  endpoints: [unlockEndpoint, ...sessionEndpoints(), ...twoFactorEndpoints()],
  hooks: {
    beforeOperation: [enforcePolicyOnReset],
    beforeValidate: [enforcePasswordPolicy],
    beforeChange: [makeFirstUserAdmin, nameFromEmail, markPasswordSetByOthers],
    afterOperation: [clearMarkAfterReset],
    afterChange: [endSessionsWhenDisabled],
    beforeLogin: [refuseDisabled],
    afterLogin: [auditLogin, recordSessionDevice],
  },
  fields: [
    {
      // The password rules, and on one's own account a request to change a password someone else set.
      name: 'passwordRules',
      type: 'ui',
      admin: { components: { Field: '/admin/PasswordRules#PasswordRules' } },
    },
    {
      name: 'mustChangePassword',
      type: 'checkbox',
      label: { en: 'Must change password at next sign-in', zh: '下次登录须修改密码' },
      defaultValue: false,
      // Set by the server (passwordPolicy.ts); an administrator may also require a change.
      access: { read: selfOrAdminsField, create: () => false, update: adminsOnlyField },
      admin: { position: 'sidebar' },
    },
    {
      name: 'name',
      type: 'text',
      label: { en: 'Name', zh: '姓名' },
      maxLength: 100,
      admin: {
        description: {
          en: 'Shown to colleagues (for example when they assign an inquiry). Left empty, the part of the email before @.',
          zh: '同事可见（例如分配咨询时）。留空则取邮箱 @ 之前的部分。',
        },
      },
    },
    {
      // Payload's own email field, merged: every staff member reads the accounts' names and roles;
      // the email only administrators and the account itself.
      name: 'email',
      type: 'email',
      access: { read: selfOrAdminsField },
    },
    {
      name: 'active',
      type: 'checkbox',
      label: { en: 'Active', zh: '启用' },
      defaultValue: true,
      index: true,
      // Disabling signs the account out everywhere (accountStatus.ts).
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        position: 'sidebar',
        description: {
          en: 'A disabled account cannot sign in, is signed out everywhere, and cannot be assigned work.',
          zh: '停用的账号无法登录，所有会话立即失效，也不能被分配任务。',
        },
      },
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
    // Each session's device, address and last activity (sessions.ts), listed on the account page.
    sessionsField,
    // Two-factor sign-in (twoFactor.ts): its secret and recovery codes are never sent to anyone.
    ...twoFactorFields,
    {
      name: 'twoFactor',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/TwoFactor#TwoFactorAccount' } },
    },
    {
      name: 'sessionList',
      type: 'ui',
      admin: { position: 'sidebar', components: { Field: '/admin/SessionList#SessionList' } },
    },
  ],
}
