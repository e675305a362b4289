import { productionWarnings } from '../src/env'
import { jwt, signInStaff } from './helpers/principals'
import { jsonCall } from './helpers/jsonCall'
import { useTestApp } from './helpers/testApp'

/**
 * Staff passwords as an auditor tries them: rules that name themselves on every path a password is
 * set, and a password someone else chose (the seeded administrator's included) that must be changed
 * before the account can do anything else.
 */
const SEED_PASSWORD = 'jinqiao-admin-change-me'
const app = useTestApp({
  // The seed's first administrator, made on the empty database with FORCE_PASSWORD_CHANGE on (its default).
  seed: false,
  prepare: async (payload) => {
    process.env.FORCE_PASSWORD_CHANGE = 'true'
    try {
      await (await import('../src/content/seed')).seed(payload, { log: () => undefined })
    } finally {
      process.env.FORCE_PASSWORD_CHANGE = 'false'
    }
  },
  http: true,
})
let staff: Awaited<ReturnType<typeof signInStaff>>

beforeAll(async () => {
  staff = await signInStaff(app.payload)
})
afterEach(() => {
  process.env.FORCE_PASSWORD_CHANGE = 'false'
})

const call = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  jsonCall(`${app.http.url}${path}`, method, { body, headers })
const login = async (email: string, password: string) => {
  const answer = await call('POST', '/api/users/login', { email, password })
  return answer.body.token as string
}

describe('password rules', () => {
  const weak: [string, RegExp][] = [
    ['short-pw-1', /at least 12 characters \(it has 10\)/],
    ['qwerty123456', /too common/],
    ['1q2w3e4r5t6y', /too common/],
    ['aaaaaaaaaaaaaaaa', /too common/],
    ['Wang.Fang-2026!!', /your email address or your name/],
    ['wangfang@jinqiao.test#', /your email address or your name/],
  ]

  it('an administrator creating an account with a weak password gets a 400 naming the rule', async () => {
    for (const [password, rule] of weak) {
      const answer = await call(
        'POST',
        '/api/users',
        { email: 'wangfang@jinqiao.test', name: 'Wang Fang', password, role: 'editor' },
        jwt(staff.admin.token),
      )
      expect([password, answer.status]).toEqual([password, 400])
      expect(answer.text).toMatch(rule)
      expect(answer.text).toContain('"path":"password"')
    }
    expect(
      (await app.payload.count({ collection: 'users', where: { email: { equals: 'wangfang@jinqiao.test' } } }))
        .totalDocs,
    ).toBe(0)
  })

  it('the same rules hold when staff change their own password, over REST and GraphQL', async () => {
    const me = staff.editor
    const rest = await call('PATCH', `/api/users/${me.user.id}`, { password: 'password1234' }, jwt(me.token))
    expect([rest.status, rest.text]).toEqual([400, expect.stringMatching(/too common/)])
    const graphql = await call(
      'POST',
      '/api/graphql',
      { query: `mutation { updateUser(id: ${me.user.id}, data: { password: "short" }) { id } }` },
      jwt(me.token),
    )
    expect(graphql.text).toMatch(/at least 12 characters/)
    // The old password still works.
    expect(await login(me.user.email, 'correct-horse-battery')).toBeTruthy()
  })

  it('and when a password is set with a reset link', async () => {
    const token = await app.payload.forgotPassword({
      collection: 'users',
      data: { email: staff.publisher.user.email },
      disableEmail: true,
    })
    const weakReset = await call('POST', '/api/users/reset-password', { token, password: 'passwordpassword' })
    expect([weakReset.status, weakReset.text]).toEqual([400, expect.stringMatching(/too common/)])
    const strong = await call('POST', '/api/users/reset-password', { token, password: 'Pudong river at dawn' })
    expect(strong.status).toBe(200)
    staff.publisher.token = await login(staff.publisher.user.email, 'Pudong river at dawn')
  })
})

