/**
 * The adversarial suite, generated from the trust declaration (src/workflow/access/trust.ts): every collection
 * and global, against every principal (anonymous, variant and broken credentials, each kind of API
 * key, each staff role), every read and write operation (list, by id, by slug, count, versions, REST
 * single and bulk writes, GraphQL queries and mutations, search, feeds, sitemap, redirects, files),
 * every document state (draft, in review, published, published with a newer draft, embargoed,
 * expired, dates written with offsets) and every serving path (Payload, a response-cache hit, the
 * read model's fast path, and a second instance sharing the cache through Redis).
 *
 * Expectations come from the declaration and from the state each fixture was made in (oracle.ts),
 * never from the access functions under test. Principals that could poison a cache go first, anonymous
 * readers last. The suite prints how many cases it ran, by principal and by path, and fails on any.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type CollectionSlug, formatNames, type GlobalSlug, type Payload } from 'payload'
import { createClient } from 'redis'

import { COLLECTION_TRUST, GLOBAL_TRUST, PAGE_COLLECTIONS } from '../../src/workflow/access/trust'
import { shareInvalidations } from '../../src/delivery/cache/invalidation'
import { apiCache } from '../../src/delivery/cache/responseCache'
import { cacheNames } from '../../src/delivery/cache/sharedStore'
import { createRateLimits } from '../../src/http/rateLimits'
import { pdfDocument } from '../helpers/files'
import { apiKey, createKeys, deletedUsersToken, expiredToken, jwt, signInStaff } from '../helpers/principals'
import { bootServer, type Spawned } from '../helpers/spawnServer'
import { startTestPayload, type TestPayload } from '../helpers/testPayload'
import type { User } from '../../src/payload-types'
import { makeFixtures, pageData, TOKEN } from './fixtures'
import {
  canPublish,
  type Fixture,
  globalTrustOf,
  type Identity,
  isStaff,
  mayRead,
  mayReadVersions,
  mayWrite,
  readsDrafts,
  refusedOutright,
  trustOf,
} from './oracle'

type Principal = { name: string; who: Identity; headers: Record<string, string> }
type Tokens = {
  staff: Awaited<ReturnType<typeof signInStaff>>
  keys: Awaited<ReturnType<typeof createKeys>>
  expired: string
  deleted: string
}

const browser = { 'sec-fetch-site': 'same-origin' }
/**
 * Every principal, as authentication must see it (`who`). Those who could poison a shared answer go
 * first; anonymous readers — plain, and with variant or broken credentials — last.
 */
const PRINCIPALS: { name: string; who: Identity; headers: (t: Tokens) => Record<string, string> }[] = [
  { name: 'an administrator', who: 'admin', headers: (t) => jwt(t.staff.admin.token) },
  { name: 'a publisher', who: 'publisher', headers: (t) => jwt(t.staff.publisher.token) },
  { name: 'an editor', who: 'editor', headers: (t) => jwt(t.staff.editor.token) },
  {
    name: 'an editor with a Bearer token',
    who: 'editor',
    headers: (t) => ({ authorization: `Bearer ${t.staff.editor.token}` }),
  },
  {
    name: 'an editor with a spaced cookie name',
    who: 'editor',
    headers: (t) => ({ cookie: `payload-token =${t.staff.editor.token}`, ...browser }),
  },
  { name: 'a preview key', who: 'preview-key', headers: (t) => apiKey(t.keys.preview) },
  { name: 'a read key', who: 'read-key', headers: (t) => apiKey(t.keys.read) },
  { name: 'a disabled key', who: 'anonymous', headers: (t) => apiKey(t.keys.disabled) },
  {
    name: 'a cookie name in capitals',
    who: 'anonymous',
    headers: (t) => ({ cookie: `PAYLOAD-TOKEN=${t.staff.editor.token}`, ...browser }),
  },
  {
    name: 'a session cookie sent from another site',
    who: 'anonymous',
    headers: (t) => ({ cookie: `payload-token=${t.staff.editor.token}`, 'sec-fetch-site': 'cross-site' }),
  },
  { name: 'a bogus Bearer token', who: 'anonymous', headers: () => ({ authorization: 'Bearer not-a-token' }) },
  {
    name: 'a forged JWT',
    who: 'anonymous',
    headers: (t) => ({ authorization: `JWT ${t.staff.editor.token.slice(0, -4)}AAAA` }),
  },
  { name: 'an expired JWT', who: 'anonymous', headers: (t) => jwt(t.expired) },
  { name: 'the JWT of a deleted account', who: 'anonymous', headers: (t) => jwt(t.deleted) },
  { name: 'an anonymous visitor', who: 'anonymous', headers: () => ({}) },
]
type Reply = { status: number; headers: Headers; text: string; json: () => Record<string, unknown> }

let ctx: TestPayload
let payload: Payload
let a: { url: string; close: () => Promise<void> }
let b: { url: string; server: Spawned } | undefined
let redisClients: ReturnType<typeof createClient>[] = []
let stopSharing: (() => void) | undefined
let fixtures: Fixture[] = []
let principals: Principal[] = []

