/**
 * Documents in every state the trust model distinguishes, made through the Local API as the system
 * (overrideAccess): drafts, items in review, published ones, published ones with a newer draft,
 * embargoed and expired announcements (also with dates written with offsets), files and redirects of
 * each, and one of everything else.
 */
import fs from 'node:fs'

import type { CollectionSlug, Payload } from 'payload'

import { PAGE_COLLECTIONS } from '../../src/workflow/access/trust'
import { pdfDocument } from '../helpers/files'
import type { Fixture, Identity } from './oracle'

const hour = 60 * 60 * 1000
/** In every title, so that one search finds every fixture. */
export const TOKEN = 'trustfx'

/** The UTC instant `ms` written as wall time in a zone `offsetHours` from UTC ("…+08:00"). */
export function withOffset(ms: number, offsetHours: number): string {
  const local = new Date(ms + offsetHours * hour).toISOString().slice(0, 19)
  const sign = offsetHours < 0 ? '-' : '+'
  const abs = Math.abs(offsetHours)
  return `${local}${sign}${String(Math.floor(abs)).padStart(2, '0')}:${String((abs % 1) * 60).padStart(2, '0')}`
}

type Made = { fixtures: Fixture[]; parkId: number | string }

/** The fields each page collection requires, for a document titled `title` with slug `slug`. */
export function pageData(collection: string, title: string, slug: string, parkId?: number | string) {
  const now = Date.now()
  const iso = (days: number) => new Date(now + days * 24 * hour).toISOString()
  switch (collection) {
    case 'parks':
      return { name: title, slug, kind: 'sub-park' }
    case 'industries':
      return { name: title, slug, kind: 'producer-services' }
    case 'announcements':
      return { title, slug, category: 'news' }
    case 'policies':
      return { title, slug, effectiveFrom: iso(-30) }
    case 'opportunities':
      return { title, slug, kind: 'office', park: parkId, areaM2: 500 }
    case 'events':
      return { title, slug, startsAt: iso(10), endsAt: iso(10.2) }
    default:
      throw new Error(`no page data for ${collection}`)
  }
}