describe('a password someone else chose', () => {
  it('the seeded administrator must change the default password before doing anything else', async () => {
    const seeded = (
      await app.payload.find({ collection: 'users', where: { email: { equals: 'admin@jinqiao.local' } } })
    ).docs[0]!
    expect(seeded.mustChangePassword).toBe(true)
    const token = await login(seeded.email, SEED_PASSWORD)
    expect(token).toBeTruthy()

    // Nothing else: no accounts, no drafts, no writes, no settings — over REST and GraphQL.
    // Its own account only (the panel's account page, where it changes the password).
    const accounts = await call('GET', '/api/users', undefined, jwt(token))
    expect((accounts.body.docs as { id: number }[]).map((d) => d.id)).toEqual([seeded.id])
    expect((await call('GET', '/api/inquiries', undefined, jwt(token))).status).toBe(403)
    const drafts = await call(
      'GET',
      '/api/announcements?draft=true&where[_status][equals]=draft',
      undefined,
      jwt(token),
    )
    expect((drafts.body.docs as unknown[] | undefined)?.length ?? 0).toBe(0)
    const write = await call('POST', '/api/parks', { name: 'Sneaky Park', kind: 'sub-park' }, jwt(token))
    expect(write.status).toBe(403)
    const gql = await call('POST', '/api/graphql', { query: '{ Inquiries: Users { docs { id } } }' }, jwt(token))
    expect(gql.text).toBe(JSON.stringify({ data: { Inquiries: { docs: [{ id: seeded.id }] } } }))
    const settings = await call('POST', '/api/globals/site-settings', { siteName: 'x' }, jwt(token))
    expect(settings.status).toBe(403)

    // Its own password: the same password again is refused, a new one frees the account.
    const same = await call('PATCH', `/api/users/${seeded.id}`, { password: 'short' }, jwt(token))
    expect(same.status).toBe(400)
    const changed = await call('PATCH', `/api/users/${seeded.id}`, { password: 'Lujiazui skyline 88' }, jwt(token))
    expect(changed.status).toBe(200)
    const fresh = await login(seeded.email, 'Lujiazui skyline 88')
    expect((await call('GET', '/api/users', undefined, jwt(fresh))).status).toBe(200)
  })

  it('an account an administrator creates, or whose password an administrator sets, must change it', async () => {
    process.env.FORCE_PASSWORD_CHANGE = 'true'
    const created = await call(
      'POST',
      '/api/users',
      { email: 'li.na@jinqiao.test', password: 'Temporary river 2026', role: 'publisher' },
      jwt(staff.admin.token),
    )
    expect(created.status).toBe(201)
    const token = await login('li.na@jinqiao.test', 'Temporary river 2026')
    expect((await call('GET', '/api/inquiries', undefined, jwt(token))).status).toBe(403)
    const id = (created.body.doc as { id: number }).id
    expect((await call('PATCH', `/api/users/${id}`, { password: 'My own choice 2026' }, jwt(token))).status).toBe(200)
    const own = await login('li.na@jinqiao.test', 'My own choice 2026')
    expect((await call('GET', '/api/inquiries', undefined, jwt(own))).status).toBe(200)

    // An administrator sets it again: the mark is back.
    await call('PATCH', `/api/users/${id}`, { password: 'Admin picked 2026!' }, jwt(staff.admin.token))
    expect((await app.payload.findByID({ collection: 'users', id })).mustChangePassword).toBe(true)
    // Only an administrator can lift it by hand; the account itself cannot.
    const lifted = await call('PATCH', `/api/users/${id}`, { mustChangePassword: false }, jwt(token))
    expect((await app.payload.findByID({ collection: 'users', id })).mustChangePassword).toBe(true)
    expect(lifted.status).toBeLessThan(500)
  })

  it('a production start with FORCE_PASSWORD_CHANGE off warns', () => {
    expect(productionWarnings({ NODE_ENV: 'production', FORCE_PASSWORD_CHANGE: 'false' })).toEqual([
      expect.stringMatching(/FORCE_PASSWORD_CHANGE is off/),
    ])
    expect(productionWarnings({ NODE_ENV: 'production' })).toEqual([])
  })
})
