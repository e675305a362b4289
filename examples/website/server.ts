/**
 * The reference website: a small server-rendered site of the kind the zone's public site would be,
 * reading the CMS through the typed client (examples/client) and public endpoints only.
 *
 *   npm run example:site     (beside `npm run dev`; http://localhost:3001)
 *
 * Settings (environment):
 *   CMS_URL          the CMS, from this server (default http://localhost:3000)
 *   CMS_PUBLIC_URL   the CMS, from visitors' browsers, for the inquiry form (default CMS_URL)
 *   CMS_API_KEY      the website's read key (optional: without it, the site reads as the public)
 *   WEBHOOK_SECRET   the CMS's WEBHOOK_SECRET: signed notifications at POST /api/revalidate empty the cache
 *   SITE_PORT        default 3001
 *
 * Pages: /zh/ and /en/ home (key figures, latest news, upcoming events), announcements (list and
 * article), parks, industries, policies, events (list and page), the inquiry form; /preview shows a
 * draft to the staff member whose preview link it is (see src/delivery/preview in the CMS).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import path from 'node:path'

import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'

import { createJinqiaoClient, type Schemas } from '../client'

type Locale = 'zh' | 'en'
type PageCollection = 'announcements' | 'parks' | 'industries' | 'policies' | 'events' | 'opportunities'
type Doc = { id: number | string; slug?: string | null; title?: string | null; name?: string | null } & Record<
  string,
  unknown
>

const root = path.resolve(import.meta.dirname, '../..')
const env = process.env
const cmsUrl = (env.CMS_URL || 'http://localhost:3000').replace(/\/$/, '')
const cmsPublicUrl = (env.CMS_PUBLIC_URL || cmsUrl).replace(/\/$/, '')
const cms = createJinqiaoClient(cmsUrl, { apiKey: env.CMS_API_KEY || undefined })

const TEXT = {
  zh: {
    site: '金桥经济技术开发区',
    home: '首页',
    announcements: '新闻公告',
    parks: '园区',
    industries: '产业',
    policies: '政策',
    events: '活动',
    inquiry: '投资咨询',
    keyFigures: '主要数据',
    latest: '最新动态',
    upcoming: '近期活动',
    none: '暂无内容',
    notFound: '页面不存在',
    preview: '预览：这是尚未发布的草稿，只有您能看到。',
    previewRefused: '预览链接无效',
    other: 'English',
    opportunities: '载体资源',
  },
  en: {
    site: 'Jinqiao Economic and Technological Development Zone',
    home: 'Home',
    announcements: 'News',
    parks: 'Parks',
    industries: 'Industries',
    policies: 'Policies',
    events: 'Events',
    inquiry: 'Invest',
    keyFigures: 'Key figures',
    latest: 'Latest news',
    upcoming: 'Upcoming events',
    none: 'Nothing here yet.',
    notFound: 'Page not found',
    preview: 'Preview: this is an unpublished draft, shown to you only.',
    previewRefused: 'This preview link does not work',
    other: '中文',
    opportunities: 'Space for business',
  },
}
const SECTIONS: PageCollection[] = ['announcements', 'parks', 'industries', 'policies', 'events']

// --- Reading the CMS, with a cache the signed webhook empties -------------------------------------

const cache = new Map<string, Promise<unknown>>()

/** One CMS answer, kept until the CMS says something changed (POST /api/revalidate). */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let entry = cache.get(key) as Promise<T> | undefined
  if (!entry) {
    entry = load()
    cache.set(key, entry)
    entry.catch(() => cache.delete(key))
  }
  return entry
}

const unwrap = <T>({ data, error, response }: { data?: T; error?: unknown; response: Response }): T => {
  if (data === undefined) throw new Error(`CMS answered ${response.status}: ${JSON.stringify(error)}`)
  return data
}

const list = (collection: PageCollection, locale: Locale, query: Record<string, unknown> = {}) =>
  cached(`${collection}:${locale}:${JSON.stringify(query)}`, async () => {
    const params = { params: { query: { locale, depth: 1, limit: 20, ...query } } }
    // One call per collection keeps each answer's type (the typed client knows each path).
    switch (collection) {
      case 'announcements':
        return unwrap(await cms.GET('/api/announcements', params)).docs as Doc[]
      case 'parks':
        return unwrap(await cms.GET('/api/parks', params)).docs as Doc[]
      case 'industries':
        return unwrap(await cms.GET('/api/industries', params)).docs as Doc[]
      case 'policies':
        return unwrap(await cms.GET('/api/policies', params)).docs as Doc[]
      case 'events':
        return unwrap(await cms.GET('/api/events', params)).docs as Doc[]
      case 'opportunities':
        return unwrap(await cms.GET('/api/opportunities', params)).docs as Doc[]
    }
  })

const bySlug = async (collection: PageCollection, locale: Locale, slug: string): Promise<Doc | undefined> =>
  (await list(collection, locale, { where: { slug: { equals: slug } }, limit: 1 }))[0]