export async function makeFixtures(
  payload: Payload,
  dir: string,
  owners: Record<Identity, number | string | undefined>,
) {
  const fixtures: Fixture[] = []
  let n = 0
  // Globals with their required fields, as a seeded site has them.
  await payload.updateGlobal({ slug: 'site-settings', data: { siteName: `${TOKEN} Jinqiao` } })
  await payload.updateGlobal({ slug: 'zone-profile', data: { name: `${TOKEN} Jinqiao zone` } })
  const create = async (collection: string, state: string, data: Record<string, unknown>, draft = false) => {
    n += 1
    const slug = `${TOKEN}-${collection}-${state}-${n}`
    const title = `${TOKEN} ${collection} ${state} ${n}`
    const doc = await payload.create({
      collection: collection as CollectionSlug,
      data: { ...pageData(collection, title, slug, made.parkId), ...data } as never,
      draft,
    })
    return { id: doc.id as number | string, slug, title }
  }
  const made: Made = { fixtures, parkId: 0 }
  const park = await payload.create({
    collection: 'parks',
    data: { name: `${TOKEN} home park`, slug: `${TOKEN}-home-park`, kind: 'sub-park', _status: 'published' },
  })
  made.parkId = park.id
  fixtures.push({
    collection: 'parks',
    id: park.id,
    state: 'published',
    publicNow: true,
    slug: park.slug,
    title: park.name,
  })

  for (const collection of PAGE_COLLECTIONS) {
    const add = (state: string, publicNow: boolean, doc: { id: number | string; slug: string; title: string }) =>
      fixtures.push({ collection, state, publicNow, ...doc })
    add('draft', false, await create(collection, 'draft', {}, true))
    add('in-review', false, await create(collection, 'in-review', { reviewStatus: 'in-review' }, true))
    add('published', true, await create(collection, 'published', { _status: 'published' }))
    const edited = await create(collection, 'published-with-draft', { _status: 'published' })
    const titleField = collection === 'parks' || collection === 'industries' ? 'name' : 'title'
    await payload.update({
      collection: collection as CollectionSlug,
      id: edited.id,
      data: { [titleField]: `${TOKEN} unreviewed draft text` } as never,
      draft: true,
    })
    add('published-with-draft', true, edited)
    if (collection !== 'announcements') continue
    const now = Date.now()
    add(
      'embargoed',
      false,
      await create(collection, 'embargoed', { _status: 'published', publishedAt: new Date(now + hour).toISOString() }),
    )
    add(
      'expired',
      false,
      await create(collection, 'expired', {
        _status: 'published',
        publishedAt: new Date(now - 2 * hour).toISOString(),
        expiresAt: new Date(now - hour).toISOString(),
      }),
    )
    // Dates with offsets: stored in UTC, compared as instants.
    add(
      'expired-offset',
      false,
      await create(collection, 'expired-offset', {
        _status: 'published',
        publishedAt: new Date(now - 2 * hour).toISOString(),
        expiresAt: withOffset(now - 60_000, 8),
      }),
    )
    add(
      'embargoed-offset',
      false,
      await create(collection, 'embargoed-offset', { _status: 'published', publishedAt: withOffset(now + hour, -5) }),
    )
    add(
      'current-offset',
      true,
      await create(collection, 'current-offset', {
        _status: 'published',
        publishedAt: withOffset(now - hour, 8),
        expiresAt: withOffset(now + 5 * hour, -5),
      }),
    )
  }

  // Files: shown by a published item, only by a draft, only by an embargoed item, by nobody.
  const pdf = fs.readFileSync(pdfDocument(dir))
  const upload = async (state: string) => {
    const doc = await payload.create({
      collection: 'media',
      data: { alt: `${TOKEN} ${state}` },
      file: { data: pdf, mimetype: 'application/pdf', name: `${TOKEN}-${state}.pdf`, size: pdf.length },
    })
    return { id: doc.id as number | string, filename: doc.filename! }
  }
  const shownByPublished = await upload('shown-by-published')
  const shownByDraft = await upload('shown-by-draft')
  const shownByEmbargoed = await upload('shown-by-embargoed')
  const unused = await upload('unused')
  const withFile = await create('announcements', 'with-file', {
    _status: 'published',
    attachments: [shownByPublished.id],
  })
  fixtures.push({ collection: 'announcements', state: 'published', publicNow: true, ...withFile })
  const draftWithFile = await create('announcements', 'draft-with-file', { attachments: [shownByDraft.id] }, true)
  fixtures.push({ collection: 'announcements', state: 'draft', publicNow: false, ...draftWithFile })
  const embargoedWithFile = await create('announcements', 'embargoed-with-file', {
    _status: 'published',
    publishedAt: new Date(Date.now() + hour).toISOString(),
    attachments: [shownByEmbargoed.id],
  })
  fixtures.push({ collection: 'announcements', state: 'embargoed', publicNow: false, ...embargoedWithFile })
  fixtures.push({ collection: 'media', state: 'shown-by-published', publicNow: true, ...shownByPublished })
  fixtures.push({ collection: 'media', state: 'shown-by-draft', publicNow: false, ...shownByDraft })
  fixtures.push({ collection: 'media', state: 'shown-by-embargoed', publicNow: false, ...shownByEmbargoed })
  fixtures.push({ collection: 'media', state: 'unused', publicNow: false, ...unused })

  // Redirects: to a published item, to a draft, to an embargoed item, and a custom one.
  const target = (state: string) => fixtures.find((f) => f.collection === 'announcements' && f.state === state)!
  const redirect = async (state: string, to: Record<string, unknown>, publicNow: boolean) => {
    const doc = await payload.create({ collection: 'redirects', data: { from: `/${TOKEN}/${state}`, to } as never })
    fixtures.push({ collection: 'redirects', id: doc.id, state, publicNow })
  }
  const reference = (state: string) => ({
    type: 'reference',
    reference: { relationTo: 'announcements', value: target(state).id },
  })
  await redirect('to-published', reference('published'), true)
  await redirect('to-draft', reference('draft'), false)
  await redirect('to-embargoed', reference('embargoed'), false)
  await redirect('custom', { type: 'custom', url: 'https://www.pudong.gov.cn/' }, true)

  // One of everything else.
  const inquiry = await payload.create({
    collection: 'inquiries',
    data: {
      company: `${TOKEN} Robotics Ltd`,
      contactName: 'Li Wei',
      email: 'li@robotics.example',
      country: 'CN',
      message: 'We plan a factory of 20,000 m² in the zone.',
      consent: true,
    } as never,
  })
  fixtures.push({ collection: 'inquiries', id: inquiry.id, state: 'new', publicNow: false })
  for (const who of ['admin', 'publisher', 'editor'] as const) {
    fixtures.push({ collection: 'users', id: owners[who]!, state: 'account', publicNow: false, owner: who })
  }
  const { docs: keys } = await payload.find({ collection: 'api-keys', limit: 10, depth: 0 })
  for (const key of keys) fixtures.push({ collection: 'api-keys', id: key.id, state: key.name, publicNow: false })
  const { docs: audit } = await payload.find({ collection: 'audit-log', limit: 1, depth: 0 })
  fixtures.push({ collection: 'audit-log', id: audit[0]!.id, state: 'entry', publicNow: false })
  const entries = await payload.find({ collection: 'search-index', limit: 200, depth: 0, pagination: false })
  for (const entry of entries.docs as unknown as { id: number; doc: { relationTo: string; value: unknown } }[]) {
    const owner = fixtures.find(
      (f) => f.collection === entry.doc.relationTo && String(f.id) === String(idOf(entry.doc.value)),
    )
    if (owner)
      fixtures.push({
        collection: 'search-index',
        id: entry.id,
        state: `entry-of-${owner.state}`,
        publicNow: owner.publicNow,
      })
  }
  for (const who of ['publisher', 'editor'] as const) {
    const preference = await payload.create({
      collection: 'payload-preferences',
      data: { key: `${TOKEN}-nav`, value: { open: true } } as never,
      // Payload stamps a preference with the user writing it.
      user: { id: owners[who], collection: 'users' } as never,
    })
    fixtures.push({ collection: 'payload-preferences', id: preference.id, state: 'own', publicNow: false, owner: who })
  }
  const lock = await payload.create({
    collection: 'payload-locked-documents',
    data: {
      document: { relationTo: 'parks', value: park.id },
      globalSlug: null,
      user: { relationTo: 'users', value: owners.admin },
    } as never,
  })
  fixtures.push({ collection: 'payload-locked-documents', id: lock.id, state: 'lock', publicNow: false })
  return fixtures
}

const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: unknown }).id : value)