// Generous limits: the suite sends thousands of requests from one address.
const LIMITS = {
  RATE_LIMIT_GRAPHQL: '100000/60',
  RATE_LIMIT_INQUIRIES: '100000/60',
  RATE_LIMIT_LOGIN: '100000/60',
  RATE_LIMIT_STAFF: '100000/60',
}

async function redisReachable(url: string): Promise<boolean> {
  const client = createClient({ url, socket: { connectTimeout: 1_000, reconnectStrategy: false } })
  client.on('error', () => undefined)
  try {
    await client.connect()
    await client.quit()
    return true
  } catch {
    return false
  }
}

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
  const staff = await signInStaff(payload)
  const keys = await createKeys(payload)
  const expired = await expiredToken(payload, staff.editor.user)
  const deleted = await deletedUsersToken(payload)
  fixtures = await makeFixtures(payload, ctx.dir, {
    admin: staff.admin.user.id,
    publisher: staff.publisher.user.id,
    editor: staff.editor.user.id,
    anonymous: undefined,
    'read-key': undefined,
    'preview-key': undefined,
  })
  const tokens: Tokens = { staff, keys, expired, deleted }
  principals = PRINCIPALS.map(({ name, who, headers }) => ({ name, who, headers: headers(tokens) }))
  // Imported after Payload started on this file's database, so that files go to its folder.
  const { startHttp } = await import('../helpers/httpServer')
  a = await startHttp(payload, { rateLimits: createRateLimits({ env: LIMITS }) })
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379'
  if (await redisReachable(redisUrl)) {
    redisClients = [createClient({ url: redisUrl }), createClient({ url: redisUrl })]
    await Promise.all(redisClients.map((c) => c.connect()))
    // A namespace of its own: other suites on the same Redis neither see nor clear this one's cache.
    const namespace = `trust-${process.pid}-${Date.now()}`
    stopSharing = await shareInvalidations(
      redisClients[0]! as never,
      redisClients[1]! as never,
      apiCache(),
      cacheNames(namespace),
    )
    const server = await bootServer({
      ...LIMITS,
      DATABASE_URL: ctx.url,
      MEDIA_DIR: path.join(ctx.dir, 'media'),
      HOST: '127.0.0.1',
      REDIS_URL: redisUrl,
      REDIS_NAMESPACE: namespace,
      // As every instance of one deployment: the same public address (media URLs, the read model's build).
      PUBLIC_SERVER_URL: payload.config.serverURL,
      SEED_ON_START: 'false',
      JOBS_RUNNER: 'off',
      NODE_ENV: 'development',
    })
    b = { url: server.base, server }
  } else {
    console.warn(
      `⚠ No Redis at ${redisUrl}: the trust suite runs WITHOUT its second instance (shared-cache path). CI starts Redis.`,
    )
  }
}, 300_000)

afterAll(async () => {
  report()
  if (b) {
    await b.server.stop()
  }
  stopSharing?.()
  const cache = apiCache()
  cache.shared = undefined
  cache.versions.clear()
  cache.sharedPaused = false
  await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)))
  await a?.close()
  await ctx?.close()
}, 60_000)

// ---------------------------------------------------------------------------------------------
// Cases, counted by principal and by serving path.

type Failure = string
const failures = new Map<string, Failure[]>()
const byPrincipal = new Map<string, number>()
const byPath = new Map<string, number>()
const byOperation = new Map<string, number>()
const bump = (map: Map<string, number>, key: string, n = 1) => map.set(key, (map.get(key) ?? 0) + n)

function check(p: Principal, op: string, servedBy: string, ok: boolean, what: () => string) {
  bump(byPrincipal, p.name)
  bump(byPath, servedBy)
  bump(byOperation, op)
  if (!ok) failures.set(p.name, [...(failures.get(p.name) ?? []), `[${op} via ${servedBy}] ${what()}`])
}

function report() {
  const total = [...byPrincipal.values()].reduce((sum, n) => sum + n, 0)
  const failed = [...failures.values()].reduce((sum, list) => sum + list.length, 0)
  const lines = [
    `Trust suite on ${ctx?.kind ?? '?'}: ${total} cases, ${failed} failed.`,
    '  by principal: ' + [...byPrincipal].map(([k, v]) => `${k} ${v}`).join(' · '),
    '  by path: ' + [...byPath].map(([k, v]) => `${k} ${v}`).join(' · '),
    '  by operation: ' + [...byOperation].map(([k, v]) => `${k} ${v}`).join(' · '),
  ]
  process.stdout.write(`\n${lines.join('\n')}\n`)
}

const expectNoFailures = (p: Principal) => expect(failures.get(p.name) ?? []).toEqual([])

// ---------------------------------------------------------------------------------------------
// HTTP.