const zoneProfile = (locale: Locale) =>
  cached(`zone-profile:${locale}`, async () =>
    unwrap(await cms.GET('/api/globals/zone-profile', { params: { query: { locale } } })),
  )

// --- HTML ----------------------------------------------------------------------------------------

const escape = (value: unknown): string =>
  String(value ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

const titleOf = (doc: Doc) => doc.title ?? doc.name ?? doc.slug ?? ''
const dateOf = (value: unknown, locale: Locale) =>
  typeof value === 'string'
    ? new Date(value).toLocaleDateString(locale === 'zh' ? 'zh-CN' : 'en-GB', { timeZone: 'Asia/Shanghai' })
    : ''

const richText = (value: unknown): string =>
  value && typeof value === 'object' && 'root' in value ? convertLexicalToHTML({ data: value as never }) : ''

function layout(locale: Locale, title: string, body: string, { preview = false } = {}): string {
  const t = TEXT[locale]
  const other: Locale = locale === 'zh' ? 'en' : 'zh'
  const nav = [
    `<a href="/${locale}/">${t.home}</a>`,
    ...SECTIONS.map((section) => `<a href="/${locale}/${section}">${t[section]}</a>`),
    `<a href="/${locale}/inquiry">${t.inquiry}</a>`,
    `<a href="/${other}/" lang="${other}">${t.other}</a>`,
  ].join(' · ')
  // In a preview (also inside the admin's live preview), each save in the admin reloads the page.
  const reload = preview
    ? `<script src="/assets/live-preview.js" data-cms-origin="${escape(new URL(cmsPublicUrl).origin)}"></script>`
    : ''
  return `<!doctype html>
<html lang="${locale === 'zh' ? 'zh-CN' : 'en'}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · ${escape(t.site)}</title>
${preview ? '<meta name="robots" content="noindex">' : ''}
<link rel="stylesheet" href="/assets/site.css">
</head>
<body>
${preview ? `<p class="preview-banner" role="status">${t.preview}</p>` : ''}
<header><a class="brand" href="/${locale}/">${escape(t.site)}</a><nav>${nav}</nav></header>
<main>${body}</main>
${reload}
</body></html>`
}

const card = (locale: Locale, collection: PageCollection, doc: Doc) =>
  `<li><a href="/${locale}/${collection}/${escape(doc.slug)}">${escape(titleOf(doc))}</a>` +
  (doc.publishedAt ? ` <time>${dateOf(doc.publishedAt, locale)}</time>` : '') +
  (doc.startsAt ? ` <time>${dateOf(doc.startsAt, locale)}</time>` : '') +
  (doc.summary ? `<p>${escape(doc.summary)}</p>` : '') +
  '</li>'

const listOf = (locale: Locale, collection: PageCollection, docs: Doc[]) =>
  docs.length
    ? `<ul class="${collection}">${docs.map((doc) => card(locale, collection, doc)).join('')}</ul>`
    : `<p>${TEXT[locale].none}</p>`

async function homePage(locale: Locale): Promise<string> {
  const t = TEXT[locale]
  const [profile, news, events] = await Promise.all([
    zoneProfile(locale),
    list('announcements', locale, { limit: 5, sort: '-publishedAt' }),
    list('events', locale, { limit: 3, when: 'upcoming' }),
  ])
  const figures = (profile.keyFigures ?? [])
    .map((f) => `<li><strong>${escape(f.value)}${escape(f.unit ?? '')}</strong> ${escape(f.label)}</li>`)
    .join('')
  return layout(
    locale,
    t.home,
    `<h1>${escape(profile.name ?? t.site)}</h1>
<section><h2>${t.keyFigures}</h2><ul class="figures">${figures}</ul></section>
<section><h2>${t.latest}</h2>${listOf(locale, 'announcements', news)}</section>
<section><h2>${t.upcoming}</h2>${listOf(locale, 'events', events)}</section>`,
  )
}

async function sectionPage(locale: Locale, collection: PageCollection): Promise<string> {
  const sort = collection === 'announcements' ? '-publishedAt' : collection === 'events' ? '-startsAt' : undefined
  const docs = await list(collection, locale, sort ? { sort } : {})
  return layout(
    locale,
    TEXT[locale][collection],
    `<h1>${TEXT[locale][collection]}</h1>${listOf(locale, collection, docs)}`,
  )
}

function documentPage(locale: Locale, collection: PageCollection, doc: Doc, preview = false): string {
  const when = doc.publishedAt ?? doc.startsAt
  return layout(
    locale,
    titleOf(doc),
    `<article class="${collection}" data-id="${escape(doc.id)}">
<h1>${escape(titleOf(doc))}</h1>
${when ? `<time>${dateOf(when, locale)}</time>` : ''}
${doc.summary ? `<p class="summary">${escape(doc.summary)}</p>` : ''}
${richText(doc.body)}
</article>`,
    { preview },
  )
}

/** The investor inquiry form: the CMS's reference form, pointed at the CMS, in the page's language. */
function inquiryPage(locale: Locale, about: string | null): string {
  const form = fs.readFileSync(path.join(root, 'docs/examples/inquiry-form.html'), 'utf8')
  return form
    .replace('data-cms="https://cms.example.gov.cn"', `data-cms="${escape(cmsPublicUrl)}"`)
    .replace('data-language="zh"', `data-language="${locale}"`)
    .replace('data-about=""', `data-about="${escape(about ?? '')}"`)
    .replace('src="./altcha.js"', 'src="/assets/altcha.js"')
}

// --- Preview and revalidation --------------------------------------------------------------------

/** GET /preview?token=…&locale=…: the draft the token names, exchanged at the CMS; never cached. */
async function previewPage(url: URL, res: ServerResponse): Promise<void> {
  const locale: Locale = url.searchParams.get('locale') === 'en' ? 'en' : 'zh'
  const token = url.searchParams.get('token') ?? ''
  const { data, error, response } = await cms.GET('/api/preview', { params: { query: { token, locale } } })
  res.setHeader('cache-control', 'private, no-store')
  if (!data) {
    const message = (error as { errors?: { message: string }[] } | undefined)?.errors?.[0]?.message ?? ''
    send(
      res,
      response.status === 404 ? 404 : 401,
      layout(locale, TEXT[locale].previewRefused, `<h1>${TEXT[locale].previewRefused}</h1><p>${escape(message)}</p>`),
    )
    return
  }
  send(res, 200, documentPage(locale, data.collection, data.doc as Doc, true))
}

/** POST /api/revalidate: the CMS's signed notice that published content changed (WEBHOOK_SECRET). */
async function revalidate(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = Buffer.concat(chunks).toString('utf8')
  const secret = env.WEBHOOK_SECRET ?? ''
  const expected = Buffer.from(`sha256=${crypto.createHmac('sha256', secret).update(body).digest('hex')}`)
  const given = Buffer.from(String(req.headers['x-jinqiao-signature'] ?? ''))
  if (!secret || expected.length !== given.length || !crypto.timingSafeEqual(expected, given)) {
    res.writeHead(401, { 'content-type': 'application/json' }).end('{"error":"bad signature"}')
    return
  }
  // Simple and always right: any change empties the cache (a busy site could drop by collection).
  cache.clear()
  res.writeHead(204).end()
}

// --- Routing -------------------------------------------------------------------------------------

const ASSETS: Record<string, [string, string]> = {
  '/assets/altcha.js': [path.join(root, 'node_modules/altcha/dist/main/altcha.i18n.min.js'), 'text/javascript'],
  '/assets/site.css': [path.join(import.meta.dirname, 'site.css'), 'text/css'],
  '/assets/live-preview.js': [path.join(import.meta.dirname, 'live-preview.js'), 'text/javascript'],
}

const send = (res: ServerResponse, status: number, html: string): void =>
  void res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(html)

async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://site')
  if (req.method === 'POST' && url.pathname === '/api/revalidate') return revalidate(req, res)
  if (req.method !== 'GET') return void res.writeHead(405).end()
  const asset = ASSETS[url.pathname]
  if (asset) return void res.writeHead(200, { 'content-type': asset[1] }).end(fs.readFileSync(asset[0]))
  if (url.pathname === '/') return void res.writeHead(302, { location: '/zh/' }).end()
  if (url.pathname === '/preview') return previewPage(url, res)

  const [, locale, section, slug, extra] = url.pathname.split('/') as [string, Locale, string?, string?, string?]
  if ((locale !== 'zh' && locale !== 'en') || extra !== undefined) return notFound(res, 'zh')
  if (!section) return send(res, 200, await homePage(locale))
  if (section === 'inquiry') return send(res, 200, inquiryPage(locale, url.searchParams.get('about')))
  if (!SECTIONS.includes(section as PageCollection) && section !== 'opportunities') return notFound(res, locale)
  const collection = section as PageCollection
  if (!slug) return send(res, 200, await sectionPage(locale, collection))
  const doc = await bySlug(collection, locale, slug)
  if (!doc) return notFound(res, locale)
  send(res, 200, documentPage(locale, collection, doc))
}

const notFound = (res: ServerResponse, locale: Locale): void =>
  send(res, 404, layout(locale, TEXT[locale].notFound, `<h1>${TEXT[locale].notFound}</h1>`))

export function startSite(port = Number(env.SITE_PORT || 3001), host = '0.0.0.0'): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    route(req, res).catch((error: unknown) => {
      console.error(error)
      if (!res.headersSent) send(res, 502, '<h1>The CMS could not be reached. Please try again shortly.</h1>')
    })
  })
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)))
}

export type { Schemas }

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const port = Number(env.SITE_PORT || 3001)
  await startSite(port)
  console.log(`Reference website on http://localhost:${port} (CMS: ${cmsUrl})`)
}
