import {
  type CollectionAfterOperationHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type CollectionBeforeValidateHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import type { User } from '../../payload-types'

export const MIN_PASSWORD_LENGTH = 12

/** The rules, as the account form states them. */
export const PASSWORD_RULES = {
  en: `At least ${MIN_PASSWORD_LENGTH} characters; not your email or name, and not a common password.`,
  zh: `至少 ${MIN_PASSWORD_LENGTH} 个字符；不得使用邮箱、姓名或常见密码。`,
}

let common: Set<string> | undefined

/** About 50,000 passwords seen most often in breaches (the zxcvbn-ts list), loaded on first use. */
async function commonPasswords(): Promise<Set<string>> {
  if (!common) {
    const { dictionary } = await import('@zxcvbn-ts/language-common')
    common = new Set(dictionary['passwords-common'])
  }
  return common
}

const simplified = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')

/** Why a password is refused, in a sentence that names the rule; undefined when it is acceptable. */
export async function passwordProblem(
  password: string,
  { email, name }: { email?: string | null; name?: string | null } = {},
): Promise<string | undefined> {
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    return `The password must have at least ${MIN_PASSWORD_LENGTH} characters (it has ${[...password].length}).`
  }
  const plain = simplified(password)
  // The email (whole, or its local part alone) or the name, in any case and punctuation.
  const local = email ? simplified(email.split('@')[0]!) : ''
  const named = name ? simplified(name) : ''
  if (
    (email && plain.includes(simplified(email))) ||
    (local && plain === local) ||
    (named.length >= 4 && plain.includes(named))
  ) {
    return 'The password must not contain your email address or your name.'
  }
  const words = await commonPasswords()
  if (words.has(password.toLowerCase()) || words.has(plain) || new Set(plain).size < 4) {
    return 'This password is too common (it is on the list of passwords attackers try first). Choose another.'
  }
  return undefined
}

const refuse = (message: string, req: PayloadRequest) =>
  new ValidationError({ collection: 'users', errors: [{ path: 'password', message }], req })

/** Every password set on an account, whoever sets it (created, changed in the panel or the API). */
export const enforcePasswordPolicy: CollectionBeforeValidateHook<User> = async ({ data, originalDoc, req }) => {
  const password = (data as { password?: unknown } | undefined)?.password
  if (typeof password !== 'string' || !password) return data
  const problem = await passwordProblem(password, {
    email: data?.email ?? originalDoc?.email,
    name: data?.name ?? originalDoc?.name,
  })
  if (problem) throw refuse(problem, req)
  return data
}

/** The same rules for a password set with a reset link (which runs no validation of its own). */
export const enforcePolicyOnReset: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { token, password } = (args as { data?: { token?: unknown; password?: unknown } }).data ?? {}
  if (typeof password !== 'string' || typeof token !== 'string') return args
  const user = await req.payload.db.findOne<User>({
    collection: 'users',
    where: { resetPasswordToken: { equals: token } },
    req,
  })
  const problem = await passwordProblem(password, { email: user?.email, name: user?.name })
  if (problem) throw refuse(problem, req)
  return args
}

/** FORCE_PASSWORD_CHANGE (default on): a password someone else set must be changed at first sign-in. */
export const forcePasswordChange = (env: Record<string, string | undefined> = process.env): boolean =>
  !['false', 'off', '0', 'no'].includes((env.FORCE_PASSWORD_CHANGE ?? '').trim().toLowerCase())

/**
 * Marks an account whose password someone else chose (an administrator creating it or setting it, the
 * seed's first administrator): until its owner chooses their own, the account has no rights but to
 * change it (roles.ts). The owner setting their own password clears the mark; so does the very first
 * account registering itself.
 */
export const markPasswordSetByOthers: CollectionBeforeChangeHook<User> = ({ data, operation, originalDoc, req }) => {
  const password = (data as { password?: unknown }).password
  if (operation === 'create') {
    const registersItself = req.payloadAPI !== 'local' && !req.user
    if (forcePasswordChange() && !registersItself) data.mustChangePassword = true
    return data
  }
  if (typeof password !== 'string' || !password) return data
  const own = req.user?.collection === 'users' && String(req.user.id) === String(originalDoc?.id)
  data.mustChangePassword = own ? false : forcePasswordChange()
  return data
}

/** A password set with a reset link is the owner's own choice. */
export const clearMarkAfterReset: CollectionAfterOperationHook = async ({ operation, result, req }) => {
  if (operation !== 'resetPassword') return result
  const user = (result as { user?: { id?: number | string; mustChangePassword?: boolean } }).user
  if (user?.id !== undefined && user.mustChangePassword) {
    await req.payload.db.updateOne({ collection: 'users', id: user.id, data: { mustChangePassword: false }, req })
  }
  return result
}
