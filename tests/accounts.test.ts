/**
 * Staff accounts cannot be taken over: unlock is for administrators and tells nobody whether an email has
 * an account, nor does forgot-password; login, forgot-password and unlock are rate-limited per client
 * address and per account on REST and GraphQL alike (an aliased GraphQL field is one attempt); a GraphQL
 * operation runs at most 10 root mutation fields; every failed login is in the audit log.
 */
import type { Payload } from 'payload'
import { createClient } from 'redis'

import { createRateLimits, type RedisCommander } from '../src/http/rateLimits'
import { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

type Http = Awaited<ReturnType<typeof startHttp>>
type Staff = Awaited<ReturnType<typeof createStaff>>

const PASSWORD = 'correct-horse-battery'
// Limits no test of this file reaches, but for the one it is about.
const GENEROUS = {
  RATE_LIMIT_LOGIN: '1000/60',
  RATE_LIMIT_LOGIN_ACCOUNT: '1000/60',
  RATE_LIMIT_FORGOT_PASSWORD: '1000/60',
  RATE_LIMIT_FORGOT_PASSWORD_ACCOUNT: '1000/60',
  RATE_LIMIT_UNLOCK: '1000/60',
  RATE_LIMIT_UNLOCK_ACCOUNT: '1000/60',
}

let ctx: TestPayload
let payload: Payload
let http: Http
let admin: Staff
let editor: Staff
const servers: Http[] = []

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  http = await serve(GENEROUS)
})
afterAll(async () => {
  for (const server of servers) await server.close()
  await ctx?.close()
})

/** An app of its own, with these rate limits (and TRUST_PROXY for the app, when given). */
async function serve(env: Record<string, string>, trustProxy?: string, redis?: RedisCommander): Promise<Http> {
  if (trustProxy) process.env.TRUST_PROXY = trustProxy
  try {
    const rateLimits = createRateLimits({ env: { ...GENEROUS, ...env }, redis })
    const server = await startHttp(payload, { rateLimits })
    servers.push(server)
    return server
  } finally {
    delete process.env.TRUST_PROXY
  }
}

type Answer = { status: number; headers: Headers; body: Record<string, unknown> & { errors?: Err[]; data?: never } }
type Err = { message: string; path?: string[]; extensions?: { statusCode?: number; name?: string } }

const answer = async (response: Response): Promise<Answer> => ({
  status: response.status,
  headers: response.headers,
  body: await response.json(),
})

const headersFor = (token?: string, ip?: string): Record<string, string> => ({
  ...(token ? { authorization: `JWT ${token}` } : {}),
  ...(ip ? { 'x-forwarded-for': ip } : {}),
})

const rest = (
  server: Http,
  path: string,
  body: Record<string, unknown>,
  { token, ip }: { token?: string; ip?: string } = {},
): Promise<Answer> =>
  fetch(`${server.url}/api/users/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersFor(token, ip) },
    body: JSON.stringify(body),
  }).then(answer)

const graphql = (
  server: Http,
  query: string,
  { variables, token, ip }: { variables?: Record<string, unknown>; token?: string; ip?: string } = {},
): Promise<Answer> =>
  fetch(`${server.url}/api/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headersFor(token, ip) },
    body: JSON.stringify({ query, variables }),
  }).then(answer)

/** The admin panel's login form: multipart, the fields in `_payload`. */
const formLogin = (server: Http, email: string, password: string, ip?: string): Promise<Answer> => {
  const form = new FormData()
  form.set('_payload', JSON.stringify({ email, password }))
  return fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: headersFor(undefined, ip),
    body: form,
  }).then(answer)
}

/** `count` aliased loginUser fields in one mutation. */
const aliasedLogins = (count: number, email: (i: number) => string) =>
  `mutation { ${Array.from(
    { length: count },
    (_, i) => `a${i}: loginUser(email: ${JSON.stringify(email(i))}, password: "wrong-${i}") { token }`,
  ).join(' ')} }`

const tokenFor = async (user: Staff): Promise<string> =>
  (await payload.login({ collection: 'users', data: { email: user.email, password: PASSWORD } })).token!

const lock = async (email: string) => {
  for (let i = 0; i < 5; i++) {
    await payload.login({ collection: 'users', data: { email, password: `wrong-${i}` } }).catch(() => undefined)
  }
}

const loginError = (email: string, password = PASSWORD) =>
  payload.login({ collection: 'users', data: { email, password } }).then(
    () => undefined,
    (error: Error) => error.name,
  )

