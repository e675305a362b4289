import crypto from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { isProduction } from '../../env'
import { bodyIn, FIRST_ANNOUNCEMENT, INDUSTRIES, PARKS, SITE_SETTINGS, ZONE_PROFILE } from './content'
import { sampleEvents, sampleOpportunities, samplePolicies } from './samples'

type Locale = 'en' | 'zh'
type Log = (message: string) => void

/** Picks one language out of a tree of `{ zh, en }` pairs. */
export function inLocale<T>(value: T, locale: Locale): unknown {
  if (Array.isArray(value)) return value.map((item) => inLocale(item, locale))
  if (value && typeof value === 'object') {
    const keys = Object.keys(value)
    if (keys.length === 2 && 'zh' in value && 'en' in value) return (value as Record<Locale, unknown>)[locale]
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inLocale(v, locale)]))
  }
  return value
}

/** Gives array rows of the second-locale data the ids of the rows the first locale created. */
function keepRowIds(data: Record<string, unknown>, saved: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data }
  for (const [key, value] of Object.entries(data)) {
    const rows = saved[key]
    if (Array.isArray(value) && Array.isArray(rows)) {
      out[key] = value.map((row, i) =>
        row && typeof row === 'object' && rows[i]?.id ? { ...row, id: rows[i].id } : row,
      )
    }
  }
  return out
}

export async function isDatabaseEmpty(payload: Payload): Promise<boolean> {
  const [users, parks] = await Promise.all([
    payload.count({ collection: 'users' }),
    payload.count({ collection: 'parks' }),
  ])
  return users.totalDocs === 0 && parks.totalDocs === 0
}

async function findIdBySlug(payload: Payload, collection: CollectionSlug, slug: string) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 0,
    draft: true,
    pagination: false,
    select: {},
  })
  return docs[0]?.id
}

/** Creates a published document in Chinese, then adds its English text. Existing slugs are left alone. */
async function ensureDocument(
  payload: Payload,
  collection: 'announcements' | 'events' | 'industries' | 'opportunities' | 'parks' | 'policies',
  slug: string,
  bilingual: Record<string, unknown>,
  shared: Record<string, unknown>,
): Promise<{ id: number | string; created: boolean }> {
  const existing = await findIdBySlug(payload, collection, slug)
  if (existing !== undefined) return { id: existing, created: false }
  const zh = { ...(inLocale(bilingual, 'zh') as object), ...shared, slug, _status: 'published' as const }
  const doc = await payload.create({ collection, locale: 'zh', data: zh as never, depth: 0 })
  const en = keepRowIds({ ...(inLocale(bilingual, 'en') as object), _status: 'published' }, doc as never)
  await payload.update({ collection, id: doc.id, locale: 'en', data: en as never, depth: 0 })
  return { id: doc.id, created: true }
}

async function ensureGlobal(
  payload: Payload,
  slug: 'site-settings' | 'zone-profile',
  bilingual: Record<string, unknown>,
  shared: Record<string, unknown>,
): Promise<boolean> {
  const current = (await payload.findGlobal({
    slug,
    locale: 'zh',
    fallbackLocale: false,
    depth: 0,
  })) as unknown as Record<string, unknown> // Cast: the global is read by a field name chosen below.
  const titleField = slug === 'zone-profile' ? 'name' : 'siteName'
  if (current[titleField]) return false
  const saved = await payload.updateGlobal({
    slug,
    locale: 'zh',
    data: { ...(inLocale(bilingual, 'zh') as object), ...shared } as never,
    depth: 0,
  })
  await payload.updateGlobal({
    slug,
    locale: 'en',
    data: keepRowIds(inLocale(bilingual, 'en') as Record<string, unknown>, saved as never) as never,
    depth: 0,
  })
  return true
}

export type AdminCredentials = { email: string; password: string; fromDefaults: boolean; generated: boolean }

export function adminCredentials(): AdminCredentials {
  const email = process.env.SEED_ADMIN_EMAIL?.trim()
  const password = process.env.SEED_ADMIN_PASSWORD
  if (email && password) return { email, password, fromDefaults: false, generated: false }
  return {
    email: email || 'admin@jinqiao.local',
    // A well-known password is acceptable on a developer's machine, never on a server.
    password: password || (isProduction() ? crypto.randomBytes(12).toString('base64url') : 'jinqiao-admin-change-me'),
    fromDefaults: true,
    generated: !password && isProduction(),
  }
}

