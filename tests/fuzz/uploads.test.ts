/**
 * Fuzzing uploads to the media collection, as an admin: hostile file names, contents that contradict
 * their type (scripts in SVG, HTML, executables, truncated images), decompression bombs, odd fields.
 * See harness.ts for what is asserted afterwards: new files on disk only those of accepted uploads.
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'

import fc from 'fast-check'

import { answered, describeFuzzing, multipartBody, plainImage, RUNS, send, TIMEOUT } from './harness'

const crc32 = (buffer: Buffer) => zlib.crc32(buffer)
const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}
/** A 1-bit greyscale PNG of width × height white pixels: a few kB that decode to width × height bytes. */
async function pngBomb(width: number, height: number): Promise<Buffer> {
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([1, 0, 0, 0, 0], 8)
  const row = Buffer.alloc(1 + Math.ceil(width / 8))
  const deflate = zlib.createDeflate({ level: 9 })
  const parts: Buffer[] = []
  deflate.on('data', (chunk: Buffer) => parts.push(chunk))
  const done = new Promise((resolve) => deflate.on('end', resolve))
  for (let y = 0; y < height; y++)
    if (!deflate.write(row)) await new Promise((resolve) => deflate.once('drain', resolve))
  deflate.end()
  await done
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', Buffer.concat(parts)),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}
/** A GIF whose header claims 65535 × 65535 pixels. */
const gifBomb = Buffer.concat([
  Buffer.from('GIF89a'),
  Buffer.from([0xff, 0xff, 0xff, 0xff, 0x00, 0x00, 0x00]),
  Buffer.from([0x2c, 0, 0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0x00, 0x02, 0x02, 0x4c, 0x01, 0x00, 0x3b]),
])
/** A JPEG header (SOF0) claiming 65500 × 65500 pixels, and no image data. */
const jpegBomb = Buffer.from([
  0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, 0xff, 0xdc, 0xff, 0xdc, 0x03, 0x01, 0x22, 0x00, 0x02, 0x11, 0x01, 0x03,
  0x11, 0x01, 0xff, 0xd9,
])

async function hostileFiles(): Promise<Record<string, Buffer>> {
  const png = await plainImage('png', '#205080')
  const jpeg = await plainImage('jpeg', '#802050')
  return {
    png,
    jpeg,
    'svg with script': Buffer.from(
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>fetch("/api/users")</script><rect width="10" height="10"/></svg>',
    ),
    html: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
    'pdf with javascript': Buffer.from(
      '%PDF-1.4\n1 0 obj<</Type/Catalog/OpenAction<</S/JavaScript/JS(app.alert(1))>>>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF',
    ),
    'truncated png': png.subarray(0, 40),
    'png header, garbage after': Buffer.concat([png.subarray(0, 33), crypto.randomBytes(200)]),
    'elf executable': Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), crypto.randomBytes(120)]),
    'windows executable': Buffer.concat([
      Buffer.from('MZ'),
      Buffer.alloc(58),
      Buffer.from([0x80, 0, 0, 0]),
      crypto.randomBytes(100),
    ]),
    zip: Buffer.from('504b0304140000000800000000000000000000000000000000000400000061626364', 'hex'),
    'php in a gif': Buffer.concat([Buffer.from('GIF89a'), Buffer.from('<?php system($_GET["c"]); ?>')]),
    'random bytes': crypto.randomBytes(512),
    empty: Buffer.alloc(0),
    'png bomb 12000×12000': await pngBomb(12_000, 12_000),
    'png bomb 30000×30000': await pngBomb(30_000, 30_000),
    'gif bomb 65535×65535': gifBomb,
    'jpeg bomb 65500×65500': jpegBomb,
  }
}

const FILENAMES = [
  '../../../../tmp/evil.png',
  '..\\..\\..\\windows\\evil.png',
  '/etc/passwd',
  'C:\\evil.png',
  '....//....//evil.png',
  '%2e%2e%2fevil.png',
  'evil.png\u0000.php',
  '.htaccess',
  'index.html',
  'a'.repeat(300) + '.png',
  'photo.png.exe',
  'photo.svg',
  'photo.php',
  'normal photo.png',
  'CON.png',
  '',
  '.',
  '..',
]
const MIME_TYPES = [
  'image/png',
  'image/jpeg',
  'image/svg+xml',
  'text/html',
  'application/pdf',
  'application/octet-stream',
  'image/gif',
  'application/x-msdownload',
  '',
]

let files: Record<string, Buffer> = {}

describeFuzzing('uploads (as an admin)', { requests: RUNS.uploads + 4 }, () => {
  beforeAll(async () => {
    files = await hostileFiles()
  }, TIMEOUT)

  it(
    'hostile names, contents that contradict their type, decompression bombs',
    async () => {
      const kinds = Object.keys(files)
      await fc.assert(
        fc.asyncProperty(
          // Weighted so that some uploads are well-formed (and stored): their names and files are checked too.
          fc.oneof(
            { arbitrary: fc.constantFrom('png', 'jpeg'), weight: 3 },
            { arbitrary: fc.constantFrom(...kinds), weight: 7 },
          ),
          fc.oneof(
            fc.constantFrom(...FILENAMES),
            fc.string({ maxLength: 40 }),
            fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => `${s}.png`),
          ),
          fc.constantFrom(...MIME_TYPES),
          fc.oneof(
            { arbitrary: fc.constant(JSON.stringify({ alt: 'fuzz' })), weight: 4 },
            fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)),
            fc.string({ maxLength: 50 }),
            fc.constant(undefined),
          ),
          fc.oneof({ arbitrary: fc.constant('file'), weight: 4 }, fc.constantFrom('files', 'upload')),
          async (kind, filename, type, data, field) => {
            const parts: Parameters<typeof multipartBody>[0] = [{ name: field, filename, type, data: files[kind] }]
            if (data !== undefined) parts.unshift({ name: '_payload', data })
            const { contentType, body } = multipartBody(parts)
            answered(
              await send(`upload:${kind}`, '/api/media', {
                method: 'POST',
                auth: true,
                headers: { 'content-type': contentType },
                body,
              }),
            )
          },
        ),
        { numRuns: RUNS.uploads },
      )
      // Every bomb at least once, with a plausible name, type and alt text.
      for (const kind of kinds.filter((k) => k.includes('bomb'))) {
        const type = kind.startsWith('gif') ? 'image/gif' : kind.startsWith('jpeg') ? 'image/jpeg' : 'image/png'
        const { contentType, body } = multipartBody([
          { name: '_payload', data: JSON.stringify({ alt: kind }) },
          { name: 'file', filename: `${kind.split(' ')[0]}.${type.split('/')[1]}`, type, data: files[kind] },
        ])
        const outcome = await send(`upload:${kind}`, '/api/media', {
          method: 'POST',
          auth: true,
          headers: { 'content-type': contentType },
          body,
        })
        answered(outcome)
        expect([kind, outcome.status]).toEqual([kind, expect.any(Number)])
        expect(outcome.status).toBeGreaterThanOrEqual(400)
      }
    },
    TIMEOUT,
  )
})
