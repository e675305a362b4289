import type { CollectionSlug } from 'payload'

import { createRateLimits } from '../src/http/rateLimits'
import { apiKey, createKeys, jwt, signInStaff } from './helpers/principals'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'

/** Investors' personal data: the consent they gave, retention after closing, and requests to see or erase it. */
const app = useTestApp({
  http: { rateLimits: createRateLimits({ env: { ...process.env, RATE_LIMIT_INQUIRIES: '100/60' } }) },
})

const investor = {
  company: 'Nordic Chips AB',
  contactName: 'Karin Lund',
  email: 'karin.lund@nordicchips.example',
  phone: '+46 8 123 456 78',
  country: 'Sweden',
  message: 'We consider a chip design centre in Jinqiao and would like to meet.',
  consent: true,
  language: 'en',
}
const send = (body: Record<string, unknown>) =>
  fetch(`${app.http.url}/api/inquiries`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  }).then(async (r) => ({ status: r.status, doc: ((await r.json()) as { doc?: { id: number } }).doc }))

describe('personal data of investors', () => {
  it('each inquiry keeps the version and the words of the consent its sender agreed to', async () => {
    await app.payload.updateGlobal({
      slug: 'site-settings',
      locale: 'en',
      data: { inquiryConsent: { version: '2026-12', text: 'I agree to be contacted (v2026-12).' } },
    })
    const { status, doc } = await send({ ...investor, consentVersion: 'forged', consentText: 'nothing' })
    expect(status).toBe(201)
    const stored = await app.payload.findByID({ collection: 'inquiries', id: doc!.id, depth: 0 })
    expect([stored.consentVersion, stored.consentText]).toEqual(['2026-12', 'I agree to be contacted (v2026-12).'])
  })

  it('closing an inquiry dates it; reopening clears the date', async () => {
    const { doc } = await send({ ...investor, company: 'Closing AB' })
    const handler = await createStaff(app.payload, 'publisher')
    const closed = await app.payload.update({
      collection: 'inquiries',
      id: doc!.id,
      data: { status: 'closed', assignee: handler.id },
    })
    expect(Date.parse(closed.closedAt!)).toBeGreaterThan(Date.now() - 60_000)
    const reopened = await app.payload.update({ collection: 'inquiries', id: doc!.id, data: { status: 'new' } })
    expect(reopened.closedAt ?? null).toBeNull()
  })

  it('closed inquiries past the retention period lose their contact details and keep their statistics', async () => {
    const old = await send({ ...investor, company: 'Old Lead AB', email: 'old.lead@example.se' })
    const recent = await send({ ...investor, company: 'Recent Lead AB', email: 'recent.lead@example.se' })
    const monthsAgo = (months: number) => new Date(Date.now() - months * 31 * 86_400_000).toISOString()
    // Closed long ago, as the pipeline would have stamped it.
    await app.payload.db.updateOne({
      collection: 'inquiries',
      id: old.doc!.id,
      data: { status: 'closed', closedAt: monthsAgo(25) },
    })
    await app.payload.db.updateOne({
      collection: 'inquiries',
      id: recent.doc!.id,
      data: { status: 'closed', closedAt: monthsAgo(1) },
    })
    await app.payload.jobs.queue({ task: 'anonymiseClosedInquiries', input: {} })
    await app.payload.jobs.run()
    const [gone, kept] = await Promise.all(
      [old, recent].map(({ doc }) => app.payload.findByID({ collection: 'inquiries', id: doc!.id, depth: 0 })),
    )
    expect(gone).toMatchObject({
      company: 'Old Lead AB',
      country: 'Sweden',
      status: 'closed',
      contactName: '—',
      phone: null,
    })
    expect(gone.email).not.toBe('old.lead@example.se')
    expect(gone.message).toMatch(/^\[Removed/)
    expect(gone.anonymisedAt).toBeTruthy()
    expect(kept).toMatchObject({ email: 'recent.lead@example.se', contactName: investor.contactName })
    const { docs: entries } = await app.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'erase' } },
      depth: 0,
    })
    expect(entries.map((e) => e.documentTitle)).toEqual([
      'Retention: personal data removed from 1 inquiries closed over 24 months ago',
    ])
  })

  it('an admin answers a request to see, then to erase, everything held about one address; nothing is left', async () => {
    const { admin, editor, publisher } = await signInStaff(app.payload)
    const address = 'erase.me@privacy.example'
    const phone = '+46 70 999 88 77'
    for (const company of ['First AB', 'Second AB'])
      expect((await send({ ...investor, company, email: address, phone })).status).toBe(201)

    // Nobody but an admin: no credentials, a bogus token, a read key, an editor, a publisher.
    const keys = await createKeys(app.payload)
    const outsiders: Record<string, string>[] = [
      {},
      { authorization: 'Bearer not-a-token' },
      apiKey(keys.preview),
      apiKey(keys.disabled),
      jwt(editor.token),
      jwt(publisher.token),
    ]
    for (const headers of outsiders) {
      const look = await fetch(`${app.http.url}/api/inquiries/personal-data?email=${address}`, { headers })
      const wipe = await fetch(`${app.http.url}/api/inquiries/erase`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ email: address }),
      })
      expect([look.status, wipe.status]).toEqual([403, 403])
      expect(await look.text()).not.toContain(phone)
    }
    const untouched = await app.payload.count({ collection: 'inquiries', where: { email: { equals: address } } })
    expect(untouched.totalDocs).toBe(2)

    const asPublisher = await fetch(`${app.http.url}/api/inquiries/personal-data?email=${address}`, {
      headers: jwt(publisher.token),
    })
    expect(asPublisher.status).toBe(403)
    const seen = await fetch(`${app.http.url}/api/inquiries/personal-data?email=${encodeURIComponent(address)}`, {
      headers: jwt(admin.token),
    })
    expect(seen.status).toBe(200)
    const { inquiries } = (await seen.json()) as { inquiries: { company: string; email: string; phone: string }[] }
    expect(inquiries.map((i) => [i.company, i.email, i.phone]).sort()).toEqual([
      ['First AB', address, phone],
      ['Second AB', address, phone],
    ])

    const erase = await fetch(`${app.http.url}/api/inquiries/erase`, {
      method: 'POST',
      headers: { ...jwt(admin.token), 'content-type': 'application/json' },
      body: JSON.stringify({ email: address }),
    })
    expect(await erase.json()).toEqual({ erased: 2 })

    // No collection or global, versions and the audit log included, holds the address or the phone any more.
    const everything: unknown[] = []
    for (const collection of app.payload.config.collections.map((c) => c.slug as CollectionSlug)) {
      everything.push((await app.payload.find({ collection, limit: 0, pagination: false, depth: 0 })).docs)
      if (app.payload.collections[collection].config.versions)
        everything.push((await app.payload.findVersions({ collection, limit: 0, pagination: false, depth: 0 })).docs)
    }
    for (const global of app.payload.config.globals)
      everything.push(await app.payload.findGlobal({ slug: global.slug as never, depth: 0 }))
    const text = JSON.stringify(everything)
    expect(text).not.toContain(address)
    expect(text).not.toContain(phone)

    const { docs: audit } = await app.payload.find({
      collection: 'audit-log',
      where: { action: { in: ['export', 'erase'] } },
      sort: 'createdAt',
      depth: 0,
    })
    expect(audit.slice(1).map((a) => [a.action, a.userEmail, a.documentTitle])).toEqual([
      ['export', admin.user.email, 'Personal data of one address: 2 inquiries'],
      ['erase', admin.user.email, 'Personal data of one address erased from 2 inquiries'],
    ])
  })
})
