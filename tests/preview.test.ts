/**
 * Draft preview: the admin's Preview button and live preview link to the website with a short-lived,
 * signed token for one document; the website exchanges it at GET /api/preview for the newest draft.
 * Nobody else sees the draft, the token opens no other document, and it stops working when it
 * expires or its staff member loses the right to preview.
 */
import type { PayloadRequest } from 'payload'

import { previewURL } from '../src/delivery/preview/adminPreview'
import { signPreviewToken } from '../src/delivery/preview/token'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

type Staff = Awaited<ReturnType<typeof createStaff>>
let editor: Staff
let publisher: Staff
let publishedId: number | string
let draftId: number | string

const app = useTestApp({
  seed: false,
  http: { readModel: true },
  prepare: async (payload) => {
    editor = await createStaff(payload, 'editor')
    publisher = await createStaff(payload, 'publisher')
    const published = await payload.create({
      collection: 'announcements',
      locale: 'en',
      data: { title: 'Opening hours', slug: 'opening-hours', category: 'notice', _status: 'published' },
    })
    publishedId = published.id
    // A newer draft of a published item: readers keep seeing the published one.
    await payload.update({
      collection: 'announcements',
      id: published.id,
      locale: 'en',
      data: { title: 'Opening hours (corrected draft)' },
      draft: true,
    })
    const draft = await payload.create({
      collection: 'events',
      locale: 'en',
      data: {
        title: 'Embargoed forum',
        slug: 'embargoed-forum',
        startsAt: '2027-03-01T01:00:00.000Z',
        endsAt: '2027-03-01T09:00:00.000Z',
      },
      draft: true,
    })
    draftId = draft.id
  },
})

const requestOf = (user: Staff | null): PayloadRequest => ({ user, payload: app.payload }) as unknown as PayloadRequest

/** The token of a preview link the admin would give this staff member. */
const tokenFor = (user: Staff, collection: string, id: number | string, locale = 'en') => {
  const url = new URL(previewURL(requestOf(user), collection, id, locale)!)
  expect(url.pathname).toBe('/preview')
  expect(url.searchParams.get('locale')).toBe(locale)
  return url.searchParams.get('token')!
}

const exchange = async (token: string, query = '') => {
  const response = await fetch(`${app.http.url}/api/preview?token=${encodeURIComponent(token)}${query}`)
  return { status: response.status, headers: response.headers, body: await response.json() }
}

describe('draft preview', () => {
  it('the admin shows Preview and live preview on the page collections, for staff only', () => {
    const collections = app.payload.config.collections.filter((c) => c.admin.preview).map((c) => c.slug)
    expect(collections).toEqual(
      expect.arrayContaining(['announcements', 'policies', 'events', 'parks', 'industries', 'opportunities']),
    )
    expect(app.payload.config.admin.livePreview?.collections).toEqual(expect.arrayContaining(['announcements']))
    expect(previewURL(requestOf(null), 'announcements', publishedId, 'en')).toBeNull()
    // An unsaved document has nothing to preview yet.
    expect(previewURL(requestOf(editor), 'announcements', undefined, 'en')).toBeNull()
  })

  it('the website exchanges the token for the newest draft, never cached; the public sees the published one', async () => {
    const token = tokenFor(editor, 'announcements', publishedId)
    const first = await exchange(token, '&locale=en')
    expect(first.status).toBe(200)
    expect(first.body).toMatchObject({ collection: 'announcements', doc: { title: 'Opening hours (corrected draft)' } })
    expect(first.headers.get('cache-control')).toBe('private, no-store')
    expect(new Date(first.body.expiresAt).getTime()).toBeGreaterThan(Date.now() + 25 * 60_000)

    const publicView = await (await fetch(`${app.http.url}/api/announcements/${publishedId}?locale=en`)).json()
    expect(publicView.title).toBe('Opening hours')
  })

  it('a never-published draft is seen with the token only', async () => {
    const token = tokenFor(publisher, 'events', draftId)
    expect((await exchange(token, '&locale=en')).body.doc.title).toBe('Embargoed forum')
    expect((await fetch(`${app.http.url}/api/events/${draftId}`)).status).toBe(404)
  })

  it('refuses expired, forged and malformed tokens with a message saying what to do', async () => {
    const expired = signPreviewToken(
      app.payload.secret,
      { collection: 'events', id: draftId, user: editor.id },
      { now: Date.now() - 31 * 60_000 },
    )
    expect(await exchange(expired)).toMatchObject({
      status: 401,
      body: { errors: [{ message: expect.stringMatching(/expired.*Preview/) }] },
    })
    // Another document in a token signed with another secret, or edited after signing.
    const foreign = signPreviewToken('not-this-cms', { collection: 'events', id: draftId, user: editor.id })
    expect((await exchange(foreign)).status).toBe(401)
    const token = tokenFor(editor, 'announcements', publishedId)
    const [body, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const retargeted = Buffer.from(JSON.stringify({ ...claims, collection: 'events', id: draftId })).toString(
      'base64url',
    )
    expect((await exchange(`${retargeted}.${signature}`)).status).toBe(401)
    expect((await exchange('not-a-token')).status).toBe(401)
    expect((await fetch(`${app.http.url}/api/preview`)).status).toBe(401)
  })

  it('stops working when the staff member is disabled', async () => {
    const leaving = await createStaff(app.payload, 'editor')
    const token = tokenFor(leaving, 'events', draftId)
    expect((await exchange(token)).status).toBe(200)
    await app.payload.update({ collection: 'users', id: leaving.id, data: { active: false } })
    expect(await exchange(token)).toMatchObject({
      status: 401,
      body: { errors: [{ message: expect.stringMatching(/can no longer preview/) }] },
    })
  })
})
