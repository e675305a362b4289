import type { Payload } from 'payload'

import { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'
import { validationErrors } from './helpers/validationErrors'

/** Policies, opportunities and events: access per role, validation, localized reads and the filters the website uses. */

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
let admin: Awaited<ReturnType<typeof createStaff>>
let editor: Awaited<ReturnType<typeof createStaff>>
let publisher: Awaited<ReturnType<typeof createStaff>>
const parks: Record<string, number | string> = {}

const day = 24 * 60 * 60 * 1000
const iso = (offsetDays: number) => new Date(Date.now() + offsetDays * day).toISOString()

const get = async (path: string) => {
  const response = await fetch(`${http.url}${path}`)
  return {
    status: response.status,
    body: (await response.json()) as Record<string, unknown> & { docs?: Record<string, unknown>[] },
  }
}
const slugsOf = (body: { docs?: Record<string, unknown>[] }) => (body.docs ?? []).map((d) => d.slug)

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  admin = await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
  publisher = await createStaff(payload, 'publisher')
  for (const [slug, name] of [
    ['south-park', 'Jinqiao South Park'],
    ['nanhui', 'Nanhui Industrial Park'],
  ]) {
    const park = await payload.create({
      collection: 'parks',
      data: { name, slug, kind: 'sub-park', _status: 'published' } as never,
    })
    parks[slug] = park.id
  }

  // Policies: one in force, one expired, one not yet in force, one draft.
  const policy = async (slug: string, data: Record<string, unknown>, status: 'published' | 'draft' = 'published') =>
    payload.create({
      collection: 'policies',
      data: { title: `政策 ${slug}`, slug, effectiveFrom: iso(-30), _status: status, ...data } as never,
      draft: status === 'draft',
    })
  const inForce = await policy('in-force', { documentNumber: '浦府规〔2026〕1号', effectiveUntil: iso(300) })
  await payload.update({
    collection: 'policies',
    id: inForce.id,
    locale: 'en',
    data: { title: 'Policy in force', issuingBody: 'Pudong New Area' } as never,
  })
  await policy('expired', { effectiveFrom: iso(-400), effectiveUntil: iso(-10) })
  await policy('upcoming', { effectiveFrom: iso(20) })
  await policy('draft-policy', {}, 'draft')

  // Opportunities in two parks, of two kinds and several sizes.
  const opportunity = (slug: string, data: Record<string, unknown>) =>
    payload.create({
      collection: 'opportunities',
      data: {
        title: slug,
        slug,
        kind: 'office',
        park: parks['south-park'],
        areaM2: 500,
        _status: 'published',
        ...data,
      } as never,
    })
  await opportunity('office-small', { areaM2: 300 })
  await opportunity('office-large', { areaM2: 2_500, availability: 'reserved' })
  await opportunity('factory-nanhui', { kind: 'factory', park: parks.nanhui, areaM2: 8_000 })
  await opportunity('land-nanhui', { kind: 'land', park: parks.nanhui, areaM2: 40_000, availability: 'taken' })

  // Events: one past, two upcoming.
  const event = (slug: string, startDays: number, data: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'events',
      data: {
        title: slug,
        slug,
        startsAt: iso(startDays),
        endsAt: iso(startDays + 0.25),
        _status: 'published',
        ...data,
      } as never,
    })
  await event('forum-last-year', -300)
  await event('forum-next-month', 30)
  await event('roadshow-next-week', 7, { park: parks['south-park'] })

  http = await startHttp(payload)
})

afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

describe('policies', () => {
  it('the public reads published policies only; expired ones are kept and marked expired', async () => {
    const { body } = await get('/api/policies?sort=slug&depth=0')
    expect(slugsOf(body)).toEqual(['expired', 'in-force', 'upcoming'])
    const validity = Object.fromEntries((body.docs ?? []).map((d) => [d.slug, d.validity]))
    expect(validity).toEqual({ expired: 'expired', 'in-force': 'in-force', upcoming: 'upcoming' })
    // Filter on the dates for "currently in force".
    const now = encodeURIComponent(new Date().toISOString())
    const current = await get(
      `/api/policies?depth=0&where[effectiveFrom][less_than_equal]=${now}&where[or][0][effectiveUntil][exists]=false&where[or][1][effectiveUntil][greater_than]=${now}`,
    )
    expect(slugsOf(current.body)).toEqual(['in-force'])
  })

  it('serves each locale, falling back to Chinese', async () => {
    const en = await get('/api/policies?locale=en&where[slug][equals]=in-force')
    expect(en.body.docs?.[0]).toMatchObject({ title: 'Policy in force', issuingBody: 'Pudong New Area' })
    const zh = await get('/api/policies?locale=zh&where[slug][equals]=in-force')
    expect(zh.body.docs?.[0]?.title).toBe('政策 in-force')
    const fallback = await get('/api/policies?locale=en&where[slug][equals]=expired')
    expect(fallback.body.docs?.[0]?.title).toBe('政策 expired')
  })

  it('publishing with an end date before the start is refused with a field message', async () => {
    const errors = await validationErrors(
      payload.create({
        collection: 'policies',
        data: { title: 'Backwards', effectiveFrom: iso(10), effectiveUntil: iso(5), _status: 'published' } as never,
        user: publisher,
        overrideAccess: false,
      }),
    )
    expect(errors).toEqual([
      expect.objectContaining({ path: 'effectiveUntil', message: expect.stringMatching(/must come after/) }),
    ])
  })

  it('editors write drafts but cannot publish; publishers can; the public cannot write', async () => {
    const draft = await payload.create({
      collection: 'policies',
      data: { title: 'Talent housing subsidy', effectiveFrom: iso(0) } as never,
      draft: true,
      user: editor,
      overrideAccess: false,
    })
    expect(draft.slug).toBe('talent-housing-subsidy')
    await expect(
      payload.update({
        collection: 'policies',
        id: draft.id,
        data: { _status: 'published' },
        user: editor,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    const published = await payload.update({
      collection: 'policies',
      id: draft.id,
      data: { _status: 'published' },
      user: publisher,
      overrideAccess: false,
    })
    expect(published._status).toBe('published')
    const write = await fetch(`${http.url}/api/policies`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'x', effectiveFrom: iso(0) }),
    })
    expect(write.status).toBe(403)
  })
})

