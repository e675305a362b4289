import type { Payload } from 'payload'

import { createStaff, startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let editor: Awaited<ReturnType<typeof createStaff>>
const hour = 60 * 60 * 1000

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  await createStaff(payload, 'admin')
  editor = await createStaff(payload, 'editor')
})
afterAll(async () => ctx?.close())

/** What an anonymous reader of the public API gets: access control on, no user. */
const anonymous = { overrideAccess: false, user: null } as const

describe('anonymous readers', () => {
  it('cannot read drafts, by list, by id or by count', async () => {
    const draft = await payload.create({
      collection: 'announcements',
      data: { title: 'Draft only', slug: 'draft-only', category: 'news' },
      draft: true,
    })
    const published = await payload.create({
      collection: 'announcements',
      data: { title: 'Public news', slug: 'public-news', category: 'news', _status: 'published' },
    })
    const list = await payload.find({ collection: 'announcements', ...anonymous })
    expect(list.docs.map((d) => d.slug)).toEqual(['public-news'])
    await expect(payload.findByID({ collection: 'announcements', id: draft.id, ...anonymous })).rejects.toThrow()
    expect((await payload.count({ collection: 'announcements', ...anonymous })).totalDocs).toBe(1)
    // Asking for drafts explicitly changes nothing for the public.
    const asked = await payload.find({ collection: 'announcements', draft: true, ...anonymous })
    expect(asked.docs.map((d) => d.id)).toEqual([published.id])
  })

  it('see the published version, not the newer draft of a published document', async () => {
    const park = await payload.create({
      collection: 'parks',
      data: { name: 'Published name', slug: 'versioned-park', kind: 'sub-park', _status: 'published' },
    })
    await payload.update({ collection: 'parks', id: park.id, data: { name: 'Unreviewed draft name' }, draft: true })
    const seen = await payload.findByID({ collection: 'parks', id: park.id, draft: true, ...anonymous })
    expect(seen.name).toBe('Published name')
    const staffView = await payload.findByID({
      collection: 'parks',
      id: park.id,
      draft: true,
      overrideAccess: false,
      user: editor,
    })
    expect(staffView.name).toBe('Unreviewed draft name')
  })

  it('do not see a draft through another document’s relationship or join', async () => {
    const draftIndustry = await payload.create({
      collection: 'industries',
      data: { name: 'Secret industry', slug: 'secret-industry', kind: 'producer-services' },
      draft: true,
    })
    const industry = await payload.create({
      collection: 'industries',
      data: { name: 'Open industry', slug: 'open-industry', kind: 'producer-services', _status: 'published' },
    })
    await payload.create({
      collection: 'parks',
      data: { name: 'Draft park', slug: 'draft-park', kind: 'sub-park', industries: [industry.id] },
      draft: true,
    })
    const park = await payload.create({
      collection: 'parks',
      data: {
        name: 'Open park',
        slug: 'open-park',
        kind: 'sub-park',
        industries: [industry.id, draftIndustry.id],
        _status: 'published',
      },
    })
    const seenPark = await payload.findByID({ collection: 'parks', id: park.id, depth: 1, ...anonymous })
    const populated = (seenPark.industries ?? []).filter((i) => typeof i === 'object')
    expect(populated.map((i) => (i as { slug: string }).slug)).toEqual(['open-industry'])

    const seenIndustry = await payload.findByID({ collection: 'industries', id: industry.id, depth: 1, ...anonymous })
    const joined = (seenIndustry.parks?.docs ?? []).map((p) => (typeof p === 'object' ? p.slug : p))
    expect(joined).toEqual(['open-park'])
  })

  it('do not see an announcement before its publication time or after its expiry', async () => {
    const now = Date.now()
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Embargoed',
        slug: 'embargoed',
        category: 'news',
        publishedAt: new Date(now + hour).toISOString(),
        _status: 'published',
      },
    })
    await payload.create({
      collection: 'announcements',
      data: {
        title: 'Expired',
        slug: 'expired',
        category: 'notice',
        publishedAt: new Date(now - 2 * hour).toISOString(),
        expiresAt: new Date(now - hour).toISOString(),
        _status: 'published',
      },
    })
    const slugs = (await payload.find({ collection: 'announcements', ...anonymous })).docs.map((d) => d.slug)
    expect(slugs).not.toContain('embargoed')
    expect(slugs).not.toContain('expired')
    const staffSlugs = (
      await payload.find({ collection: 'announcements', overrideAccess: false, user: editor })
    ).docs.map((d) => d.slug)
    expect(staffSlugs).toEqual(expect.arrayContaining(['embargoed', 'expired']))
  })

  it('do not see an embargoed announcement through a relationship', async () => {
    const embargoed = await payload.create({
      collection: 'announcements',
      data: {
        title: 'Embargoed via menu',
        slug: 'embargoed-via-menu',
        category: 'news',
        publishedAt: new Date(Date.now() + hour).toISOString(),
        _status: 'published',
      },
    })
    await payload.updateGlobal({
      slug: 'navigation',
      data: {
        items: [{ label: 'News', kind: 'internal', reference: { relationTo: 'announcements', value: embargoed.id } }],
      },
    })
    const menu = await payload.findGlobal({ slug: 'navigation', depth: 2, ...anonymous })
    const reference = menu.items?.[0]?.reference?.value
    expect(typeof reference === 'object' && reference !== null).toBe(false)
    expect(JSON.stringify(menu)).not.toContain('Embargoed via menu')
  })

  it('never see the review workflow (status, comments, history), which staff do see', async () => {
    const park = await payload.create({
      collection: 'parks',
      data: { name: 'Reviewed park', slug: 'reviewed-park', kind: 'sub-park', _status: 'published' },
    })
    await payload.update({
      collection: 'parks',
      id: park.id,
      data: { reviewStatus: 'changes-requested', reviewComment: 'Internal: the area figure is wrong' },
      user: await createStaff(payload, 'publisher'),
      overrideAccess: false,
    })
    const asPublic = await payload.findByID({ collection: 'parks', id: park.id, ...anonymous })
    const listed = await payload.find({
      collection: 'parks',
      where: { slug: { equals: 'reviewed-park' } },
      ...anonymous,
    })
    for (const doc of [asPublic, listed.docs[0]]) {
      expect(JSON.stringify(doc)).not.toContain('Internal: the area figure is wrong')
      expect(doc).not.toHaveProperty('reviewHistory')
      expect(doc).not.toHaveProperty('reviewStatus')
    }
    // Even when asked for by name.
    const selected = await payload.find({
      collection: 'parks',
      select: { name: true, reviewComment: true },
      where: { slug: { equals: 'reviewed-park' } },
      ...anonymous,
    })
    expect(selected.docs[0]).not.toHaveProperty('reviewComment')
    const staff = await payload.findByID({ collection: 'parks', id: park.id, overrideAccess: false, user: editor })
    expect(staff.reviewComment).toBe('Internal: the area figure is wrong')
    expect(staff.reviewHistory?.length).toBeGreaterThan(0)
  })

  it('cannot read or create user accounts', async () => {
    await expect(payload.find({ collection: 'users', ...anonymous })).rejects.toThrow()
    await expect(
      payload.create({
        collection: 'users',
        data: { email: 'x@y.z', password: 'whatever-123', role: 'admin' },
        ...anonymous,
      }),
    ).rejects.toThrow()
  })

  it('cannot change content or globals', async () => {
    await expect(
      payload.create({ collection: 'parks', data: { name: 'x', slug: 'x', kind: 'sub-park' }, ...anonymous }),
    ).rejects.toThrow()
    await expect(payload.updateGlobal({ slug: 'zone-profile', data: { name: 'x' }, ...anonymous })).rejects.toThrow()
  })
})

describe('staff accounts', () => {
  it('an editor cannot raise their own role', async () => {
    const updated = await payload.update({
      collection: 'users',
      id: editor.id,
      data: { role: 'admin', name: 'Still an editor' },
      overrideAccess: false,
      user: editor,
    })
    expect(updated.name).toBe('Still an editor')
    expect(updated.role).toBe('editor')
  })

  it("an editor sees colleagues' names but not their emails, and cannot change site settings", async () => {
    const users = await payload.find({ collection: 'users', overrideAccess: false, user: editor })
    expect(users.docs.length).toBeGreaterThan(1)
    for (const account of users.docs) {
      expect(account.name).toBeTruthy()
      expect(account.email).toBe(account.id === editor.id ? editor.email : undefined)
    }
    await expect(
      payload.updateGlobal({ slug: 'site-settings', data: { siteName: 'x' }, overrideAccess: false, user: editor }),
    ).rejects.toThrow()
  })
})