async function send(
  base: string,
  method: string,
  url: string,
  headers: Record<string, string>,
  body?: unknown,
): Promise<Reply> {
  const isForm = body instanceof FormData
  const response = await fetch(`${base}${url}`, {
    method,
    headers: { ...(body === undefined || isForm ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : isForm ? body : JSON.stringify(body),
  })
  const text = await response.text()
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: () => {
      try {
        return JSON.parse(text) as Record<string, unknown>
      } catch {
        return {}
      }
    },
  }
}

/** How an answer was served, from its headers. */
const servedBy = (reply: Reply, instance: 'A' | 'B') => {
  if (reply.headers.get('x-cache') === 'HIT') return instance === 'B' ? 'shared cache (instance B)' : 'cache hit'
  if (reply.headers.get('x-read-model') === 'hit') return 'read model'
  return instance === 'B' ? 'instance B' : 'payload'
}

/**
 * A read, asked on instance A twice (the second may be a cache hit or the read model's fast path) and
 * once on instance B (which may find A's answer in the shared cache); `judge` is applied to each.
 */
async function read(
  p: Principal,
  op: string,
  method: 'GET' | 'POST',
  url: string,
  judge: (reply: Reply, servedBy: string) => void,
  body?: unknown,
) {
  for (const [base, instance] of [[a.url, 'A'], [a.url, 'A'], ...(b ? [[b.url, 'B']] : [])] as [string, 'A' | 'B'][]) {
    const reply = await send(base, method, url, p.headers, body)
    judge(reply, servedBy(reply, instance))
  }
}

const homePark = () => fixtures.find((f) => f.slug === `${TOKEN}-home-park`)!.id
const ofCollection = (collection: string) => fixtures.filter((f) => f.collection === collection)
const label = (f: Fixture) => `${f.collection} #${f.id} (${f.state})`
const docIds = (reply: Reply) =>
  new Set(((reply.json().docs as { id: unknown }[] | undefined) ?? []).map((d) => String(d.id)))

// ---------------------------------------------------------------------------------------------
// Reads.

/** Each fixture is in a list (`ids`) exactly when the principal may read it. */
function checkListed(p: Principal, op: string, via: string, ids: Set<string>, mine: Fixture[], list: string) {
  for (const f of mine) {
    const expected = mayRead(p.who, f)
    check(
      p,
      op,
      via,
      ids.has(String(f.id)) === expected,
      () => `${label(f)} ${expected ? 'missing from' : 'shown in'} ${list}`,
    )
  }
}

const COLLECTIONS = Object.keys(COLLECTION_TRUST)

async function readCollections(p: Principal) {
  for (const collection of COLLECTIONS) {
    const refused = refusedOutright(p.who, collection)
    const mine = ofCollection(collection)
    await read(p, 'list', 'GET', `/api/${collection}?limit=100&depth=0`, (reply, via) => {
      if (refused) {
        check(
          p,
          'list',
          via,
          reply.status !== 200,
          () => `${collection} list answered ${reply.status}, expected a refusal`,
        )
        return
      }
      check(p, 'list', via, reply.status === 200, () => `${collection} list answered ${reply.status}`)
      checkListed(p, 'list', via, docIds(reply), mine, 'the list')
    })
    // Payload's preferences answer /:key, not /:id: read by key below.
    for (const f of collection === 'payload-preferences' ? [] : mine) {
      await read(p, 'by id', 'GET', `/api/${collection}/${f.id}?depth=0`, (reply, via) => {
        const expected = mayRead(p.who, f)
        check(p, 'by id', via, (reply.status === 200) === expected, () => `${label(f)} by id answered ${reply.status}`)
      })
    }
  }
}

async function readPages(p: Principal) {
  for (const collection of PAGE_COLLECTIONS) {
    const mine = ofCollection(collection)
    // Asking for drafts means something only to those who may read them.
    await read(p, 'list ?draft=true', 'GET', `/api/${collection}?draft=true&limit=100&depth=0`, (reply, via) => {
      checkListed(p, 'list ?draft=true', via, docIds(reply), mine, 'the draft list')
    })
    for (const f of mine) {
      await read(p, 'by id ?draft=true', 'GET', `/api/${collection}/${f.id}?draft=true&depth=0`, (reply, via) => {
        const expected = mayRead(p.who, f)
        const leaked = reply.text.includes('unreviewed draft text')
        const ok = (reply.status === 200) === expected && (!leaked || readsDrafts(p.who))
        check(
          p,
          'by id ?draft=true',
          via,
          ok,
          () =>
            `${label(f)} with ?draft=true answered ${reply.status}${leaked ? ', showing the unreviewed draft' : ''}`,
        )
      })
    }
    const names = graphQLNames(collection)!
    await read(
      p,
      'graphql versions',
      'POST',
      '/api/graphql',
      (reply, via) => {
        const docs = (reply.json().data as Record<string, { docs?: unknown[] } | null> | undefined)?.[
          `versions${names.pluralName}`
        ]?.docs
        const expected = mayReadVersions(p.who, collection)
        check(
          p,
          'graphql versions',
          via,
          Boolean(docs?.length) === expected,
          () => `${collection} versions through GraphQL: ${docs?.length ?? 'refused'}`,
        )
      },
      { query: `{ versions${names.pluralName}(limit: 1) { docs { id } } }` },
    )
    for (const f of mine) {
      await read(p, 'by slug', 'GET', `/api/${collection}?where[slug][equals]=${f.slug}&depth=1`, (reply, via) => {
        const expected = mayRead(p.who, f)
        const found = docIds(reply).has(String(f.id))
        check(
          p,
          'by slug',
          via,
          reply.status === 200 && found === expected,
          () => `${label(f)} by slug: ${reply.status}, found ${found}`,
        )
      })
    }
    await read(p, 'count', 'GET', `/api/${collection}/count?where[slug][like]=${TOKEN}`, (reply, via) => {
      const expected = mine.filter((f) => mayRead(p.who, f)).length
      const total = reply.json().totalDocs
      check(p, 'count', via, total === expected, () => `${collection} count ${String(total)}, expected ${expected}`)
    })
    const drafts = COLLECTION_TRUST[collection].review === 'drafts'
    if (drafts) {
      await read(p, 'versions', 'GET', `/api/${collection}/versions?limit=1&depth=0`, (reply, via) => {
        const expected = mayReadVersions(p.who, collection)
        check(
          p,
          'versions',
          via,
          (reply.status === 200) === expected,
          () => `${collection} versions answered ${reply.status}`,
        )
      })
    }
  }
}

/** GraphQL names of a collection, as Payload's schema builder makes them; undefined without GraphQL. */
const graphQLNames = (collection: string) => {
  const config = payload.collections[collection as CollectionSlug]?.config
  if (!config || config.graphQL === false) return undefined
  const { singular, plural } = formatNames(collection)
  return { singularName: singular, pluralName: singular === plural ? `all${singular}` : plural }
}

async function readGraphQL(p: Principal) {
  for (const collection of COLLECTIONS) {
    const names = graphQLNames(collection)
    const mine = ofCollection(collection)
    if (!names || !mine.length) continue
    const aliases = mine.map((f, i) => `f${i}: ${names.singularName}(id: ${JSON.stringify(f.id)}) { id }`).join('\n')
    await read(
      p,
      'graphql by id',
      'POST',
      '/api/graphql',
      (reply, via) => {
        const data = (reply.json().data ?? {}) as Record<string, { id: unknown } | null>
        mine.forEach((f, i) => {
          const expected = mayRead(p.who, f)
          const got = Boolean(data[`f${i}`])
          check(
            p,
            'graphql by id',
            via,
            got === expected,
            () => `${label(f)} through GraphQL: ${got ? 'shown' : 'hidden'}`,
          )
        })
      },
      { query: `{ ${aliases} }` },
    )
    await read(
      p,
      'graphql list',
      'POST',
      '/api/graphql',
      (reply, via) => {
        const result = (reply.json().data as Record<string, { docs?: { id: unknown }[] } | null> | undefined)?.[
          names.pluralName!
        ]
        const ids = new Set((result?.docs ?? []).map((d) => String(d.id)))
        checkListed(p, 'graphql list', via, ids, mine, 'the GraphQL list')
      },
      { query: `{ ${names.pluralName}(limit: 100) { docs { id } } }` },
    )
  }
}

const pageFixtures = () => fixtures.filter((f) => (PAGE_COLLECTIONS as string[]).includes(f.collection))
const everPublished = (f: Fixture) => !['draft', 'in-review'].includes(f.state)

async function readSurfaces(p: Principal) {
  // Search: entries of published documents; the public only those due and not expired.
  for (const page of [1, 2]) {
    await read(p, 'search', 'GET', `/api/search?q=${TOKEN}&limit=50&page=${page}`, (reply, via) => {
      check(p, 'search', via, reply.status === 200, () => `search answered ${reply.status}`)
    })
  }
  const found = new Set<string>()
  for (const page of [1, 2]) {
    const reply = await send(a.url, 'GET', `/api/search?q=${TOKEN}&limit=50&page=${page}`, p.headers)
    for (const d of (reply.json().docs as { collection: string; id: unknown }[] | undefined) ?? [])
      found.add(`${d.collection}:${String(d.id)}`)
  }
  for (const f of pageFixtures()) {
    const expected = everPublished(f) && (readsDrafts(p.who) || f.publicNow)
    check(
      p,
      'search',
      'payload',
      found.has(`${f.collection}:${String(f.id)}`) === expected,
      () => `${label(f)} ${expected ? 'missing from' : 'found by'} search`,
    )
  }
  // Sitemap and feeds: what the public sees, whoever asks.
  await read(p, 'sitemap', 'GET', '/api/sitemap', (reply, via) => {
    const collections = (reply.json().collections ?? {}) as Record<string, { slug: string }[]>
    for (const f of pageFixtures()) {
      const listed = (collections[f.collection] ?? []).some((entry) => entry.slug === f.slug)
      check(
        p,
        'sitemap',
        via,
        listed === f.publicNow,
        () => `${label(f)} ${f.publicNow ? 'missing from' : 'listed in'} the sitemap`,
      )
    }
  })
  await read(p, 'feed', 'GET', '/feeds/announcements.zh.xml', (reply, via) => {
    for (const f of ofCollection('announcements')) {
      const listed = reply.text.includes(`/${f.slug}`)
      check(
        p,
        'feed',
        via,
        listed === f.publicNow,
        () => `${label(f)} ${f.publicNow ? 'missing from' : 'listed in'} the feed`,
      )
    }
  })
  // Files: served only while a document the reader may read shows them.
  for (const f of ofCollection('media')) {
    await read(p, 'media file', 'GET', `/api/media/file/${f.filename}`, (reply, via) => {
      const expected = mayRead(p.who, f)
      check(p, 'media file', via, (reply.status === 200) === expected, () => `${f.filename} answered ${reply.status}`)
    })
  }
  // Preferences, by key: each staff member only their own.
  await read(p, 'by key', 'GET', `/api/payload-preferences/${TOKEN}-nav`, (reply, via) => {
    const own = ofCollection('payload-preferences').some((f) => f.owner === p.who)
    const value = (reply.json() as { value?: unknown }).value
    const ok = isStaff(p.who) ? reply.status === 200 && Boolean(value) === own : reply.status !== 200 && !value
    check(p, 'by key', via, ok, () => `preference by key answered ${reply.status} with ${JSON.stringify(value)}`)
  })
  // Globals: their readers read them (the site's: everyone; Payload's own: nobody); versions are for
  // staff, where a global keeps them.
  for (const slug of Object.keys(GLOBAL_TRUST)) {
    const readable = mayRead(
      p.who,
      { collection: slug, id: 0, state: 'published', publicNow: true },
      globalTrustOf(slug).read,
    )
    await read(p, 'global', 'GET', `/api/globals/${slug}?depth=0`, (reply, via) => {
      check(p, 'global', via, (reply.status === 200) === readable, () => `global ${slug} answered ${reply.status}`)
    })
    await read(p, 'global versions', 'GET', `/api/globals/${slug}/versions?limit=1`, (reply, via) => {
      const keeps = Boolean(payload.config.globals.find((g) => g.slug === slug)?.versions)
      const expected = keeps && isStaff(p.who) && globalTrustOf(slug).readVersions === 'staff'
      check(
        p,
        'global versions',
        via,
        (reply.status === 200) === expected,
        () => `global ${slug} versions answered ${reply.status}`,
      )
    })
  }
}

// ---------------------------------------------------------------------------------------------
// Writes (instance A, Payload's path), each on a document made for it.

let made = 0
const fresh = async (collection: string, published: boolean) => {
  made += 1
  const title = `write target ${made}`
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: {
      ...pageData(collection, title, `write-target-${made}`, homePark()),
      ...(published ? { _status: 'published' } : {}),
    } as never,
    draft: !published,
  })
  return doc as unknown as { id: number | string }
}
const live = (collection: string, id: number | string) =>
  payload.findByID({ collection: collection as CollectionSlug, id, depth: 0, disableErrors: true, draft: false })