async function ensureAdmin(payload: Payload, log: Log): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return
  const credentials = adminCredentials()
  await payload.create({
    collection: 'users',
    data: { email: credentials.email, password: credentials.password, name: 'Administrator', role: 'admin' },
  })
  if (credentials.fromDefaults) {
    log(
      [
        '',
        '  ┌─ First administrator created ───────────────────────────────',
        `  │  email:    ${credentials.email}`,
        `  │  password: ${credentials.password}`,
        credentials.generated
          ? '  │  WARNING: this password was generated and is shown only once. Log in at /admin and change it,'
          : '  │  WARNING: these are default credentials. Log in at /admin and change',
        '  │  the password now (or set SEED_ADMIN_EMAIL / SEED_ADMIN_PASSWORD).',
        '  └──────────────────────────────────────────────────────────────',
        '',
      ].join('\n'),
    )
  } else {
    log(`First administrator created: ${credentials.email} (from SEED_ADMIN_EMAIL).`)
  }
}

/**
 * Loads the zone's real content: parks, industries, the zone profile, site settings, a first
 * announcement and the first administrator. Idempotent: what exists (by slug) is left untouched,
 * so staff edits are never overwritten and running it twice creates nothing twice.
 */
export async function seed(
  payload: Payload,
  { log = console.log, samples = false }: { log?: Log; samples?: boolean } = {},
): Promise<{ created: number }> {
  let created = 0
  const count = (result: { created: boolean } | boolean) => {
    if (typeof result === 'boolean' ? result : result.created) created += 1
  }

  await ensureAdmin(payload, log)

  const industryIds = new Map<string, number | string>()
  for (const industry of INDUSTRIES) {
    const result = await ensureDocument(
      payload,
      'industries',
      industry.slug,
      { name: industry.name, summary: industry.summary },
      {
        kind: industry.kind,
        order: industry.order,
        parent: industry.parent ? industryIds.get(industry.parent) : undefined,
      },
    )
    industryIds.set(industry.slug, result.id)
    count(result)
  }

  const parkIds = new Map<string, number | string>()
  for (const park of PARKS) {
    const { slug, order, kind, approvedYear, areaKm2, industries = [], body, ...bilingual } = park
    const result = await ensureDocument(
      payload,
      'parks',
      slug,
      { ...bilingual, body: { zh: bodyIn(body, 'zh'), en: bodyIn(body, 'en') } },
      { order, kind, approvedYear, areaKm2, industries: industries.map((s) => industryIds.get(s)) },
    )
    parkIds.set(slug, result.id)
    count(result)
  }

  count(await ensureGlobal(payload, 'zone-profile', ZONE_PROFILE, {}))
  count(await ensureGlobal(payload, 'site-settings', SITE_SETTINGS, {}))

  const { slug, category, title, summary, body, industries, parks } = FIRST_ANNOUNCEMENT
  count(
    await ensureDocument(
      payload,
      'announcements',
      slug,
      { title, summary, body: { zh: bodyIn(body, 'zh'), en: bodyIn(body, 'en') } },
      {
        category,
        publishedAt: new Date().toISOString(),
        industries: industries.map((s) => industryIds.get(s)),
        parks: parks.map((s) => parkIds.get(s)),
      },
    ),
  )

  if (samples) {
    const ids = (slugs: string[] | undefined, from: Map<string, number | string>) => slugs?.map((s) => from.get(s))
    for (const { slug, shared, ...bilingual } of samplePolicies()) {
      const { industries, parks, ...rest } = shared
      count(
        await ensureDocument(payload, 'policies', slug, bilingual, {
          ...rest,
          industries: ids(industries, industryIds),
          parks: ids(parks, parkIds),
        }),
      )
    }
    for (const { slug, shared, ...bilingual } of sampleOpportunities()) {
      const { industries, park, ...rest } = shared
      count(
        await ensureDocument(payload, 'opportunities', slug, bilingual, {
          ...rest,
          industries: ids(industries, industryIds),
          park: parkIds.get(park),
        }),
      )
    }
    for (const { slug, shared, ...bilingual } of sampleEvents()) {
      const { industries, park, ...rest } = shared
      count(
        await ensureDocument(payload, 'events', slug, bilingual, {
          ...rest,
          industries: ids(industries, industryIds),
          park: parkIds.get(park),
        }),
      )
    }
  }

  log(created ? `Seed: ${created} item(s) created.` : 'Seed: everything was already there; nothing created.')
  return { created }
}
