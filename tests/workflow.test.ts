import type { Payload } from 'payload'

import { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
type Staff = Awaited<ReturnType<typeof createStaff>>
const staff = {} as Record<'admin' | 'editor' | 'publisher', Staff>
let n = 0

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  for (const role of ['admin', 'publisher', 'editor'] as const) staff[role] = await createStaff(payload, role)
  http = await startHttp(payload)
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

const as = (role: keyof typeof staff | 'anonymous') => ({
  overrideAccess: false,
  user: role === 'anonymous' ? null : staff[role],
})
const newDraft = () =>
  payload.create({
    collection: 'announcements',
    data: { title: `Draft ${++n}`, slug: `draft-${n}`, category: 'news' },
    draft: true,
  })
const newPublished = () =>
  payload.create({
    collection: 'announcements',
    data: { title: `Published ${++n}`, slug: `published-${n}`, category: 'news', _status: 'published' },
  })
const outcome = (promise: Promise<unknown>) =>
  promise.then(
    () => 'allowed',
    () => 'refused',
  )

type Role = keyof typeof staff | 'anonymous'
const roles: Role[] = ['anonymous', 'editor', 'publisher', 'admin']

describe('who may do what to an announcement (Local API, access control on)', () => {
  const matrix: Record<string, (role: Role) => Promise<unknown>> = {
    'create a draft': (role) =>
      payload.create({
        collection: 'announcements',
        data: { title: 'x', slug: `c-${++n}`, category: 'news' },
        draft: true,
        ...as(role),
      }),
    'edit a draft': async (role) =>
      payload.update({
        collection: 'announcements',
        id: (await newDraft()).id,
        data: { title: 'edited' },
        draft: true,
        ...as(role),
      }),
    'save a draft of a published item': async (role) =>
      payload.update({
        collection: 'announcements',
        id: (await newPublished()).id,
        data: { title: 'edited' },
        draft: true,
        ...as(role),
      }),
    publish: async (role) =>
      payload.update({
        collection: 'announcements',
        id: (await newDraft()).id,
        data: { _status: 'published' },
        ...as(role),
      }),
    'create published': (role) =>
      payload.create({
        collection: 'announcements',
        data: { title: 'x', slug: `p-${++n}`, category: 'news', _status: 'published' },
        ...as(role),
      }),
    'change a published item directly': async (role) =>
      payload.update({
        collection: 'announcements',
        id: (await newPublished()).id,
        data: { title: 'live edit', _status: 'published' },
        ...as(role),
      }),
    unpublish: async (role) =>
      payload.update({
        collection: 'announcements',
        id: (await newPublished()).id,
        data: { _status: 'draft' },
        ...as(role),
      }),
    'delete a draft': async (role) =>
      payload.delete({ collection: 'announcements', id: (await newDraft()).id, ...as(role) }),
    'delete a published item': async (role) =>
      payload.delete({ collection: 'announcements', id: (await newPublished()).id, ...as(role) }),
  }
  const expected: Record<string, Role[]> = {
    'create a draft': ['editor', 'publisher', 'admin'],
    'edit a draft': ['editor', 'publisher', 'admin'],
    'save a draft of a published item': ['editor', 'publisher', 'admin'],
    publish: ['publisher', 'admin'],
    'create published': ['publisher', 'admin'],
    'change a published item directly': ['publisher', 'admin'],
    unpublish: ['publisher', 'admin'],
    'delete a draft': ['editor', 'publisher', 'admin'],
    'delete a published item': ['publisher', 'admin'],
  }
  for (const [action, attempt] of Object.entries(matrix)) {
    it.each(roles)(`${action}: %s`, async (role) => {
      expect(await outcome(attempt(role))).toBe(expected[action].includes(role) ? 'allowed' : 'refused')
    })
  }

  it('a refused publish leaves the item unpublished', async () => {
    const draft = await newDraft()
    await outcome(
      payload.update({ collection: 'announcements', id: draft.id, data: { _status: 'published' }, ...as('editor') }),
    )
    expect((await payload.findByID({ collection: 'announcements', id: draft.id }))._status).toBe('draft')
  })
})

describe('over REST', () => {
  const login = async (user: Staff) => {
    const res = await fetch(`${http.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: user.email, password: 'correct-horse-battery' }),
    })
    return ((await res.json()) as { token: string }).token
  }

  it('an editor gets a 403 with a message when publishing, and can save a draft', async () => {
    const token = await login(staff.editor)
    const draft = await newDraft()
    const publish = await fetch(`${http.url}/api/announcements/${draft.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}`, 'accept-language': 'en' },
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(publish.status).toBe(403)
    expect((await publish.json()).errors[0].message).toMatch(/not allowed/i)
    const save = await fetch(`${http.url}/api/announcements/${draft.id}?draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ title: 'Saved as draft' }),
    })
    expect(save.status).toBe(200)
  })

  it('an editor gets a 403 saying why when unpublishing', async () => {
    const token = await login(staff.editor)
    const published = await newPublished()
    const res = await fetch(`${http.url}/api/announcements/${published.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(res.status).toBe(403)
    expect((await res.json()).errors[0].message).toMatch(/Only publishers and administrators can unpublish/)
  })
})

describe('audit log', () => {
  const entries = async (where: Record<string, unknown>) =>
    (await payload.find({ collection: 'audit-log', where: where as never, sort: 'createdAt', limit: 50 })).docs

  it('records create, draft saves, publish, unpublish and delete with who and which fields', async () => {
    const doc = await payload.create({
      collection: 'announcements',
      data: { title: 'Audited', slug: 'audited', category: 'news' },
      draft: true,
      ...as('editor'),
    })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { summary: 'new summary' },
      draft: true,
      ...as('editor'),
    })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { _status: 'published' },
      ...as('publisher'),
    })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { category: 'notice', _status: 'published' },
      ...as('publisher'),
    })
    await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { title: 'Next draft' },
      draft: true,
      ...as('editor'),
    })
    await payload.update({ collection: 'announcements', id: doc.id, data: { _status: 'draft' }, ...as('publisher') })
    await payload.delete({ collection: 'announcements', id: doc.id, ...as('admin') })

    const log = await entries({ collectionSlug: { equals: 'announcements' }, documentId: { equals: String(doc.id) } })
    expect(log.map((e) => [e.action, e.userEmail])).toEqual([
      ['create', staff.editor.email],
      ['save-draft', staff.editor.email],
      ['publish', staff.publisher.email],
      ['update', staff.publisher.email],
      ['save-draft', staff.editor.email],
      // previousDoc is the newer draft here; the entry still says what happened to the published item.
      ['unpublish', staff.publisher.email],
      ['delete', staff.admin.email],
    ])
    expect(log[3].changedFields).toEqual(['category'])
  })

  it('records role changes and logins, with the client address over HTTP', async () => {
    await payload.update({ collection: 'users', id: staff.editor.id, data: { role: 'publisher' }, ...as('admin') })
    await payload.update({ collection: 'users', id: staff.editor.id, data: { role: 'editor' }, ...as('admin') })
    const roleChanges = await entries({ action: { equals: 'role-change' } })
    expect(roleChanges.map((e) => e.comment)).toEqual(['editor → publisher', 'publisher → editor'])

    await fetch(`${http.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: staff.publisher.email, password: 'correct-horse-battery' }),
    })
    await fetch(`${http.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-jinqiao-client-ip': '6.6.6.6' },
      body: JSON.stringify({ email: staff.publisher.email, password: 'wrong password' }),
    })
    const logins = await entries({
      action: { in: ['login', 'login-failed'] },
      or: [{ userEmail: { equals: staff.publisher.email } }, { documentTitle: { equals: staff.publisher.email } }],
    })
    expect(logins.map((e) => [e.action, e.userEmail ?? e.documentTitle])).toEqual([
      ['login', staff.publisher.email],
      ['login-failed', staff.publisher.email],
    ])
    // The address is the connection's, not one the client claimed.
    expect(logins.map((e) => e.ip)).toEqual([
      expect.stringMatching(/127\.0\.0\.1/),
      expect.stringMatching(/127\.0\.0\.1/),
    ])
  })

  it('records scheduling and its cancellation', async () => {
    const draft = await newDraft()
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'announcements', value: draft.id },
        user: { relationTo: 'users', value: staff.publisher.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    await payload.delete({ collection: 'payload-jobs', id: job.id, ...as('admin'), overrideAccess: true })
    const log = await entries({
      documentId: { equals: String(draft.id) },
      action: { in: ['schedule', 'cancel-schedule'] },
    })
    expect(log.map((e) => [e.action, e.userEmail ?? null])).toEqual([
      ['schedule', staff.publisher.email],
      ['cancel-schedule', staff.admin.email],
    ])
  })

  it('refuses a schedule made by an editor', async () => {
    const draft = await newDraft()
    const attempt = payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'announcements', value: draft.id },
        user: { relationTo: 'users', value: staff.editor.id },
      },
      waitUntil: new Date(Date.now() + 60 * 60 * 1000),
    })
    await expect(attempt).rejects.toThrow(/Only publishers and administrators can schedule/)
    expect(
      (await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'schedulePublish' } } })).docs.map(
        (j) => String((j.input as { doc: { value: unknown } }).doc.value),
      ),
    ).not.toContain(String(draft.id))
  })

  it('refuses a schedule whose time has already passed', async () => {
    const draft = await newDraft()
    const attempt = payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'announcements', value: draft.id } },
      waitUntil: new Date(Date.now() - 60 * 60 * 1000),
    })
    await expect(attempt).rejects.toThrow(/already passed/)
    expect((await payload.findByID({ collection: 'announcements', id: draft.id }))._status).toBe('draft')
  })

  it('can be read by admins only, and changed or deleted by nobody', async () => {
    const [entry] = await entries({})
    expect((await payload.find({ collection: 'audit-log', ...as('admin') })).totalDocs).toBeGreaterThan(0)
    for (const role of ['anonymous', 'editor', 'publisher'] as const) {
      expect(await outcome(payload.find({ collection: 'audit-log', ...as(role) }))).toBe('refused')
    }
    for (const role of roles) {
      expect(
        await outcome(
          payload.update({ collection: 'audit-log', id: entry.id, data: { comment: 'tampered' }, ...as(role) }),
        ),
      ).toBe('refused')
      expect(await outcome(payload.delete({ collection: 'audit-log', id: entry.id, ...as(role) }))).toBe('refused')
      expect(await outcome(payload.create({ collection: 'audit-log', data: { action: 'login' }, ...as(role) }))).toBe(
        'refused',
      )
    }
    expect((await payload.findByID({ collection: 'audit-log', id: entry.id })).comment ?? null).toBe(
      entry.comment ?? null,
    )
  })
})
