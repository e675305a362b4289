import { generate } from 'otplib'

import { productionWarnings } from '../src/env'
import { createRateLimits } from '../src/http/rateLimits'
import { secondFactorRoles } from '../src/workflow/access/secondFactor'
import { apiKey, createKeys, jwt, type Role } from './helpers/principals'
import { jsonCall } from './helpers/jsonCall'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

/**
 * Two-factor sign-in as an auditor tries it: a publisher cannot work with the password alone, on any
 * path; setting it up and verifying with an authenticator's code; recovery codes; replayed and wrong
 * codes; an administrator's reset; API keys unaffected; editors optional unless required.
 */
process.env.STAFF_2FA_ROLES = 'admin,publisher'
afterAll(() => {
  process.env.STAFF_2FA_ROLES = ''
})

// Many sign-ins from one address: the login limit is not under test here.
const app = useTestApp({
  seed: false,
  http: { rateLimits: createRateLimits({ env: { ...process.env, RATE_LIMIT_LOGIN: '500/300' } }) },
})
const call = (method: string, path: string, token?: string, body?: unknown) =>
  jsonCall(`${app.http.url}${path}`, method, { body, headers: token ? jwt(token) : {} })

async function signIn(email: string): Promise<string> {
  const answer = await call('POST', '/api/users/login', undefined, { email, password: 'correct-horse-battery' })
  expect(answer.status).toBe(200)
  return answer.body.token as string
}

/** An account of this role, signed in with its password only. */
async function account(role: Role) {
  const user = await createStaff(app.payload, role)
  return { user, token: await signIn(user.email) }
}

/** What an authenticator app shows now for this secret; the next 30-second step when asked. */
const codeFor = (secret: string, later = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + later })

/** Sets up two-factor sign-in for a signed-in session; its secret and recovery codes. */
async function setUp(token: string) {
  const setup = await call('POST', '/api/users/two-factor/setup', token)
  expect(setup.status).toBe(200)
  const { secret, uri, qr } = setup.body as { secret: string; uri: string; qr: string }
  expect(uri).toMatch(/^otpauth:\/\/totp\/Jinqiao%20CMS:/)
  expect(qr).toMatch(/^data:image\/png;base64,/)
  const enabled = await call('POST', '/api/users/two-factor/enable', token, { code: await codeFor(secret) })
  expect(enabled.status).toBe(200)
  return { secret, recoveryCodes: enabled.body.recoveryCodes as string[] }
}

