import { apiKey, createKeys, jwt, signInStaff } from './helpers/principals'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

/**
 * Staff see each other by name (to assign inquiries), emails stay with administrators and the account
 * itself, on every path; a disabled account signs in nowhere, is signed out everywhere and gets no work.
 */
const app = useTestApp({ seed: false, http: true })
let staff: Awaited<ReturnType<typeof signInStaff>>
let keys: Awaited<ReturnType<typeof createKeys>>

beforeAll(async () => {
  staff = await signInStaff(app.payload)
  keys = await createKeys(app.payload)
})

type Account = { id: number; name?: string; email?: string; role?: string; active?: boolean }
const get = async (path: string, headers: Record<string, string> = {}) => {
  const response = await fetch(`${app.http.url}${path}`, { headers })
  return { status: response.status, body: (await response.json().catch(() => ({}))) as Record<string, unknown> }
}
const graphql = async (query: string, headers: Record<string, string>) =>
  (await (
    await fetch(`${app.http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    })
  ).json()) as { data?: { Users?: { docs: Account[] } }; errors?: unknown[] }

describe('the staff directory', () => {
  it('every staff member lists colleagues by name and role; only administrators see their emails', async () => {
    for (const role of ['editor', 'publisher'] as const) {
      const { status, body } = await get('/api/users?limit=100', jwt(staff[role].token))
      expect(status).toBe(200)
      const docs = body.docs as Account[]
      expect(docs.map((d) => d.id).sort()).toEqual(
        Object.values(staff)
          .map((s) => s.user.id)
          .sort(),
      )
      for (const doc of docs) {
        expect(doc.name).toBeTruthy()
        expect(doc.role).toBeTruthy()
        // Their own email, nobody else's.
        expect([doc.id, doc.email]).toEqual([
          doc.id,
          doc.id === staff[role].user.id ? staff[role].user.email : undefined,
        ])
      }
    }
    const asAdmin = (await get('/api/users?limit=100', jwt(staff.admin.token))).body.docs as Account[]
    expect(asAdmin.every((d) => d.email?.includes('@'))).toBe(true)
  })

  it('emails cannot be read over GraphQL, nor guessed by filtering or sorting on them', async () => {
    const answer = await graphql('{ Users(limit: 100) { docs { id name email } } }', jwt(staff.editor.token))
    const others = answer.data!.Users!.docs.filter((d) => d.id !== staff.editor.user.id)
    expect(others.length).toBe(2)
    expect(others.every((d) => d.email === null && d.name)).toBe(true)
    const admin = staff.admin.user.email
    const guesses = [
      `/api/users?where[email][equals]=${encodeURIComponent(admin)}`,
      `/api/users?where[email][like]=${encodeURIComponent(admin.slice(0, 3))}`,
      `/api/users?where[or][0][email][exists]=true`,
    ]
    for (const path of guesses) {
      const { status, body } = await get(path, jwt(staff.editor.token))
      // Refused, or answered as if the condition were not there: never filtered by the hidden value.
      if (status === 200) expect((body.docs as Account[]).length).not.toBe(1)
      else
        expect([path, status >= 400 && status < 500, JSON.stringify(body)]).toEqual([
          path,
          true,
          expect.stringMatching(/cannot be queried: email/),
        ])
    }
    // Counting, or a bulk change filtered on it, would answer the same question.
    const count = await get(
      `/api/users/count?where[email][equals]=${encodeURIComponent(admin)}`,
      jwt(staff.editor.token),
    )
    expect(count.body.totalDocs === 1).toBe(false)
    const bulk = await fetch(`${app.http.url}/api/users?where[email][equals]=${encodeURIComponent(admin)}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...jwt(staff.editor.token) },
      body: JSON.stringify({ name: 'renamed by a guess' }),
    })
    expect(bulk.status).toBeGreaterThanOrEqual(400)
    expect((await app.payload.findByID({ collection: 'users', id: staff.admin.user.id })).name).not.toBe(
      'renamed by a guess',
    )
    // Sorting by the hidden email would order the accounts by it.
    for (const sort of ['email', '-email']) {
      const { status, body } = await get(`/api/users?sort=${sort}`, jwt(staff.editor.token))
      expect([sort, status, JSON.stringify(body)]).toEqual([sort, 400, expect.stringMatching(/email/)])
    }
    const gql = await graphql(
      `{ Users(where: { email: { equals: "${admin}" } }) { docs { id } } }`,
      jwt(staff.editor.token),
    )
    expect(gql.data?.Users?.docs?.length ?? 0).not.toBe(1)
  })

  it('API keys and anonymous readers see no accounts', async () => {
    expect((await get('/api/users')).status).toBe(403)
    for (const key of [keys.read, keys.preview]) expect((await get('/api/users', apiKey(key))).status).toBe(403)
  })

  it('an account created without a name is named after its email; names are what the picker shows', async () => {
    const user = await app.payload.create({
      collection: 'users',
      data: { email: 'wang.fang@jinqiao.test', password: 'correct-horse-battery', role: 'editor' },
    })
    expect(user.name).toBe('wang.fang')
    expect(app.payload.collections.users.config.admin.useAsTitle).toBe('name')
  })
})

describe('disabling an account', () => {
  it('only administrators disable; it then cannot sign in, its tokens stop working, and it gets no work', async () => {
    const colleague = await createStaff(app.payload, 'editor')
    const { token } = await app.payload.login({
      collection: 'users',
      data: { email: colleague.email, password: 'correct-horse-battery' },
    })
    // Not by themselves, nor by a publisher.
    for (const who of [jwt(token!), jwt(staff.publisher.token)]) {
      await fetch(`${app.http.url}/api/users/${colleague.id}`, {
        method: 'PATCH',
        headers: { 'content-type': 'application/json', ...who },
        body: JSON.stringify({ active: false }),
      })
    }
    expect((await app.payload.findByID({ collection: 'users', id: colleague.id })).active).toBe(true)

    const disabled = await fetch(`${app.http.url}/api/users/${colleague.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...jwt(staff.admin.token) },
      body: JSON.stringify({ active: false }),
    })
    expect(disabled.status).toBe(200)

    const me = await get('/api/users/me', jwt(token!))
    expect(me.body.user ?? null).toBeNull()
    expect((await get('/api/inquiries', jwt(token!))).status).toBe(403)

    const login = await fetch(`${app.http.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: colleague.email, password: 'correct-horse-battery' }),
    })
    expect(login.status).toBe(403)
    expect(JSON.stringify(await login.json())).toMatch(/disabled\. Ask an administrator/)

    const inquiry = await app.payload.create({
      collection: 'inquiries',
      data: {
        company: 'Disabled Assignee Ltd',
        contactName: 'Sam',
        email: 'sam@example.com',
        country: 'UK',
        message: 'A message long enough to pass.',
        consent: true,
        status: 'new',
      },
    })
    const assign = await fetch(`${app.http.url}/api/inquiries/${inquiry.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', ...jwt(staff.publisher.token) },
      body: JSON.stringify({ status: 'assigned', assignee: colleague.id }),
    })
    expect(assign.status).toBe(400)
    expect(JSON.stringify(await assign.json())).toMatch(/disabled: choose an active colleague/)
  })
})
