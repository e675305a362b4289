import fs from 'node:fs'
import path from 'node:path'

import sharp from 'sharp'

/** A 1920×800 PNG (a blue band with a sun), made on the fly: no binary fixtures in the repository. */
export async function heroImage(dir: string): Promise<string> {
  const file = path.join(dir, 'jinqiao-ai-park.png')
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1920" height="800">
    <defs><linearGradient id="sky" x1="0" x2="1"><stop offset="0" stop-color="#0b4f8a"/><stop offset="1" stop-color="#3fa7d6"/></linearGradient></defs>
    <rect width="1920" height="800" fill="url(#sky)"/><circle cx="1500" cy="300" r="180" fill="#f5c542"/>
    <rect x="200" y="420" width="180" height="380" fill="#08365e"/><rect x="420" y="320" width="140" height="480" fill="#0a4170"/>
  </svg>`
  await sharp(Buffer.from(svg)).png().toFile(file)
  return file
}

/** A valid one-page PDF (the media library accepts PDFs as attachments, not as hero images). */
export function pdfDocument(dir: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ]
  let body = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body))
    body += `${index + 1} 0 obj\n${object}\nendobj\n`
  })
  const xref = Buffer.byteLength(body)
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  const file = path.join(dir, 'investment-guide.pdf')
  fs.writeFileSync(file, body)
  return file
}

/** A plain text file: not something the media library takes at all. */
export function textFile(dir: string): string {
  const file = path.join(dir, 'notes.txt')
  fs.writeFileSync(file, 'Meeting notes, not an image.\n')
  return file
}