const titleOf = (collection: string, doc: unknown) =>
  (doc as Record<string, unknown> | null)?.[collection === 'parks' || collection === 'industries' ? 'name' : 'title']
const titleField = (collection: string) => (collection === 'parks' || collection === 'industries' ? 'name' : 'title')
const accepted = (reply: Reply) =>
  reply.status >= 200 && reply.status < 300 && !(reply.json().errors as unknown[] | undefined)?.length

async function writePages(p: Principal) {
  for (const collection of PAGE_COLLECTIONS) {
    const at = (op: string, ok: boolean, what: () => string) =>
      check(p, `${op}`, 'payload', ok, () => `${collection}: ${what()}`)
    // Create: staff write drafts; only publishers create published documents.
    made += 1
    const draftReply = await send(
      a.url,
      'POST',
      `/api/${collection}`,
      p.headers,
      pageData(collection, `created ${made}`, `created-${made}`, homePark()),
    )
    at('create', (draftReply.status === 201) === isStaff(p.who), () => `create a draft answered ${draftReply.status}`)
    made += 1
    const publishReply = await send(a.url, 'POST', `/api/${collection}`, p.headers, {
      ...pageData(collection, `created ${made}`, `created-${made}`, homePark()),
      _status: 'published',
    })
    at(
      'create',
      (publishReply.status === 201) === canPublish(p.who),
      () => `create published answered ${publishReply.status}`,
    )

    // Updates of a published document change what readers see only for publishers, on every path.
    const marker = `changed by ${p.name}`
    for (const [op, run] of [
      [
        'update',
        (id: number | string) =>
          send(a.url, 'PATCH', `/api/${collection}/${id}`, p.headers, { [titleField(collection)]: marker }),
      ],
      [
        'update (bulk)',
        (id: number | string) =>
          send(a.url, 'PATCH', `/api/${collection}?where[id][equals]=${id}`, p.headers, {
            [titleField(collection)]: marker,
          }),
      ],
      [
        'graphql mutation',
        (id: number | string) => {
          const names = graphQLNames(collection)!
          const mutation = `mutation { update${names.singularName}(id: ${JSON.stringify(id)}, data: { ${titleField(collection)}: ${JSON.stringify(marker)} }) { id } }`
          return send(a.url, 'POST', '/api/graphql', p.headers, { query: mutation })
        },
      ],
    ] as const) {
      const target = await fresh(collection, true)
      const reply = await run(target.id)
      const changed = titleOf(collection, await live(collection, target.id)) === marker
      at(
        op,
        changed === canPublish(p.who),
        () => `${op} of a published document: live ${changed ? 'changed' : 'unchanged'} (${reply.status})`,
      )
      if (isStaff(p.who) && !canPublish(p.who)) {
        // The newest draft, as staff see it.
        const draft = (
          await send(a.url, 'GET', `/api/${collection}/${target.id}?draft=true&depth=0`, principals[0]!.headers)
        ).json()
        at(op, titleOf(collection, draft) === marker, () => `an editor's ${op} was not kept as a draft`)
      }
    }
    // Unpublishing needs a publisher.
    const toUnpublish = await fresh(collection, true)
    await send(a.url, 'PATCH', `/api/${collection}/${toUnpublish.id}`, p.headers, { _status: 'draft' })
    const stillLive = ((await live(collection, toUnpublish.id)) as { _status?: string } | null)?._status === 'published'
    at(
      'unpublish',
      stillLive === !canPublish(p.who),
      () => `unpublish left it ${stillLive ? 'published' : 'unpublished'}`,
    )
    // Deleting: publishers delete anything; editors only what was never published.
    const publishedTarget = await fresh(collection, true)
    await send(a.url, 'DELETE', `/api/${collection}/${publishedTarget.id}`, p.headers)
    const publishedGone = !(await payload.findByID({
      collection: collection as CollectionSlug,
      id: publishedTarget.id,
      disableErrors: true,
      depth: 0,
    }))
    at(
      'delete',
      publishedGone === canPublish(p.who),
      () => `delete of a published document: ${publishedGone ? 'deleted' : 'kept'}`,
    )
    const draftTarget = await fresh(collection, false)
    await send(a.url, 'DELETE', `/api/${collection}/${draftTarget.id}`, p.headers)
    const draftGone = !(await payload.findByID({
      collection: collection as CollectionSlug,
      id: draftTarget.id,
      disableErrors: true,
      depth: 0,
      draft: true,
    }))
    at('delete', draftGone === isStaff(p.who), () => `delete of a draft: ${draftGone ? 'deleted' : 'kept'}`)
  }
}