describe('two-factor sign-in', () => {
  it('a publisher signed in with the password alone can do nothing but set it up, on any path', async () => {
    const { user, token } = await account('publisher')
    expect((await call('GET', '/api/inquiries', token)).status).toBe(403)
    expect((await call('POST', '/api/parks', token, { name: 'Password-only Park', kind: 'sub-park' })).status).toBe(403)
    const drafts = await call('GET', '/api/announcements?draft=true&where[_status][equals]=draft', token)
    expect((drafts.body.docs as unknown[] | undefined)?.length ?? 0).toBe(0)
    const gql = await call('POST', '/api/graphql', token, { query: '{ Inquiries { docs { id } } }' })
    expect(gql.text).not.toContain('"docs"')
    // Not even its own account: no new password, no new name.
    await call('PATCH', `/api/users/${user.id}`, token, { name: 'Renamed before 2FA' })
    expect((await app.payload.findByID({ collection: 'users', id: user.id })).name).not.toBe('Renamed before 2FA')

    const { secret } = await setUp(token)
    expect((await call('GET', '/api/inquiries', token)).status).toBe(200)

    // The next sign-in owes it again, until a code is given.
    const next = await signIn(user.email)
    expect((await call('GET', '/api/inquiries', next)).status).toBe(403)
    // The code used at set-up cannot be used again (replay); the next one can.
    const replay = await call('POST', '/api/users/two-factor/verify', next, { code: await codeFor(secret) })
    expect([replay.status, replay.text]).toEqual([400, expect.stringMatching(/not right, or was used already/)])
    const verified = await call('POST', '/api/users/two-factor/verify', next, { code: await codeFor(secret, 30) })
    expect(verified.status).toBe(200)
    expect((await call('GET', '/api/inquiries', next)).status).toBe(200)
  })

  it('the secret and the recovery codes are never sent back, to anyone', async () => {
    const { user, token } = await account('admin')
    await setUp(token)
    for (const path of [`/api/users/${user.id}`, '/api/users/me', `/api/users?where[id][equals]=${user.id}`]) {
      const answer = await call('GET', path, token)
      expect([path, /totpSecret|recoveryCodes|totpPendingSecret/.test(answer.text)]).toEqual([path, false])
    }
    const gql = await call('POST', '/api/graphql', token, { query: `{ User(id: ${user.id}) { id email } }` })
    expect(gql.text).not.toMatch(/totp/i)
  })

  it('a recovery code works once; five wrong codes end the sign-in', async () => {
    const { user, token } = await account('publisher')
    const { recoveryCodes } = await setUp(token)
    expect(recoveryCodes).toHaveLength(10)
    const lost = await signIn(user.email)
    const recovered = await call('POST', '/api/users/two-factor/verify', lost, { recoveryCode: recoveryCodes[0] })
    expect(recovered.status).toBe(200)
    const again = await signIn(user.email)
    const reused = await call('POST', '/api/users/two-factor/verify', again, { recoveryCode: recoveryCodes[0] })
    expect(reused.status).toBe(400)
    let last = reused
    for (let i = 0; i < 4; i++) last = await call('POST', '/api/users/two-factor/verify', again, { code: '000000' })
    expect([last.status, last.text]).toEqual([401, expect.stringMatching(/5 wrong codes: this sign-in has ended/)])
    expect((await call('GET', '/api/users/me', again)).body.user ?? null).toBeNull()
    const audit = await app.payload.find({
      collection: 'audit-log',
      where: { documentTitle: { like: 'recovery code' } },
    })
    expect(audit.totalDocs).toBe(1)
  })

  it('an administrator resets it (audited); the account sets it up again', async () => {
    const { user, token } = await account('publisher')
    await setUp(token)
    const admin = await account('admin')
    const { secret } = await setUp(admin.token)
    expect(secret).toBeTruthy()
    expect((await call('POST', `/api/users/${user.id}/two-factor/reset`, token)).status).toBe(403)
    const reset = await call('POST', `/api/users/${user.id}/two-factor/reset`, admin.token)
    expect(reset.status).toBe(200)
    // Signed out everywhere; the next sign-in sets it up anew.
    expect((await call('GET', '/api/users/me', token)).body.user ?? null).toBeNull()
    const fresh = await signIn(user.email)
    expect((await call('POST', '/api/users/two-factor/setup', fresh)).status).toBe(200)
    const entries = await app.payload.find({ collection: 'audit-log', where: { action: { equals: 'two-factor' } } })
    expect(entries.docs.map((d) => d.documentTitle)).toContain(
      `${user.name}: two-factor sign-in reset (signed out everywhere)`,
    )
  })

  it('editors may use it, unless an administrator requires it; API keys are not concerned', async () => {
    const editor = await account('editor')
    expect((await call('GET', '/api/inquiries', editor.token)).status).toBe(200)
    await app.payload.update({ collection: 'users', id: editor.user.id, data: { require2fa: true } })
    const required = await signIn(editor.user.email)
    expect((await call('GET', '/api/inquiries', required)).status).toBe(403)

    const keys = await createKeys(app.payload)
    const read = await jsonCall(`${app.http.url}/api/parks`, 'GET', { headers: apiKey(keys.read) })
    expect(read.status).toBe(200)
  })

  it('STAFF_2FA_ROLES is checked at start, and empty in production warns', () => {
    expect(secondFactorRoles({ STAFF_2FA_ROLES: 'admin, editor' })).toEqual(['admin', 'editor'])
    expect(secondFactorRoles({})).toEqual(['admin', 'publisher'])
    expect(() => secondFactorRoles({ STAFF_2FA_ROLES: 'admins' })).toThrow(/roles that do not exist \(admins\)/)
    expect(productionWarnings({ NODE_ENV: 'production', STAFF_2FA_ROLES: '' })).toEqual([
      expect.stringMatching(/STAFF_2FA_ROLES is empty/),
    ])
  })
})
