/**
 * Two people save at once: the second save waits for the first, it does not fail. On SQLite, Payload set
 * the busy timeout on its first connection only, and the libsql client opens a new connection after each
 * transaction: from then on a write made during another one failed at once with "database is locked"
 * (seen as a flaky trust suite in CI, and as a 500 for an editor saving while the jobs runner published).
 * Runs on every adapter: PostgreSQL and MongoDB never had the problem and must keep not having it.
 */
import { spawn } from 'node:child_process'

import type { Payload } from 'payload'

import { startTestPayload, type TestPayload } from './helpers/testPayload'

let ctx: TestPayload
let payload: Payload

beforeAll(async () => {
  ctx = await startTestPayload()
  payload = ctx.payload
})
afterAll(async () => ctx?.close())

const draft = (slug: string) => ({
  collection: 'announcements' as const,
  data: { title: `Concurrent ${slug}`, slug, category: 'notice' as const },
  draft: true,
})

type LibsqlClient = {
  execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
  transaction: (mode: 'write') => Promise<{ commit: () => Promise<void> }>
}
const sqliteClient = () =>
  payload.db.name === 'sqlite' ? (payload.db as unknown as { client: LibsqlClient }).client : undefined

/**
 * Another writer holds the database for a second, then commits: on SQLite another process (an API
 * instance beside the jobs worker, say) in a write transaction; elsewhere a Payload transaction with a save
 * in it. Resolves once the database is held, with the moment its commit is done.
 */
async function anotherWriter(): Promise<{ committed: Promise<unknown> }> {
  if (sqliteClient()) {
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { createClient } from '@libsql/client'
         const client = createClient({ url: process.env.HELD_URL })
         const tx = await client.transaction('write')
         process.stdout.write('held\\n')
         await new Promise((resolve) => setTimeout(resolve, 1000))
         await tx.commit()
         client.close()`,
      ],
      { env: { ...process.env, HELD_URL: ctx.url }, stdio: ['ignore', 'pipe', 'inherit'] },
    )
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.once('data', () => resolve())
      holder.once('exit', (code) => reject(new Error(`the other writer exited early (${code})`)))
    })
    return { committed: new Promise((resolve) => holder.once('exit', resolve)) }
  }
  const transactionID = await payload.db.beginTransaction()
  // Cast: the Local API takes a partial request; the transaction is all this one carries.
  await payload.create({ ...draft('held-open'), req: { transactionID } as never })
  const committed = new Promise((resolve) => setTimeout(resolve, 1_000)).then(() =>
    payload.db.commitTransaction!(transactionID!),
  )
  return { committed }
}

describe('writes at the same time', () => {
  it('a save made while another writer holds the database waits for it, then succeeds', async () => {
    for (let i = 0; i < 3; i++) await payload.create(draft(`warm-up-${i}`))
    // A transaction, as drizzle runs one (drizzle-kit's schema push, a restore): on SQLite the client hands
    // its connection over to it and opens a new one for what comes next.
    await (await sqliteClient()?.transaction('write'))?.commit()
    const { committed } = await anotherWriter()
    const started = Date.now()
    const [made] = await Promise.all([payload.create(draft('made-meanwhile')), committed])
    const waited = Date.now() - started
    expect(made.slug).toBe('made-meanwhile')
    const found = await payload.find({
      collection: 'announcements',
      where: { slug: { equals: 'made-meanwhile' } },
      draft: true,
    })
    expect(found.totalDocs).toBe(1)
    // On SQLite the save had to wait for the other process's commit (PostgreSQL does not block here).
    if (sqliteClient()) expect(waited).toBeGreaterThan(500)
    process.stdout.write(`A save made while another writer held the database finished after ${waited} ms.\n`)
  })

  it('on SQLite, every connection the client opens waits for a busy database', async () => {
    const client = sqliteClient()
    if (!client) {
      process.stdout.write(`Busy timeout check: SQLite only (this run is on ${payload.db.name}).\n`)
      return
    }
    // A transaction makes the client open a new connection for what follows.
    await (await client.transaction('write')).commit()
    const { rows } = await client.execute('PRAGMA busy_timeout')
    expect(Number(Object.values(rows[0]!)[0])).toBeGreaterThanOrEqual(1_000)
  })

  it('ten saves at once all succeed', async () => {
    const made = await Promise.all(Array.from({ length: 10 }, (_, i) => payload.create(draft(`burst-${i}`))))
    expect(made).toHaveLength(10)
    const { totalDocs } = await payload.count({ collection: 'announcements', where: { slug: { like: 'burst-' } } })
    expect(totalDocs).toBe(10)
  })
})