async function writeOthers(p: Principal, staffIds: Record<string, number | string>) {
  const at = (op: string, ok: boolean, what: () => string) => check(p, op, 'payload', ok, what)
  const exists = async (collection: string, id: number | string) =>
    Boolean(await payload.findByID({ collection: collection as CollectionSlug, id, disableErrors: true, depth: 0 }))

  // Media: a file a published document shows needs a publisher; an unused one, any staff member.
  const pdf = fs.readFileSync(pdfDocument(ctx.dir))
  const upload = async () => {
    made += 1
    return payload.create({
      collection: 'media',
      data: { alt: `write ${made}` },
      file: { data: pdf, mimetype: 'application/pdf', name: `write-${made}.pdf`, size: pdf.length },
    })
  }
  for (const shown of [true, false]) {
    const media = await upload()
    if (shown)
      await payload.create({
        collection: 'announcements',
        data: {
          ...pageData('announcements', `shows ${made}`, `shows-${made}`),
          attachments: [media.id],
          _status: 'published',
        } as never,
      })
    await send(a.url, 'PATCH', `/api/media/${media.id}`, p.headers, { alt: 'changed' })
    const changed = (await payload.findByID({ collection: 'media', id: media.id })).alt === 'changed'
    const allowed = shown ? canPublish(p.who) : isStaff(p.who)
    at(
      'update',
      changed === allowed,
      () => `media ${shown ? 'shown by a published item' : 'unused'}: ${changed ? 'changed' : 'unchanged'}`,
    )
    await send(a.url, 'DELETE', `/api/media/${media.id}`, p.headers)
    const gone = !(await exists('media', media.id))
    at('delete', gone === allowed, () => `media ${shown ? 'shown' : 'unused'}: ${gone ? 'deleted' : 'kept'}`)
  }

  // Redirects are live the moment they are saved: publishers only.
  made += 1
  const created = await send(a.url, 'POST', '/api/redirects', p.headers, {
    from: `/write/${made}`,
    to: { type: 'custom', url: 'https://example.org/' },
  })
  at('create', (created.status === 201) === canPublish(p.who), () => `redirect create answered ${created.status}`)
  const redirect = await payload.create({
    collection: 'redirects',
    data: { from: `/write/r${made}`, to: { type: 'custom', url: 'https://example.org/a' } } as never,
  })
  await send(a.url, 'PATCH', `/api/redirects/${redirect.id}`, p.headers, {
    to: { type: 'custom', url: 'https://evil.example/' },
  })
  const redirected = (
    (await payload.findByID({ collection: 'redirects', id: redirect.id })) as { to?: { url?: string } }
  ).to?.url
  at(
    'update',
    (redirected === 'https://evil.example/') === canPublish(p.who),
    () => `redirect update: now ${redirected}`,
  )
  await send(a.url, 'DELETE', `/api/redirects/${redirect.id}`, p.headers)
  at('delete', !(await exists('redirects', redirect.id)) === canPublish(p.who), () => 'redirect delete')

  // Inquiries: anyone sends one; staff work them; administrators delete them.
  const inquiry = {
    company: `${TOKEN} Sender ${made}`,
    contactName: 'Wang Fang',
    email: 'wang@example.org',
    country: 'DE',
    message: 'Interested in office space near the AI park.',
    consent: true,
  }
  const sent = await send(a.url, 'POST', '/api/inquiries', p.headers, inquiry)
  at('create', sent.status === 201, () => `inquiry create answered ${sent.status}`)
  const target = await payload.create({ collection: 'inquiries', data: inquiry as never })
  await send(a.url, 'PATCH', `/api/inquiries/${target.id}`, p.headers, {
    message: 'Rewritten by someone else entirely.',
  })
  const rewritten = (await payload.findByID({ collection: 'inquiries', id: target.id })).message.startsWith('Rewritten')
  at('update', rewritten === mayWrite(p.who, trustOf('inquiries').update), () => `inquiry update: ${rewritten}`)
  await send(a.url, 'DELETE', `/api/inquiries/${target.id}`, p.headers)
  at(
    'delete',
    !(await exists('inquiries', target.id)) === mayWrite(p.who, trustOf('inquiries').delete),
    () => 'inquiry delete',
  )

  // Accounts: each staff member edits their own; administrators everyone's.
  const own = staffIds[p.who]
  if (own !== undefined) {
    const reply = await send(a.url, 'PATCH', `/api/users/${own}`, p.headers, { name: `renamed ${made}` })
    at('update', accepted(reply), () => `own account update answered ${reply.status}`)
  }
  const other = p.who === 'editor' ? staffIds.publisher! : staffIds.editor!
  await send(a.url, 'PATCH', `/api/users/${other}`, p.headers, { name: `hijacked by ${p.name}` })
  const hijacked = (await payload.findByID({ collection: 'users', id: other })).name === `hijacked by ${p.name}`
  at('update', hijacked === (p.who === 'admin'), () => `another account's update: ${hijacked}`)
  // A role change signs the account out everywhere: the editor's sessions are put back afterwards,
  // so that the editor's own cases (run later) still sign in.
  const editorSessions = (
    await payload.db.findOne<User>({ collection: 'users', where: { id: { equals: staffIds.editor } } })
  )?.sessions
  const promoted = await send(a.url, 'PATCH', `/api/users/${staffIds.editor}`, p.headers, { role: 'admin' })
  const role = (await payload.findByID({ collection: 'users', id: staffIds.editor! })).role
  at(
    'update',
    (role === 'admin') === (p.who === 'admin'),
    () => `role change answered ${promoted.status}, role ${role}`,
  )
  if (role === 'admin') await payload.update({ collection: 'users', id: staffIds.editor!, data: { role: 'editor' } })
  await payload.db.updateOne({ collection: 'users', id: staffIds.editor!, data: { sessions: editorSessions ?? [] } })
  made += 1
  const account = await send(a.url, 'POST', '/api/users', p.headers, {
    email: `made-${made}@test.local`,
    password: 'a-long-password',
    role: 'admin',
  })
  at('create', (account.status === 201) === (p.who === 'admin'), () => `account create answered ${account.status}`)

  // Keys, the audit log, Payload's own collections.
  const key = await send(a.url, 'POST', '/api/api-keys', p.headers, { name: `key ${made}`, scope: 'preview' })
  at('create', (key.status === 201) === (p.who === 'admin'), () => `api key create answered ${key.status}`)
  const entry = ofCollection('audit-log')[0]!
  const forged = await send(a.url, 'POST', '/api/audit-log', p.headers, { action: 'login', summary: 'forged' })
  at('create', forged.status !== 201, () => `audit entry create answered ${forged.status}`)
  await send(a.url, 'PATCH', `/api/audit-log/${entry.id}`, p.headers, { summary: 'rewritten' })
  at(
    'update',
    (await payload.findByID({ collection: 'audit-log', id: entry.id })).summary !== 'rewritten',
    () => 'audit entry rewritten',
  )
  await send(a.url, 'DELETE', `/api/audit-log/${entry.id}`, p.headers)
  at('delete', await exists('audit-log', entry.id), () => 'audit entry deleted')
  const preference = await send(a.url, 'POST', `/api/payload-preferences/${TOKEN}-write`, p.headers, {
    value: { n: made },
  })
  at('create', (preference.status === 200) === isStaff(p.who), () => `preference write answered ${preference.status}`)
  const lockDoc = ofCollection('parks')[0]!
  const lock = await send(a.url, 'POST', '/api/payload-locked-documents', p.headers, {
    document: { relationTo: 'parks', value: lockDoc.id },
    globalSlug: null,
    user: { relationTo: 'users', value: staffIds.admin },
  })
  at('create', (lock.status === 201) === isStaff(p.who), () => `lock create answered ${lock.status}`)
  const job = await send(a.url, 'POST', '/api/payload-jobs', p.headers, { taskSlug: 'schedulePublish', input: {} })
  at('create', job.status !== 201, () => `job create answered ${job.status}`)

  // Globals readers see: only their declared writers.
  for (const slug of Object.keys(GLOBAL_TRUST)) {
    const before = await payload.findGlobal({ slug: slug as GlobalSlug, depth: 0 })
    const {
      id: _id,
      createdAt: _c,
      updatedAt: _u,
      globalType: _g,
      ...content
    } = before as unknown as Record<string, unknown>
    // The jobs runner itself writes payload-jobs-stats (when its schedules last ran) at any moment, so
    // there a write of this request's own is told by a mark it carries, not by updatedAt (a runner tick
    // between the two reads failed this suite on PostgreSQL now and then).
    const systemWritten = slug === 'payload-jobs-stats'
    const mark = `trust-probe-${p.name}`
    const body = systemWritten ? { ...content, stats: { ...(content.stats as object | undefined), mark } } : content
    const reply = await send(a.url, 'POST', `/api/globals/${slug}`, p.headers, body)
    const allowed = mayWrite(p.who, globalTrustOf(slug).update)
    at('global update', accepted(reply) === allowed, () => `global ${slug} update answered ${reply.status}`)
    if (!allowed) {
      const after = await payload.findGlobal({ slug: slug as GlobalSlug, depth: 0 })
      const unchanged = systemWritten
        ? (after as unknown as { stats?: { mark?: string } }).stats?.mark !== mark
        : after.updatedAt === before.updatedAt
      at('global update', unchanged, () => `global ${slug} changed`)
    }
  }
}