describe('opportunities', () => {
  it('filter by park, kind, area range and availability over REST', async () => {
    const byPark = await get(`/api/opportunities?depth=0&sort=slug&where[park][equals]=${parks.nanhui}`)
    expect(slugsOf(byPark.body)).toEqual(['factory-nanhui', 'land-nanhui'])
    const offices = await get('/api/opportunities?depth=0&sort=slug&where[kind][equals]=office')
    expect(slugsOf(offices.body)).toEqual(['office-large', 'office-small'])
    const range = await get(
      '/api/opportunities?depth=0&sort=areaM2&where[areaM2][greater_than_equal]=400&where[areaM2][less_than_equal]=10000',
    )
    expect(slugsOf(range.body)).toEqual(['office-large', 'factory-nanhui'])
    const available = await get('/api/opportunities?depth=0&sort=slug&where[availability][equals]=available')
    expect(slugsOf(available.body)).toEqual(['factory-nanhui', 'office-small'])
  })

  it('the same filters work over GraphQL', async () => {
    const response = await fetch(`${http.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `{ Opportunities(where: { kind: { equals: land }, areaM2: { greater_than: 10000 } }) { docs { slug park { slug } } } }`,
      }),
    })
    const { data } = (await response.json()) as {
      data: { Opportunities: { docs: { slug: string; park: { slug: string } }[] } }
    }
    expect(data.Opportunities.docs).toEqual([{ slug: 'land-nanhui', park: { slug: 'nanhui' } }])
  })

  it('invalid area, kind or contact details are refused per field', async () => {
    const errors = await validationErrors(
      payload.create({
        collection: 'opportunities',
        data: {
          title: 'Bad listing',
          kind: 'castle',
          park: parks.nanhui,
          areaM2: -5,
          contact: { phone: 'call me', email: 'nope' },
        } as never,
        draft: false,
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['areaM2', 'contact.email', 'contact.phone', 'kind'])
  })
})

describe('events', () => {
  it('?when=upcoming lists events not yet ended, soonest first; ?when=past the ended ones', async () => {
    expect(slugsOf((await get('/api/events?when=upcoming&depth=0')).body)).toEqual([
      'roadshow-next-week',
      'forum-next-month',
    ])
    expect(slugsOf((await get('/api/events?when=past&depth=0')).body)).toEqual(['forum-last-year'])
    // Combined with other filters.
    const inPark = await get(`/api/events?when=upcoming&depth=0&where[park][equals]=${parks['south-park']}`)
    expect(slugsOf(inPark.body)).toEqual(['roadshow-next-week'])
    const bad = await get('/api/events?when=tomorrow')
    expect(bad.status).toBe(400)
    expect((bad.body.errors as { message: string }[])[0]?.message).toMatch(/"when" must be one of "upcoming", "past"/)
  })

  it('an end before the start, or a registration link that is not a web address, is refused', async () => {
    const errors = await validationErrors(
      payload.create({
        collection: 'events',
        data: {
          title: 'Backwards forum',
          startsAt: iso(10),
          endsAt: iso(9),
          registrationUrl: 'javascript:alert(1)',
          capacity: 0,
        } as never,
      }),
    )
    expect(errors.map((e) => e.path).sort()).toEqual(['capacity', 'endsAt', 'registrationUrl'])
  })
})

describe('access per role', () => {
  const minimal = (collection: string): Record<string, unknown> =>
    ({
      policies: { title: 'Role check policy', effectiveFrom: iso(-1) },
      opportunities: { title: 'Role check listing', kind: 'office', park: parks.nanhui, areaM2: 100 },
      events: { title: 'Role check event', startsAt: iso(5), endsAt: iso(5.1) },
    })[collection]!

  for (const collection of ['policies', 'opportunities', 'events'] as const) {
    it(`${collection}: anonymous reads published only; editors draft; publishers publish and delete; admins too`, async () => {
      const as = (user: typeof editor | null) => ({ overrideAccess: false, user }) as const
      // Anonymous: no writes, no drafts.
      await expect(
        payload.create({ collection, data: minimal(collection) as never, ...as(null) }),
      ).rejects.toMatchObject({ status: 403 })
      const draft = await payload.create({ collection, data: minimal(collection) as never, draft: true, ...as(editor) })
      await expect(payload.findByID({ collection, id: draft.id, ...as(null) })).rejects.toMatchObject({ status: 404 })
      // Editors can't publish…
      await expect(
        payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, ...as(editor) }),
      ).rejects.toMatchObject({ status: 403 })
      // …publishers can, and then the public sees it.
      await payload.update({ collection, id: draft.id, data: { _status: 'published' } as never, ...as(publisher) })
      expect((await payload.findByID({ collection, id: draft.id, ...as(null) })).id).toBe(draft.id)
      // Editors can't delete published content; publishers can; admins can delete anything.
      await expect(payload.delete({ collection, id: draft.id, ...as(editor) })).rejects.toMatchObject({ status: 403 })
      await payload.delete({ collection, id: draft.id, ...as(publisher) })
      const another = await payload.create({
        collection,
        data: { ...minimal(collection), _status: 'published' } as never,
        ...as(admin),
      })
      await payload.delete({ collection, id: another.id, ...as(admin) })
    })
  }
})