let unknownCount = 0
const unknownEmail = () => `nobody-${++unknownCount}-${Date.now()}@test.local`

describe('unlock', () => {
  it('is refused to an editor alike for known and unknown emails, and the account stays locked', async () => {
    const locked = await createStaff(payload, 'publisher')
    await lock(locked.email)
    expect(await loginError(locked.email)).toBe('LockedAuth')
    const token = await tokenFor(editor)

    const known = await rest(http, 'unlock', { email: locked.email }, { token })
    const unknown = await rest(http, 'unlock', { email: unknownEmail() }, { token })
    expect(known.status).toBe(403)
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])

    const query = 'mutation ($email: String!) { unlockUser(email: $email) }'
    const viaGraphQL = await graphql(http, query, { variables: { email: locked.email }, token })
    const viaGraphQLUnknown = await graphql(http, query, { variables: { email: unknownEmail() }, token })
    expect(viaGraphQL.body.errors?.[0].extensions?.statusCode).toBe(403)
    expect([viaGraphQLUnknown.status, viaGraphQLUnknown.body]).toEqual([viaGraphQL.status, viaGraphQL.body])

    // Anonymous: the same.
    const anonymous = await rest(http, 'unlock', { email: locked.email })
    expect([anonymous.status, anonymous.body]).toEqual([known.status, known.body])

    expect(await loginError(locked.email)).toBe('LockedAuth')
  })

  it('works for an admin, who gets the same answer for an unknown email over REST', async () => {
    const locked = await createStaff(payload, 'editor')
    await lock(locked.email)
    const token = await tokenFor(admin)

    const known = await rest(http, 'unlock', { email: locked.email.toUpperCase() }, { token })
    const unknown = await rest(http, 'unlock', { email: unknownEmail() }, { token })
    expect(known.status).toBe(200)
    expect([unknown.status, unknown.body]).toEqual([known.status, known.body])
    expect(await loginError(locked.email)).toBeUndefined()

    // GraphQL: true for an account it unlocked; Payload's own Forbidden for an email without one.
    await lock(locked.email)
    const query = 'mutation ($email: String!) { unlockUser(email: $email) }'
    expect((await graphql(http, query, { variables: { email: locked.email }, token })).body.data).toEqual({
      unlockUser: true,
    })
    expect(await loginError(locked.email)).toBeUndefined()
    const missing = await graphql(http, query, { variables: { email: unknownEmail() }, token })
    expect(missing.body.errors?.[0].extensions?.statusCode).toBe(403)
  })
})

describe('forgot-password', () => {
  it('answers the same for known and unknown emails, over REST and GraphQL', async () => {
    const known = await createStaff(payload, 'editor')
    const a = await rest(http, 'forgot-password', { email: known.email })
    const b = await rest(http, 'forgot-password', { email: unknownEmail() })
    expect(a.status).toBe(200)
    expect([b.status, b.body]).toEqual([a.status, a.body])

    const query = 'mutation ($email: String!) { forgotPasswordUser(email: $email) }'
    const c = await graphql(http, query, { variables: { email: known.email } })
    const d = await graphql(http, query, { variables: { email: unknownEmail() } })
    expect(c.body).toEqual({ data: { forgotPasswordUser: true } })
    expect([d.status, d.body]).toEqual([c.status, c.body])
  })
})

describe('GraphQL mutation batches', () => {
  it('runs at most 10 root mutation fields in one operation: more is a 400 before anything runs', async () => {
    const token = await tokenFor(admin)
    const parks = async () => (await payload.count({ collection: 'parks' })).totalDocs
    const before = await parks()
    const create = (i: number) =>
      `p${i}: createPark(data: { name: "P${i}", slug: "batch-${i}", kind: sub_park }) { id }`
    const eleven = Array.from({ length: 11 }, (_, i) => create(i))

    const refused = await graphql(http, `mutation { ${eleven.join(' ')} }`, { token })
    expect(refused.status).toBe(400)
    expect(refused.body.errors?.[0].message).toMatch(/at most 10 .*mutation/i)
    // Through a fragment on the mutation type just the same.
    const viaFragment = await graphql(
      http,
      `mutation { p0: createPark(data: { name: "P", slug: "batch-f", kind: sub_park }) { id } ...More }
       fragment More on Mutation { ${eleven.slice(1).join(' ')} }`,
      { token },
    )
    expect(viaFragment.status).toBe(400)
    // Aliased logins too (nothing is counted or tried).
    expect(
      (
        await graphql(
          http,
          aliasedLogins(12, () => unknownEmail()),
        )
      ).status,
    ).toBe(400)
    expect(await parks()).toBe(before)

    // Ten are fine.
    const ten = await graphql(
      http,
      `mutation { ${Array.from({ length: 10 }, (_, i) => `t${i}: __typename`).join(' ')} }`,
    )
    expect(ten.status).toBe(200)
  })
})

