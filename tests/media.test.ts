import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

import { validationErrors } from './helpers/validationErrors'
import { useTestApp } from './helpers/testApp'

const app = useTestApp({ seed: false })

const photo = async (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 20, g: 90, b: 160 } } })
    .jpeg()
    .toBuffer()

describe('media uploads', () => {
  it('turn an image into every configured size, as WebP files on disk', async () => {
    const data = await photo(2400, 1600)
    const doc = await app.payload.create({
      collection: 'media',
      data: { alt: '金桥开发区鸟瞰', focalX: 30, focalY: 40 },
      file: { data, mimetype: 'image/jpeg', name: 'aerial view.jpg', size: data.length },
    })
    expect(doc.mimeType).toBe('image/jpeg')
    expect([doc.width, doc.height]).toEqual([2400, 1600])
    const expected = { thumbnail: [400, 300], card: [800, 600], hero: [1920, 800], og: [1200, 630] }
    for (const [name, [width, height]] of Object.entries(expected)) {
      const size = doc.sizes?.[name as keyof typeof expected]
      expect(size).toMatchObject({ width, height, mimeType: 'image/webp' })
      const file = path.join(app.ctx.dir, 'media', size!.filename!)
      const meta = await sharp(fs.readFileSync(file)).metadata()
      expect([meta.format, meta.width, meta.height]).toEqual(['webp', width, height])
    }
  })

  it('require alternative text', async () => {
    const data = await photo(500, 400)
    const errors = await validationErrors(
      app.payload.create({
        collection: 'media',
        data: {} as never,
        file: { data, mimetype: 'image/jpeg', name: 'no-alt.jpg', size: data.length },
      }),
    )
    expect(errors.map((e) => e.path)).toEqual(['alt'])
  })

  it('keep alternative text per language', async () => {
    const data = await photo(500, 400)
    const doc = await app.payload.create({
      collection: 'media',
      locale: 'zh',
      data: { alt: '园区大门' },
      file: { data, mimetype: 'image/jpeg', name: 'gate.jpg', size: data.length },
    })
    await app.payload.update({ collection: 'media', id: doc.id, locale: 'en', data: { alt: 'The park gate' } })
    const en = await app.payload.findByID({ collection: 'media', id: doc.id, locale: 'en' })
    const zh = await app.payload.findByID({ collection: 'media', id: doc.id, locale: 'zh' })
    expect([zh.alt, en.alt]).toEqual(['园区大门', 'The park gate'])
  })

  it('refuse a file whose type is not allowed', async () => {
    const data = Buffer.from('#!/bin/sh\necho not an image\n')
    await expect(
      app.payload.create({
        collection: 'media',
        data: { alt: 'script' },
        file: { data, mimetype: 'application/x-sh', name: 'run.sh', size: data.length },
      }),
    ).rejects.toThrow()
  })

  it('store a name without extension, given twice, under the type it is, leaving no stray files', async () => {
    const data = await photo(400, 300)
    // A name over 255 characters reaches Payload cut, its extension gone: 300 characters, then a second time.
    const long = 'a'.repeat(300)
    const names = []
    for (const name of ['north gate', 'north gate', long, long]) {
      const doc = await app.payload.create({
        collection: 'media',
        data: { alt: 'gate' },
        file: { data, mimetype: 'image/jpeg', name, size: data.length },
      })
      names.push(doc.filename!)
      const stored = [doc.filename, ...Object.values(doc.sizes ?? {}).map((s) => s?.filename)].filter(Boolean)
      for (const file of stored) {
        expect(fs.existsSync(path.join(app.ctx.dir, 'media', file!))).toBe(true)
        expect(Buffer.byteLength(file!)).toBeLessThan(255)
      }
    }
    expect(names.map((n) => n.replace(/a{20,}/, 'a…'))).toEqual([
      'north gate.jpg',
      'north gate-1.jpg',
      'a….jpg',
      'a…-1.jpg',
    ])
    const all = await app.payload.find({ collection: 'media', limit: 0, pagination: false, depth: 0 })
    const known = new Set(
      all.docs.flatMap((d) => [d.filename, ...Object.values(d.sizes ?? {}).map((s) => s?.filename)]),
    )
    expect(fs.readdirSync(path.join(app.ctx.dir, 'media')).filter((f) => !known.has(f))).toEqual([])
  })
})
