import crypto from 'node:crypto'

import { jwtSign, type Payload } from 'payload'

import { createStaff } from './testPayload'

export type Role = 'admin' | 'publisher' | 'editor'
export type Staff = Awaited<ReturnType<typeof createStaff>>

const PASSWORD = 'correct-horse-battery'

/** A staff account of each role, signed in: its user (as req.user) and its JWT. */
export async function signInStaff(payload: Payload) {
  const accounts = {} as Record<Role, { user: Staff; token: string }>
  for (const role of ['admin', 'publisher', 'editor'] as const) {
    const user = await createStaff(payload, role)
    const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
    accounts[role] = { user, token: token! }
  }
  return accounts
}

/** API keys of each kind: `read`, `preview`, and a preview key that was disabled. */
export async function createKeys(payload: Payload) {
  const keys = { read: crypto.randomUUID(), preview: crypto.randomUUID(), disabled: crypto.randomUUID() }
  for (const [name, key] of Object.entries(keys)) {
    await payload.create({
      collection: 'api-keys',
      data: {
        name: `Website (${name})`,
        scope: name === 'read' ? 'read' : 'preview',
        enabled: name !== 'disabled',
        enableAPIKey: true,
        apiKey: key,
      },
    })
  }
  return keys
}

/** A JWT Payload would have accepted but whose time is up. */
export async function expiredToken(payload: Payload, user: Staff): Promise<string> {
  const { token } = await jwtSign({
    fieldsToSign: { id: user.id, collection: 'users', email: user.email },
    secret: payload.secret,
    tokenExpiration: -60,
  })
  return token
}

/** The JWT of an account that has since been deleted. */
export async function deletedUsersToken(payload: Payload): Promise<string> {
  const user = await createStaff(payload, 'admin')
  const { token } = await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })
  await payload.delete({ collection: 'users', id: user.id })
  return token!
}

export const jwt = (token: string) => ({ authorization: `JWT ${token}` })
export const apiKey = (key: string) => ({ authorization: `api-keys API-Key ${key}` })