describe('rate limits on accounts', () => {
  it('count each aliased GraphQL login as one attempt: over the limit is a 429 with Retry-After', async () => {
    const server = await serve({ RATE_LIMIT_LOGIN: '5/60' })
    const refused = await graphql(
      server,
      aliasedLogins(8, () => unknownEmail()),
    )
    expect(refused.status).toBe(429)
    expect(refused.body.errors?.[0].message).toMatch(/Too many login attempts/)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    // Those eight count on REST as well.
    expect((await rest(server, 'login', { email: unknownEmail(), password: 'x' })).status).toBe(429)
  })

  it('share the counts of GraphQL logins and REST logins, both ways', async () => {
    const graphQLFirst = await serve({ RATE_LIMIT_LOGIN: '6/60' })
    const batch = await graphql(
      graphQLFirst,
      aliasedLogins(4, () => unknownEmail()),
    )
    expect(batch.status).toBe(200)
    expect(batch.body.errors?.map((e) => e.extensions?.name)).toEqual(Array(4).fill('AuthenticationError'))
    const statuses = []
    for (let i = 0; i < 3; i++)
      statuses.push((await rest(graphQLFirst, 'login', { email: unknownEmail(), password: 'x' })).status)
    expect(statuses).toEqual([401, 401, 429])

    const restFirst = await serve({ RATE_LIMIT_LOGIN: '6/60' })
    for (let i = 0; i < 4; i++)
      expect((await rest(restFirst, 'login', { email: unknownEmail(), password: 'x' })).status).toBe(401)
    expect(
      (
        await graphql(
          restFirst,
          aliasedLogins(2, () => unknownEmail()),
        )
      ).status,
    ).toBe(200)
    const over = await graphql(
      restFirst,
      aliasedLogins(1, () => unknownEmail()),
    )
    expect(over.status).toBe(429)
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('limit attempts on one account from many addresses (the email lower-cased and trimmed)', async () => {
    const server = await serve(
      { RATE_LIMIT_LOGIN: '100/60', RATE_LIMIT_LOGIN_ACCOUNT: '3/60', RATE_LIMIT_FORGOT_PASSWORD_ACCOUNT: '2/60' },
      // One proxy hop: X-Forwarded-For is the client's address.
      '1',
    )
    const target = await createStaff(payload, 'editor')
    const variants = [target.email, ` ${target.email.toUpperCase()} `, `${target.email}  `]
    for (const [i, email] of variants.entries()) {
      expect((await rest(server, 'login', { email, password: 'wrong' }, { ip: `10.0.0.${i + 1}` })).status).toBe(401)
    }
    const fourth = await rest(server, 'login', { email: target.email, password: PASSWORD }, { ip: '10.0.0.4' })
    expect(fourth.status).toBe(429)
    expect(fourth.body.errors?.[0].message).toMatch(/Too many login attempts for this account/)
    expect(Number(fourth.headers.get('retry-after'))).toBeGreaterThan(0)
    // GraphQL (the email in a variable) and the admin panel's form count on the same account.
    const viaGraphQL = await graphql(
      server,
      'mutation ($e: String!) { loginUser(email: $e, password: "x") { token } }',
      {
        variables: { e: target.email },
        ip: '10.0.0.5',
      },
    )
    expect(viaGraphQL.status).toBe(429)
    expect((await formLogin(server, target.email, PASSWORD, '10.0.0.6')).status).toBe(429)
    // Another account from the same address is not affected.
    expect((await rest(server, 'login', { email: unknownEmail(), password: 'x' }, { ip: '10.0.0.4' })).status).toBe(401)

    // The admin panel's form is read as Payload reads it: its attempts count too.
    const formTarget = unknownEmail()
    for (let i = 0; i < 3; i++) expect((await formLogin(server, formTarget, 'wrong', `10.0.1.${i}`)).status).toBe(401)
    expect((await rest(server, 'login', { email: formTarget, password: 'x' }, { ip: '10.0.1.9' })).status).toBe(429)

    // Forgot-password, per account.
    const forgot = []
    for (let i = 0; i < 3; i++) {
      forgot.push((await rest(server, 'forgot-password', { email: target.email }, { ip: `10.0.2.${i}` })).status)
    }
    expect(forgot).toEqual([200, 200, 429])
  })

  it('are shared between instances through Redis, GraphQL and REST alike', async () => {
    const redis = createClient({ url: process.env.REDIS_URL || 'redis://127.0.0.1:6379' })
    await redis.connect()
    const email = unknownEmail()
    // Addresses and an account of this test's own: other files use Redis's login counters too.
    const ips = ['10.7.0.1', '10.7.0.2', '10.7.0.3']
    const keys = [...ips.map((ip) => `jinqiao:rate:login:${ip}`), `jinqiao:rate:login:account:${email}`]
    try {
      const shared = () =>
        serve({ RATE_LIMIT_LOGIN_ACCOUNT: '2/60' }, '1', { sendCommand: (args) => redis.sendCommand(args) })
      const [a, b] = [await shared(), await shared()]
      const login = `mutation { loginUser(email: "${email}", password: "x") { token } }`
      expect((await graphql(a, login, { ip: ips[0] })).status).toBe(200)
      expect((await rest(b, 'login', { email, password: 'x' }, { ip: ips[1] })).status).toBe(401)
      const third = await graphql(a, login, { ip: ips[2] })
      expect(third.status).toBe(429)
      expect(third.body.errors?.[0].message).toMatch(/for this account/)
    } finally {
      await redis.del(keys)
      await redis.quit()
    }
  })

  it('limit forgot-password and unlock per address, on REST and GraphQL', async () => {
    const server = await serve({ RATE_LIMIT_FORGOT_PASSWORD: '2/60', RATE_LIMIT_UNLOCK: '2/60' })
    const forgot = []
    for (let i = 0; i < 2; i++) forgot.push((await rest(server, 'forgot-password', { email: unknownEmail() })).status)
    const forgotGraphQL = await graphql(server, `mutation { forgotPasswordUser(email: "${unknownEmail()}") }`)
    expect([...forgot, forgotGraphQL.status]).toEqual([200, 200, 429])
    expect(forgotGraphQL.body.errors?.[0].message).toMatch(/Too many password reset requests/)

    const token = await tokenFor(admin)
    const unlock = []
    const unlockGraphQL = await graphql(server, `mutation { unlockUser(email: "${editor.email}") }`, { token })
    unlock.push(unlockGraphQL.status)
    for (let i = 0; i < 2; i++) unlock.push((await rest(server, 'unlock', { email: editor.email }, { token })).status)
    expect(unlock).toEqual([200, 200, 429])
  })
})

describe('failed logins in the audit log', () => {
  it('records failed GraphQL logins: wrong password, unknown email, locked account', async () => {
    const wrong = await createStaff(payload, 'editor')
    const locked = await createStaff(payload, 'publisher')
    await lock(locked.email)
    const unknown = unknownEmail()
    const answered = await graphql(
      http,
      `mutation ($who: String = "${unknown}", $locked: String!) {
        first: loginUser(email: "${wrong.email}", password: "wrong") { token }
        ...Others
      }
      fragment Others on Mutation {
        second: loginUser(email: $who, password: "wrong") { token }
        third: loginUser(email: $locked, password: "${PASSWORD}") { token }
      }`,
      { variables: { locked: locked.email } },
    )
    expect(answered.status).toBe(200)
    expect(answered.body.errors?.map((e) => [e.path?.[0], e.extensions?.name])).toEqual([
      ['first', 'AuthenticationError'],
      ['second', 'AuthenticationError'],
      ['third', 'LockedAuth'],
    ])
    const entries = (
      await payload.find({
        collection: 'audit-log',
        where: { action: { equals: 'login-failed' }, documentTitle: { in: [wrong.email, unknown, locked.email] } },
        sort: 'createdAt',
        limit: 10,
      })
    ).docs
    expect(entries.map((e) => [e.documentTitle, e.comment])).toEqual([
      [wrong.email, 'wrong email or password'],
      [unknown, 'wrong email or password'],
      [locked.email, 'account locked'],
    ])
    expect(entries.map((e) => e.ip)).toEqual(Array(3).fill(expect.stringMatching(/127\.0\.0\.1/)))
  })
})
