import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import type { CollectionSlug } from 'payload'
import sharp from 'sharp'

import { listFiles } from '../src/database/backup/archive'
import { collectionTables, createBackup, installedPayloadVersion, restoreBackup } from '../src/database/backup/index'
import { seed } from '../src/content/seed'
import { createStaff } from './helpers/testPayload'
import { useTestApp } from './helpers/testApp'
import { sealAuditLog } from '../src/workflow/audit/chain'

const app = useTestApp({ seed: false })

const mediaDir = () => path.join(app.ctx.dir, 'media')
const target = () => ({ kind: app.ctx.kind, url: app.ctx.url })

const photo = (width: number, height: number, r: number) =>
  sharp({ create: { width, height, channels: 3, background: { r, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer()

async function upload(name: string, r: number) {
  const data = await photo(1600, 1000, r)
  return app.payload.create({
    collection: 'media',
    data: { alt: `${name} 图片`, credit: 'Jinqiao' },
    file: { data, mimetype: 'image/jpeg', name, size: data.length },
  })
}

const byId = <T extends { id: unknown }>(docs: T[]) =>
  [...docs].sort((a, b) => String(a.id).localeCompare(String(b.id)))

/** Every document of every collection (all locales, drafts and versions), every global, every media file's bytes. */
async function everything() {
  // At rest: the audit entries just written are sealed (as the server does a moment later).
  await new Promise((resolve) => setTimeout(resolve, 300))
  await sealAuditLog(app.payload)
  const collections: Record<string, unknown> = {}
  const versions: Record<string, unknown> = {}
  for (const collection of app.payload.config.collections) {
    const slug = collection.slug as CollectionSlug
    const query = { collection: slug, locale: 'all', depth: 0, pagination: false, showHiddenFields: true } as const
    collections[slug] = byId((await app.payload.find({ ...query, draft: Boolean(collection.versions) })).docs)
    if (collection.versions) versions[slug] = byId((await app.payload.findVersions(query)).docs)
  }
  const globals: Record<string, unknown> = {}
  for (const global of app.payload.config.globals) {
    globals[global.slug] = await app.payload.findGlobal({ slug: global.slug as never, locale: 'all', depth: 0 })
  }
  const files = Object.fromEntries(
    listFiles(mediaDir()).map((file) => [file, fs.readFileSync(path.join(mediaDir(), file))]),
  )
  return { collections, versions, globals, files }
}

describe(`npm run backup and npm run restore (${process.env.DATABASE_URL ? 'PostgreSQL' : 'SQLite'})`, () => {
  it('round-trip the database and the media folder: documents, versions, globals and file bytes', async () => {
    // Content: the zone's seed, a staff account, an image in five files, a published park using it and a draft.
    await seed(app.payload, { log: () => undefined })
    await createStaff(app.payload, 'editor')
    const image = await upload('jinqiao-aerial.jpg', 20)
    const park = (await app.payload.find({ collection: 'parks', limit: 1, sort: 'name' })).docs[0]
    await app.payload.update({
      collection: 'parks',
      id: park.id,
      locale: 'en',
      data: { heroImage: image.id, _status: 'published' },
    })
    await app.payload.update({
      collection: 'parks',
      id: park.id,
      locale: 'en',
      data: { name: 'Draft name' },
      draft: true,
    })
    const before = await everything()
    expect(Object.keys(before.files)).toHaveLength(5)

    const { archive, manifest } = await createBackup({
      database: target(),
      mediaDir: mediaDir(),
      outDir: path.join(app.ctx.dir, 'backups'),
      collections: collectionTables(app.payload.config),
      payloadVersion: installedPayloadVersion(),
    })
    expect(path.basename(archive)).toMatch(/^jinqiao-\d{8}T\d{6}Z\.tar\.gz$/)
    expect(manifest.database.kind).toBe(app.ctx.kind)
    expect(manifest.collections).toMatchObject({
      parks: (await app.payload.count({ collection: 'parks' })).totalDocs,
      industries: (await app.payload.count({ collection: 'industries' })).totalDocs,
      media: 1,
      users: 2,
    })
    expect(manifest.files.map((file) => file.path).sort()).toEqual(
      [manifest.database.file, ...Object.keys(before.files).map((file) => `media/${file}`)].sort(),
    )

    // Then things go wrong: a deleted industry, an edited park, a new upload, a lost and a damaged file.
    const industry = (await app.payload.find({ collection: 'industries', limit: 1 })).docs[0]
    await app.payload.delete({ collection: 'industries', id: industry.id })
    await app.payload.update({ collection: 'parks', id: park.id, locale: 'zh', data: { name: '改错的名字' } })
    await upload('wrong.jpg', 200)
    fs.rmSync(path.join(mediaDir(), image.sizes!.thumbnail!.filename!))
    fs.writeFileSync(path.join(mediaDir(), image.filename!), 'not an image')
    const damaged = await everything()
    expect(damaged).not.toEqual(before)

    // Restoring over data needs --force; a tampered archive is refused even with it. Neither touches anything.
    await expect(restoreBackup({ archive, database: target(), mediaDir: mediaDir() })).rejects.toThrow(
      /Refusing to overwrite: .* has data and .* holds 9 file\(s\)\. Nothing was restored\..*--force/,
    )
    const tampered = path.join(app.ctx.dir, 'tampered.tar.gz')
    const unpacked = path.join(app.ctx.dir, 'unpacked')
    fs.mkdirSync(unpacked)
    execFileSync('tar', ['-xzf', archive, '-C', unpacked])
    fs.appendFileSync(path.join(unpacked, manifest.database.file), 'x')
    execFileSync('tar', ['-czf', tampered, '-C', unpacked, '.'])
    await expect(
      restoreBackup({ archive: tampered, database: target(), mediaDir: mediaDir(), force: true }),
    ).rejects.toThrow(`${manifest.database.file}: checksum mismatch`)
    expect(await everything()).toEqual(damaged)

    const restored = await restoreBackup({ archive, database: target(), mediaDir: mediaDir(), force: true })
    expect(restored.createdAt).toBe(manifest.createdAt)
    const after = await everything()
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort())
    for (const [file, bytes] of Object.entries(before.files)) expect(after.files[file].equals(bytes)).toBe(true)
    expect(after.collections).toEqual(before.collections)
    expect(after.versions).toEqual(before.versions)
    expect(after.globals).toEqual(before.globals)

    // Search finds the restored park by its restored name, through the rebuilt text index, and not by the lost one.
    const { searchPage } = await import('../src/delivery/search/textIndex')
    const { queryParts } = await import('../src/delivery/search/terms')
    const titleHits = async (q: string) =>
      (await searchPage(app.payload, { parts: queryParts(q), locale: 'zh' }, { offset: 0, limit: 50 })).hits.filter(
        (hit) => hit.matched === 'title',
      ).length
    expect(await titleHits('改错的名字')).toBe(0)
    expect(await titleHits(String(park.name))).toBeGreaterThan(0)

    // The restored database keeps working: a new document gets an id of its own.
    const added = await upload('after-restore.jpg', 90)
    expect(before.collections.media).not.toContainEqual(expect.objectContaining({ id: added.id }))
  })

  it('refuses a MongoDB database with the mongodump/mongorestore commands to use instead', async () => {
    const mongo = { kind: 'mongodb' as const, url: 'mongodb://127.0.0.1:27017/jinqiao' }
    await expect(
      createBackup({
        database: mongo,
        mediaDir: mediaDir(),
        outDir: path.join(app.ctx.dir, 'mongo-backups'),
        collections: [],
        payloadVersion: installedPayloadVersion(),
      }),
    ).rejects.toThrow(/mongodump .*\n.*mongorestore/)
    expect(fs.existsSync(path.join(app.ctx.dir, 'mongo-backups'))).toBe(false)
  })
})