// ---------------------------------------------------------------------------------------------

describe('trust model, generated from the declaration', () => {
  it('covers every collection and global of the running config', () => {
    const configured = payload.config.collections.map((c) => c.slug).sort()
    expect(configured).toEqual(Object.keys(COLLECTION_TRUST).sort())
    expect(payload.config.globals.map((g) => g.slug).sort()).toEqual(Object.keys(GLOBAL_TRUST).sort())
  })

  describe('reads: list, by id, by slug, count, versions, GraphQL, search, sitemap, feeds, files, globals', () => {
    it.each(PRINCIPALS.map((p, index) => [p.name, index] as const))(
      '%s',
      async (_name, index) => {
        const p = principals[index]!
        await readCollections(p)
        await readPages(p)
        await readGraphQL(p)
        await readSurfaces(p)
        expectNoFailures(p)
      },
      600_000,
    )
  })

  it('anonymous reads went through every serving path', () => {
    for (const servedBy of ['payload', 'cache hit', 'read model', ...(b ? ['shared cache (instance B)'] : [])]) {
      expect([servedBy, byPath.get(servedBy) ?? 0]).toEqual([servedBy, expect.any(Number)])
      expect(byPath.get(servedBy) ?? 0).toBeGreaterThan(0)
    }
  })

  it('the second instance stops cleanly once the reads are done', async () => {
    // Writes go through instance A only: a second process on the same SQLite file would only add lock
    // contention that is no part of the trust model.
    if (!b) return
    expect(await b.server.stop()).toBe(0)
    b = undefined
  }, 60_000)

  describe('writes: create, update (single, bulk, GraphQL), unpublish, delete', () => {
    it.each(PRINCIPALS.map((p, index) => [p.name, index] as const))(
      '%s',
      async (_name, index) => {
        const p = principals[index]!
        const staffIds = Object.fromEntries(
          fixtures.filter((f) => f.collection === 'users').map((f) => [f.owner!, f.id]),
        ) as Record<string, number | string>
        await writePages(p)
        await writeOthers(p, staffIds)
        expectNoFailures(p)
      },
      600_000,
    )
  })

  it('ran at least 2,000 cases', () => {
    const total = [...byPrincipal.values()].reduce((sum, n) => sum + n, 0)
    expect(total).toBeGreaterThanOrEqual(2_000)
  })
})
