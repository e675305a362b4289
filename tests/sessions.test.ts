import { jwtSign } from 'payload'

import type { User } from '../src/payload-types'

import { jwt, signInStaff } from './helpers/principals'
import { jsonCall } from './helpers/jsonCall'
import { useTestApp } from './helpers/testApp'

/**
 * Staff sessions as an auditor tries them: an idle token expires, a session ends at its absolute
 * limit however active, people list and end their own sessions, and an administrator signs an account
 * out everywhere (as disabling it or changing its role does).
 */
const app = useTestApp({ seed: false, http: true })
let staff: Awaited<ReturnType<typeof signInStaff>>

beforeAll(async () => {
  staff = await signInStaff(app.payload)
})

const call = (method: string, path: string, headers?: Record<string, string>, body?: unknown) =>
  jsonCall(`${app.http.url}${path}`, method, { body, headers })

/** Signs in over REST, as a browser would (its device and address are recorded). */
async function signIn(email: string, device = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36') {
  const response = await fetch(`${app.http.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'user-agent': device },
    body: JSON.stringify({ email, password: 'correct-horse-battery' }),
  })
  return ((await response.json()) as { token: string }).token
}
const claims = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')) as {
    iat: number
    exp: number
    sid: string
  }

type Listed = { id: string; current: boolean; device: string | null; ip: string | null; lastSeenAt: string }

describe('staff sessions', () => {
  it('a token lives 30 minutes unless renewed: an idle session ends', async () => {
    const token = await signIn(staff.editor.user.email)
    const { iat, exp, sid } = claims(token)
    expect(exp - iat).toBe(30 * 60)
    // The same session, its token 30 minutes old: refused.
    const { token: idle } = await jwtSign({
      fieldsToSign: { id: staff.editor.user.id, collection: 'users', email: staff.editor.user.email, sid },
      secret: app.payload.secret,
      tokenExpiration: -1,
    })
    const me = await call('GET', '/api/users/me', jwt(idle))
    expect(me.body.user ?? null).toBeNull()
    expect((await call('GET', '/api/inquiries', jwt(idle))).status).toBe(403)
    // Renewed in time, it goes on.
    const refreshed = await call('POST', '/api/users/refresh-token', jwt(token))
    expect(refreshed.status).toBe(200)
  })

  it('a session ends at its absolute limit (8 hours), however active', async () => {
    const token = await signIn(staff.publisher.user.email)
    const { sid } = claims(token)
    expect((await call('GET', '/api/inquiries', jwt(token))).status).toBe(200)
    // Signed in 8 hours and a minute ago.
    const user = await app.payload.db.findOne<User>({
      collection: 'users',
      where: { id: { equals: staff.publisher.user.id } },
    })
    await app.payload.db.updateOne({
      collection: 'users',
      id: staff.publisher.user.id,
      data: {
        sessions: (user!.sessions ?? []).map((s) =>
          s.id === sid ? { ...s, createdAt: new Date(Date.now() - (8 * 60 + 1) * 60_000).toISOString() } : s,
        ),
      },
    })
    const ended = await call('GET', '/api/inquiries', jwt(token))
    expect([ended.status, ended.text]).toEqual([
      401,
      expect.stringMatching(/8-hour limit and has ended\. Sign in again/),
    ])
    // Gone for good: GraphQL and a refresh find nobody either.
    expect((await call('POST', '/api/users/refresh-token', jwt(token))).status).toBeGreaterThanOrEqual(400)
    const gql = await call('POST', '/api/graphql', jwt(token), { query: '{ meUser { user { id } } }' })
    expect(gql.text).not.toContain(`"id":${staff.publisher.user.id}`)
  })

  it('people list their sessions (device, address, last activity) and end one', async () => {
    const laptop = await signIn(staff.admin.user.email)
    const phone = await signIn(
      staff.admin.user.email,
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1',
    )
    const listed = await call('GET', '/api/users/sessions', jwt(laptop))
    expect(listed.status).toBe(200)
    const sessions = listed.body.sessions as Listed[]
    const current = sessions.find((s) => s.current)!
    expect(current.id).toBe(claims(laptop).sid)
    expect(current.device).toMatch(/Windows/)
    expect(current.ip).toMatch(/127\.0\.0\.1/)
    const other = sessions.find((s) => s.id === claims(phone).sid)!
    expect(other.device).toMatch(/iPhone/)

    // Another person cannot end it; its owner can.
    const foreign = await call('DELETE', `/api/users/sessions/${other.id}`, jwt(staff.editor.token))
    expect(foreign.status).toBe(404)
    expect((await call('GET', '/api/users/me', jwt(phone))).body.user).toBeTruthy()
    expect((await call('DELETE', `/api/users/sessions/${other.id}`, jwt(laptop))).status).toBe(200)
    expect((await call('GET', '/api/users/me', jwt(phone))).body.user ?? null).toBeNull()
    expect((await call('GET', '/api/users/me', jwt(laptop))).body.user).toBeTruthy()
    // Anonymous readers and API keys have no sessions to list.
    expect((await call('GET', '/api/users/sessions')).status).toBe(403)
  })

  it('an administrator signs an account out everywhere, recorded in the audit log; nobody else can', async () => {
    const first = await signIn(staff.editor.user.email)
    const second = await signIn(staff.editor.user.email)
    for (const who of [staff.publisher.token, first]) {
      expect((await call('POST', `/api/users/${staff.editor.user.id}/end-sessions`, jwt(who))).status).toBe(403)
    }
    const done = await call('POST', `/api/users/${staff.editor.user.id}/end-sessions`, jwt(staff.admin.token))
    expect(done.status).toBe(200)
    for (const token of [first, second])
      expect((await call('GET', '/api/users/me', jwt(token))).body.user ?? null).toBeNull()
    const audit = await app.payload.find({ collection: 'audit-log', where: { action: { equals: 'sign-out' } } })
    expect(audit.docs[0]).toMatchObject({ userEmail: staff.admin.user.email, documentId: String(staff.editor.user.id) })
  })

  it("changing an account's role signs it out everywhere", async () => {
    const token = await signIn(staff.editor.user.email)
    const promoted = await call('PATCH', `/api/users/${staff.editor.user.id}`, jwt(staff.admin.token), {
      role: 'publisher',
    })
    expect(promoted.status).toBe(200)
    expect((await call('GET', '/api/users/me', jwt(token))).body.user ?? null).toBeNull()
  })
})
