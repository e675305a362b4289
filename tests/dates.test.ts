/**
 * Dates are stored as UTC ISO-8601 (toISOString) whatever form the client sent them in, so that
 * embargo and expiry compare correctly on every adapter. On SQLite a date is text compared as text:
 * an expiry written as Beijing time with +08:00 kept an expired item public for eight hours, and an
 * embargo written with -05:00 ended five hours early.
 */
import { XMLParser } from 'fast-xml-parser'
import type { Payload } from 'payload'

import { normaliseStoredDates } from '../src/database/migrations/normaliseStoredDates'
import { migrations as sqliteMigrations } from '../src/database/migrations/sqlite'
import { startHttp } from './helpers/httpServer'
import { createStaff, startTestPayload, testDatabaseKind, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload
let http: Awaited<ReturnType<typeof startHttp>>
let publisherToken: string
let adminToken: string
const minute = 60_000
const hour = 60 * minute
const STORED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/

/** The instant `ms` (whole seconds) as the wall time `minutes` east of UTC, with that offset: …T09:00:00+08:00. */
const withOffset = (ms: number, minutes: number): string => {
  const wall = new Date(Math.floor(ms / 1000) * 1000 + minutes * minute).toISOString().slice(0, 19)
  const size = Math.abs(minutes)
  const hh = String(Math.floor(size / 60)).padStart(2, '0')
  const mm = String(size % 60).padStart(2, '0')
  return `${wall}${minutes < 0 ? '-' : '+'}${hh}:${mm}`
}

const login = async (email: string) => {
  const response = await fetch(`${http.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: 'correct-horse-battery' }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

type Answer = { status: number; body: Record<string, unknown> & { errors?: ErrorBody[] } }
type ErrorBody = { message: string; data?: { errors?: { path: string; message: string }[] } }

const api = async (method: string, path: string, body?: unknown, token?: string): Promise<Answer> => {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (token) headers.authorization = `JWT ${token}`
  const response = await fetch(`${http.url}${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await response.text()
  return { status: response.status, body: text ? JSON.parse(text) : {} }
}

const graphql = async (query: string, token?: string) => {
  const { status, body } = await api('POST', '/api/graphql', { query }, token)
  expect(status).toBe(200)
  return body as { data: Record<string, { docs?: { slug: string }[]; slug?: string } | null> }
}

const fetchText = async (path: string) => {
  const response = await fetch(`${http.url}${path}`)
  expect(response.status).toBe(200)
  return response.text()
}

/** Creates (and publishes) an announcement over REST as the publisher, as the admin panel or a client would. */
const publish = async (slug: string, dates: Record<string, unknown>) => {
  const { status, body } = await api(
    'POST',
    '/api/announcements?depth=0',
    { title: `Dated ${slug}`, slug, category: 'notice', summary: 'Dated item', _status: 'published', ...dates },
    publisherToken,
  )
  expect({ status, errors: body.errors }).toEqual({ status: 201, errors: undefined })
  return (body as { doc: { id: number | string; publishedAt?: string; expiresAt?: string } }).doc
}

/** The field errors of a 400, over REST. */
const fieldErrors = (answer: Answer) => {
  expect(answer.status).toBe(400)
  return (answer.body.errors ?? []).flatMap((error) => error.data?.errors ?? [])
}

/**
 * A date column as the database holds it, read without Payload (whose read path would rewrite it):
 * SQLite's text exactly; PostgreSQL's timestamptz as the instant it is.
 */
const storedDates = async (query: string): Promise<unknown[]> => {
  const db = payload.db as unknown as {
    drizzle: unknown
    execute: (args: { drizzle: unknown; raw: string }) => Promise<{ rows: Record<string, unknown>[] }>
  }
  const { rows } = await db.execute({ drizzle: db.drizzle, raw: query })
  return rows.map(({ v }) =>
    ctx.kind === 'sqlite' || v == null ? v : new Date(v instanceof Date ? v : String(v)).toISOString(),
  )
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const admin = await createStaff(payload, 'admin')
  const publisher = await createStaff(payload, 'publisher')
  http = await startHttp(payload)
  publisherToken = await login(publisher.email)
  adminToken = await login(admin.email)
})
afterAll(async () => {
  await http?.close()
  await ctx?.close()
})

describe('embargo and expiry written with an offset, over HTTP', () => {
  const now = Date.now()
  // Expired a minute ago, written as Beijing wall time: "…T(h+8):…+08:00" sorts after "…Z" as text.
  const expiredAt = withOffset(now - minute, 8 * 60)
  // Embargoed for another hour, written as New York wall time: "…T(h-4):…-05:00" sorts before "…Z".
  const embargoUntil = withOffset(now + hour, -5 * 60)
  const ids = {} as Record<'expired' | 'embargoed' | 'current', number | string>

  beforeAll(async () => {
    ids.expired = (
      await publish('expired-offset', { publishedAt: new Date(now - hour).toISOString(), expiresAt: expiredAt })
    ).id
    ids.embargoed = (await publish('embargo-offset', { publishedAt: embargoUntil })).id
    // A control: published, current, so that "not shown" below is not an empty answer.
    ids.current = (
      await publish('current-offset', {
        publishedAt: withOffset(now - hour, -5 * 60),
        expiresAt: withOffset(now + hour, 8 * 60),
      })
    ).id
  })

  it('stores and serves the dates in toISOString() form', async () => {
    const expired = await api('GET', `/api/announcements/${ids.expired}?depth=0`, undefined, publisherToken)
    expect(expired.body.expiresAt).toBe(new Date(expiredAt).toISOString())
    expect(expired.body.expiresAt).toMatch(STORED)
    const embargoed = await api('GET', `/api/announcements/${ids.embargoed}?depth=0`, undefined, publisherToken)
    expect(embargoed.body.publishedAt).toBe(new Date(embargoUntil).toISOString())
    // As stored, without Payload's read path in between (which reads any form back as …Z).
    expect(await storedDates(`SELECT expires_at AS v FROM announcements WHERE id = ${ids.expired}`)).toEqual([
      new Date(expiredAt).toISOString(),
    ])
    expect(await storedDates(`SELECT published_at AS v FROM announcements WHERE id = ${ids.embargoed}`)).toEqual([
      new Date(embargoUntil).toISOString(),
    ])
    const versions = await storedDates(
      `SELECT version_expires_at AS v FROM _announcements_v WHERE parent_id = ${ids.expired}`,
    )
    expect(versions.length).toBeGreaterThan(0)
    for (const value of versions) expect(value).toBe(new Date(expiredAt).toISOString())
  })

  it('an anonymous reader does not get them by id', async () => {
    for (const id of [ids.expired, ids.embargoed]) {
      const { status } = await api('GET', `/api/announcements/${id}`)
      expect([403, 404]).toContain(status)
    }
    expect((await api('GET', `/api/announcements/${ids.current}`)).status).toBe(200)
  })

  it('an anonymous reader does not get them in lists (Payload and the read model)', async () => {
    const slugsOf = (answer: Answer) => (answer.body.docs as { slug: string }[]).map((doc) => doc.slug)
    for (const query of ['?limit=100', '?limit=100&sort=-publishedAt&locale=en', '?where[category][equals]=notice']) {
      const slugs = slugsOf(await api('GET', `/api/announcements${query}`))
      expect(slugs).toContain('current-offset')
      expect(slugs).not.toContain('expired-offset')
      expect(slugs).not.toContain('embargo-offset')
    }
    for (const slug of ['expired-offset', 'embargo-offset']) {
      expect(slugsOf(await api('GET', `/api/announcements?where[slug][equals]=${slug}`))).toEqual([])
    }
    const { body } = await api('GET', '/api/announcements/count')
    expect(body.totalDocs).toBe(1)
  })

  it('an anonymous reader does not get them over GraphQL', async () => {
    const { data } = await graphql('{ Announcements(limit: 100) { docs { slug } } }')
    const slugs = data.Announcements?.docs?.map((doc) => doc.slug)
    expect(slugs).toEqual(['current-offset'])
    for (const id of [ids.expired, ids.embargoed]) {
      const one = await api('POST', '/api/graphql', { query: `{ Announcement(id: ${JSON.stringify(id)}) { slug } }` })
      expect((one.body.data as Record<string, unknown> | undefined)?.Announcement ?? null).toBeNull()
    }
  })

  it('the sitemap and the feeds leave them out', async () => {
    const sitemap = await api('GET', '/api/sitemap')
    const listed = (sitemap.body.collections as Record<string, { slug: string }[]>).announcements.map((d) => d.slug)
    expect(listed).toEqual(['current-offset'])
    for (const path of [
      '/feeds/announcements.zh.xml',
      '/feeds/announcements.en.xml',
      '/feeds/announcements.zh.atom',
      '/feeds/announcements.en.atom',
    ]) {
      const text = await fetchText(path)
      expect(new XMLParser().parse(text)).toBeTruthy()
      expect(text).toContain('current-offset')
      expect(text).not.toContain('expired-offset')
      expect(text).not.toContain('embargo-offset')
    }
  })

  it('staff (a publisher) still see both', async () => {
    for (const id of [ids.expired, ids.embargoed]) {
      expect((await api('GET', `/api/announcements/${id}`, undefined, publisherToken)).status).toBe(200)
    }
    const list = await api('GET', '/api/announcements?limit=100', undefined, publisherToken)
    expect((list.body.docs as { slug: string }[]).map((doc) => doc.slug).sort()).toEqual([
      'current-offset',
      'embargo-offset',
      'expired-offset',
    ])
    const { data } = await graphql('{ Announcements(limit: 100) { docs { slug } } }', publisherToken)
    expect(data.Announcements?.docs?.map((doc) => doc.slug).sort()).toEqual([
      'current-offset',
      'embargo-offset',
      'expired-offset',
    ])
  })
})

describe('the forms a date is taken in', () => {
  it('a space for T, a day alone, and a time without a zone (Beijing time)', async () => {
    const doc = await publish('forms-1', { publishedAt: '2026-11-29 09:30', expiresAt: '2099-12-31' })
    expect(doc.publishedAt).toBe('2026-11-29T01:30:00.000Z')
    expect(doc.expiresAt).toBe('2099-12-31T00:00:00.000Z')
    const updated = await api(
      'PATCH',
      `/api/announcements/${doc.id}?depth=0`,
      { expiresAt: '2099-12-31T08:00:00.123456-0130' },
      publisherToken,
    )
    expect(updated.status).toBe(200)
    expect((updated.body.doc as { expiresAt: string }).expiresAt).toBe('2099-12-31T09:30:00.123Z')
  })

  it('"" clears a date', async () => {
    const doc = await publish('forms-2', { publishedAt: '2026-11-29T09:30:00+08:00', expiresAt: '2099-01-01' })
    const cleared = await api('PATCH', `/api/announcements/${doc.id}?depth=0`, { expiresAt: '' }, publisherToken)
    expect(cleared.status).toBe(200)
    expect((cleared.body.doc as { expiresAt?: string | null }).expiresAt ?? null).toBeNull()
  })

  it.each([['nonsense'], ['2026-02-30'], ['2026-02-30T09:00:00+08:00'], [0], ['0'], [{ $gt: '' }], [['2026-11-29']]])(
    'refuses %j with a 400 naming the field and showing an accepted form',
    async (value) => {
      const answer = await api(
        'POST',
        '/api/announcements',
        { title: 'Bad date', slug: 'bad-date', category: 'news', expiresAt: value },
        publisherToken,
      )
      const errors = fieldErrors(answer)
      expect(errors).toEqual([{ path: 'expiresAt', message: expect.stringContaining('2026-11-29T09:30:00+08:00') }])
      expect(answer.body.errors?.[0].message).toContain('expiresAt')
    },
  )

  it('normalises and checks dates inside arrays too (the path names the row)', async () => {
    const doc = await publish('forms-3', {})
    const good = await payload.update({
      collection: 'announcements',
      id: doc.id,
      data: { reviewHistory: [{ to: 'approved', at: '2026-11-29T09:30:00+08:00' }] },
      draft: true,
    })
    expect(good.reviewHistory?.[0].at).toBe('2026-11-29T01:30:00.000Z')
    expect(
      await storedDates(
        `SELECT at AS v FROM _announcements_v_version_review_history WHERE _parent_id IN (SELECT id FROM _announcements_v WHERE parent_id = ${doc.id})`,
      ),
    ).toContain('2026-11-29T01:30:00.000Z')
    const refused = await payload
      .update({
        collection: 'announcements',
        id: doc.id,
        data: {
          reviewHistory: [
            { to: 'approved', at: '2026-11-29T09:30:00.000Z' },
            { to: 'x', at: '2026-02-30' },
          ],
        },
        draft: true,
      })
      .then(
        () => [],
        (error: { data?: { errors?: { path: string }[] } }) => error.data?.errors ?? [],
      )
    expect(refused.map((error) => error.path)).toEqual(['reviewHistory.1.at'])
  })

  it('normalises createdAt and updatedAt when a client sends them', async () => {
    const answer = await api(
      'POST',
      '/api/announcements?depth=0',
      {
        title: 'Timestamps',
        slug: 'timestamps',
        category: 'news',
        createdAt: '2026-11-29T09:30:00+08:00',
      },
      publisherToken,
    )
    expect(answer.status).toBe(201)
    const { id, createdAt } = answer.body.doc as { id: number; createdAt: string }
    expect(createdAt).toBe('2026-11-29T01:30:00.000Z')
    expect(await storedDates(`SELECT created_at AS v FROM announcements WHERE id = ${id}`)).toEqual([
      '2026-11-29T01:30:00.000Z',
    ])
    const bad = await api(
      'POST',
      '/api/announcements',
      { title: 'Timestamps', slug: 'timestamps-2', category: 'news', createdAt: 'yesterday' },
      publisherToken,
    )
    expect(fieldErrors(bad).map((error) => error.path)).toEqual(['createdAt'])
  })

  it('globals take the same check', async () => {
    const answer = await api('POST', '/api/globals/site-settings', { updatedAt: 'tomorrow' }, adminToken)
    expect(fieldErrors(answer)).toEqual([{ path: 'updatedAt', message: expect.stringContaining('2026-11-29') }])
  })
})

// PostgreSQL stores timestamptz and MongoDB BSON dates: only SQLite ever kept the client's text.
const sqliteIt = testDatabaseKind() === 'sqlite' ? it : it.skip
if (testDatabaseKind() !== 'sqlite') {
  process.stderr.write(
    '\n⚠ SKIPPED: the SQLite date migration tests — only SQLite ever stored dates as the client sent them.\n\n',
  )
}

describe('dates stored by older code (the migration, SQLite)', () => {
  /** A statement on the SQLite file itself, past Payload. */
  const sqlite = (sql: string, ...args: unknown[]) =>
    (
      payload.db as unknown as {
        client: { execute: (q: { sql: string; args: unknown[] }) => Promise<{ rows: Record<string, unknown>[] }> }
      }
    ).client.execute({ sql, args })

  sqliteIt('are rewritten to toISOString() form, and visibility is then right', async () => {
    const now = Date.now()
    const doc = await publish('stored-offset', {
      publishedAt: new Date(now - hour).toISOString(),
      expiresAt: new Date(now + hour).toISOString(),
    })
    // What older code stored: the client's text, expired a minute ago in +08:00 form.
    const stale = withOffset(now - minute, 8 * 60)
    // … and the publication date ten hours ago in Beijing time, with a space and no zone (what that form
    // now means; as text it sorts before now whatever the time of day).
    const spaced = withOffset(now - 10 * hour, 8 * 60)
      .replace('T', ' ')
      .replace('+08:00', '')
    await sqlite('UPDATE announcements SET expires_at = ?, published_at = ? WHERE id = ?', stale, spaced, doc.id)
    await sqlite('UPDATE _announcements_v SET version_expires_at = ? WHERE parent_id = ?', stale, doc.id)
    await sqlite(
      `UPDATE published_snapshots SET expires_at = ? WHERE source = 'announcements' AND doc_id = ?`,
      stale,
      String(doc.id),
    )
    await sqlite(
      `UPDATE search_index SET expires_at = ? WHERE id IN (SELECT parent_id FROM search_index_rels WHERE announcements_id = ?)`,
      stale,
      doc.id,
    )
    await sqlite(
      `INSERT INTO announcements_review_history (_order, _parent_id, id, "to", at) VALUES (1, ?, 'row-1', 'approved', ?)`,
      doc.id,
      '2026-11-29T09:30:00-05:00',
    )
    // Text that looks like a date in a column that is no date column stays as it is.
    await sqlite('UPDATE announcements_locales SET summary = ? WHERE _parent_id = ?', stale, doc.id)

    const anonymous = { overrideAccess: false, user: null } as const
    const seen = async () =>
      (await payload.find({ collection: 'announcements', where: { slug: { equals: 'stored-offset' } }, ...anonymous }))
        .totalDocs
    // The finding: compared as text, the expired item is still public.
    expect(await seen()).toBe(1)

    const result = await normaliseStoredDates(payload)
    expect(result.unreadable).toEqual([])
    expect(result.rewritten).toMatchObject({
      'announcements.expires_at': 1,
      'announcements.published_at': 1,
      'announcements_review_history.at': 1,
      'published_snapshots.expires_at': expect.any(Number),
      'search_index.expires_at': expect.any(Number),
    })
    expect(result.rewritten['_announcements_v.version_expires_at']).toBeGreaterThanOrEqual(1)

    const select = async (sql: string, ...args: unknown[]) => (await sqlite(sql, ...args)).rows
    const [row] = await select('SELECT published_at, expires_at FROM announcements WHERE id = ?', doc.id)
    expect(row).toEqual({
      published_at: new Date(Math.floor((now - 10 * hour) / 1000) * 1000).toISOString(),
      expires_at: new Date(stale).toISOString(),
    })
    const [history] = await select(`SELECT at FROM announcements_review_history WHERE id = 'row-1'`)
    expect(history.at).toBe('2026-11-29T14:30:00.000Z')
    for (const [table, column] of [
      ['_announcements_v', 'version_expires_at'],
      ['published_snapshots', 'expires_at'],
      ['search_index', 'expires_at'],
    ]) {
      for (const value of await select(`SELECT ${column} AS v FROM ${table} WHERE ${column} IS NOT NULL`)) {
        expect(value.v).toMatch(STORED)
      }
    }
    const [summary] = await select('SELECT summary FROM announcements_locales WHERE _parent_id = ?', doc.id)
    expect(summary.summary).toBe(stale)

    // Now the expiry compares as it should, through Payload and over HTTP (read model included).
    expect(await seen()).toBe(0)
    expect([403, 404]).toContain((await api('GET', `/api/announcements/${doc.id}`)).status)
    const list = await api('GET', '/api/announcements?where[slug][equals]=stored-offset&locale=en')
    expect(list.body.docs).toEqual([])
    // The read model's snapshots were written with the old spellings: marked for a rewrite.
    const state = await select(`SELECT id FROM published_snapshots WHERE key = '__state__'`)
    expect(state).toEqual([])

    // Idempotent: a second run finds nothing.
    expect(await normaliseStoredDates(payload)).toEqual({ rewritten: {}, unreadable: [] })
  })

  sqliteIt('leave a value that is no date as it is, and say so', async () => {
    const doc = await publish('stored-garbage', {})
    await sqlite('UPDATE announcements SET expires_at = ? WHERE id = ?', 'soon', doc.id)
    const result = await normaliseStoredDates(payload)
    expect(result.unreadable).toEqual([{ table: 'announcements', column: 'expires_at', value: 'soon' }])
    await sqlite('UPDATE announcements SET expires_at = NULL WHERE id = ?', doc.id)
  })

  sqliteIt('the committed migration does the same', async () => {
    const migration = sqliteMigrations.find(({ name }) => name.endsWith('_normalise_dates'))!
    const doc = await publish('stored-by-migration', {})
    await sqlite('UPDATE announcements SET published_at = ? WHERE id = ?', '2026-11-29T09:30:00+08:00', doc.id)
    const db = (payload.db as unknown as { drizzle: unknown }).drizzle
    await migration.up({ db, payload, req: {} } as unknown as Parameters<typeof migration.up>[0])
    expect(await storedDates(`SELECT published_at AS v FROM announcements WHERE id = ${doc.id}`)).toEqual([
      '2026-11-29T01:30:00.000Z',
    ])
  })
})
