/**
 * Bulk seeding: a zone with years of content, for scale benchmarks and for trying the admin and the API
 * on a realistic volume (`npm run seed -- --bulk 100000`). Announcements in both languages, with policies
 * (one for ten) and events (one for twenty), all published, dated back from now.
 *
 * Payload's create runs its whole pipeline per document (validation, hooks, versions, the search index,
 * the read model, the audit log: about 110 SQL statements for one bilingual announcement, 20 a second
 * here). Generated documents are valid by construction, so this writes what that pipeline would leave
 * through the database adapter itself — the document in both languages, its published version and its
 * search entry (terms included, by the same syncSearchFields) — a batch per transaction where the adapter
 * has them; the read model is then rebuilt once (prepareReadModel), as after an upgrade.
 */
import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { syncSearchFields } from '../../delivery/search/indexConfig'
import { paragraphs } from './richText'

type Locale = 'zh' | 'en'
type Localized<T> = Record<Locale, T>
type Generated = { slug: string; data: Record<string, unknown>; perLocale: Localized<Record<string, unknown>> }
export type BulkCollection = 'announcements' | 'policies' | 'events'

const HOUR = 3_600_000
const CATEGORIES = ['news', 'notice', 'policy-interpretation', 'event'] as const
const TOPICS: Localized<string>[] = [
  { zh: '人工智能', en: 'artificial intelligence' },
  { zh: '智能网联汽车', en: 'intelligent connected vehicles' },
  { zh: '集成电路', en: 'integrated circuits' },
  { zh: '智能机器人', en: 'intelligent robots' },
  { zh: '智能硬件', en: 'intelligent hardware' },
  { zh: '生物医药', en: 'biomedicine' },
  { zh: '氢能', en: 'hydrogen energy' },
]
/** Search priorities, as the search plugin's defaultPriorities give them (src/content/plugins). */
const PRIORITY: Record<BulkCollection, number> = { announcements: 30, policies: 40, events: 20 }

const localized = <T>(zh: T, en: T): Localized<T> => ({ zh, en })

/** The i-th generated document of a collection: deterministic, so that a second run continues the first. */
export function generated(collection: BulkCollection, i: number, now = Date.now()): Generated {
  const topic = TOPICS[i % TOPICS.length]!
  const at = new Date(now - (i + 1) * HOUR).toISOString()
  const body = localized(
    paragraphs(
      `金桥经济技术开发区第 ${i} 期${topic.zh}专题。`.repeat(6),
      `围绕${topic.zh}产业链，管委会发布相关信息。`.repeat(4),
    ),
    paragraphs(
      `Jinqiao zone, ${topic.en} brief no. ${i}. `.repeat(6),
      `The Administrative Committee on ${topic.en}. `.repeat(4),
    ),
  )
  let perLocale: Localized<Record<string, unknown>>
  let shared: Record<string, unknown>
  const slug = `bulk-${collection}-${i}`
  if (collection === 'announcements') {
    perLocale = {
      zh: {
        title: `金桥开发区${topic.zh}公告 第 ${i} 号`,
        summary: `关于${topic.zh}的公告摘要（第 ${i} 号）。`,
        body: body.zh,
      },
      en: {
        title: `Jinqiao zone ${topic.en} announcement no. ${i}`,
        summary: `Summary of announcement no. ${i} on ${topic.en}.`,
        body: body.en,
      },
    }
    shared = { category: CATEGORIES[i % CATEGORIES.length], publishedAt: at }
  } else if (collection === 'policies') {
    perLocale = {
      zh: {
        title: `金桥${topic.zh}产业扶持办法（第 ${i} 号）`,
        issuingBody: '金桥管委会',
        summary: `${topic.zh}扶持政策。`,
        body: body.zh,
      },
      en: {
        title: `Jinqiao ${topic.en} support measures no. ${i}`,
        issuingBody: 'Jinqiao Administrative Committee',
        summary: `Support for ${topic.en}.`,
        body: body.en,
      },
    }
    shared = { documentNumber: `金管规〔${2016 + (i % 10)}〕${i}号`, effectiveFrom: at }
  } else {
    const startsAt = new Date(now + ((i % 60) - 30) * 24 * HOUR).toISOString()
    perLocale = {
      zh: {
        title: `${topic.zh}产业沙龙（第 ${i} 场）`,
        venue: '金桥国际商业广场',
        summary: `${topic.zh}交流活动。`,
        body: body.zh,
      },
      en: {
        title: `${topic.en} salon no. ${i}`,
        venue: 'Jinqiao International Plaza',
        summary: `A meetup on ${topic.en}.`,
        body: body.en,
      },
    }
    shared = {
      startsAt,
      startsAt_tz: 'Asia/Shanghai',
      endsAt: new Date(Date.parse(startsAt) + 3 * HOUR).toISOString(),
      endsAt_tz: 'Asia/Shanghai',
    }
  }
  const data: Record<string, unknown> = { ...shared, slug, _status: 'published', createdAt: at, updatedAt: at }
  for (const field of Object.keys(perLocale.zh)) data[field] = localized(perLocale.zh[field], perLocale.en[field])
  return { slug, data, perLocale }
}

/** The search entry the search plugin and syncSearchFields would write for a document, in both locales. */
function searchEntry(payload: Payload, collection: BulkCollection, id: number | string, doc: Generated) {
  const synced = (['zh', 'en'] as const).map(
    (locale) =>
      syncSearchFields({
        collectionSlug: collection,
        originalDoc: { ...doc.data, ...doc.perLocale[locale], id },
        payload,
        req: {} as PayloadRequest,
        searchDoc: { doc: { relationTo: collection, value: String(id) }, title: '' },
      }) as Record<string, unknown>,
  )
  const [zh, en] = synced as [Record<string, unknown>, Record<string, unknown>]
  const both = (field: string) => localized(zh[field], en[field])
  return {
    doc: { relationTo: collection, value: id },
    priority: PRIORITY[collection],
    title: both('title'),
    text: both('text'),
    titleTerms: both('titleTerms'),
    textTerms: both('textTerms'),
    slug: zh.slug,
    publishedAt: zh.publishedAt,
    expiresAt: zh.expiresAt,
  }
}

export type BulkProgress = { collection: BulkCollection; done: number; total: number }

/**
 * Adds generated documents until each collection holds `counts[collection]` of them (counting earlier
 * runs' too), in batches of `batchSize`. Returns how many it wrote. Call prepareReadModel afterwards.
 */
export async function bulkSeed(
  payload: Payload,
  counts: Partial<Record<BulkCollection, number>>,
  { batchSize = 500, onProgress }: { batchSize?: number; onProgress?: (progress: BulkProgress) => void } = {},
): Promise<number> {
  let written = 0
  const now = Date.now()
  for (const [collection, total] of Object.entries(counts) as [BulkCollection, number][]) {
    const existing = await payload.db.count({
      collection: collection as CollectionSlug,
      where: { slug: { like: `bulk-${collection}-` } },
    })
    let done = existing.totalDocs
    onProgress?.({ collection, done, total })
    while (done < total) {
      const end = Math.min(total, done + batchSize)
      const transactionID = (await payload.db.beginTransaction?.()) ?? undefined
      const req = { transactionID, payload } as Partial<PayloadRequest>
      try {
        for (let i = done; i < end; i++) {
          const doc = generated(collection, i, now)
          const created = await payload.db.create({
            collection: collection as CollectionSlug,
            data: doc.data,
            select: { id: true },
            req,
          })
          await payload.db.createVersion({
            collectionSlug: collection as CollectionSlug,
            parent: created.id,
            versionData: { ...doc.data, id: created.id } as never,
            autosave: false,
            createdAt: doc.data.createdAt as string,
            updatedAt: doc.data.updatedAt as string,
            returning: false,
            req,
          })
          await payload.db.create({
            collection: 'search-index',
            data: searchEntry(payload, collection, created.id, doc),
            returning: false,
            req,
          })
        }
        if (transactionID !== undefined) await payload.db.commitTransaction(transactionID)
      } catch (error) {
        if (transactionID !== undefined) await payload.db.rollbackTransaction(transactionID)
        throw error
      }
      written += end - done
      done = end
      onProgress?.({ collection, done, total })
    }
  }
  // The planner's statistics, for tables that grew many times over at once (PostgreSQL's autovacuum would
  // get there later; until then it may, for one, read every search entry rather than use its text index).
  if (written && (payload.db.name === 'postgres' || payload.db.name === 'sqlite')) {
    const db = payload.db as unknown as {
      drizzle: unknown
      execute: (args: { drizzle: unknown; raw: string }) => Promise<unknown>
    }
    await db.execute({ drizzle: db.drizzle, raw: 'ANALYZE' })
  }
  return written
}

/** The sizes of a bulk seed of `announcements`: policies and events in proportion. */
export const bulkCounts = (announcements: number): Record<BulkCollection, number> => ({
  announcements,
  policies: Math.ceil(announcements / 10),
  events: Math.ceil(announcements / 20),
})

/** A one-line progress bar for a terminal: `announcements [#####·····] 45,000/100,000 812/s ETA 68 s`. */
export function progressBar(out: NodeJS.WriteStream = process.stderr) {
  const started = new Map<string, { at: number; from: number }>()
  return ({ collection, done, total }: BulkProgress) => {
    const start = started.get(collection) ?? { at: Date.now(), from: done }
    started.set(collection, start)
    const width = 30
    const filled = total ? Math.round((done / total) * width) : width
    const rate = (done - start.from) / Math.max(0.001, (Date.now() - start.at) / 1000)
    const eta = rate > 0 ? Math.round((total - done) / rate) : 0
    const line = `${collection.padEnd(14)} [${'#'.repeat(filled)}${'·'.repeat(width - filled)}] ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${Math.round(rate)}/s ETA ${eta} s`
    if (out.isTTY) out.write(`\r${line}${done >= total ? '\n' : ''}`)
    else if (done >= total || done === start.from) out.write(`${line}\n`)
  }
}
