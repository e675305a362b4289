import fs from 'node:fs'
import path from 'node:path'

import type { NextFunction, Request, Response } from 'express'
import type { SanitizedConfig } from 'payload'

/**
 * GET /api/<upload collection>/file/<name>: Payload answers a file that is missing on disk with a
 * 500. Here a name that escapes the upload folder or names no file gets a 404 before Payload (which
 * still checks read access and serves the file) is asked.
 */
export function uploadedFiles(config: SanitizedConfig) {
  const folders = new Map<string, string>(
    config.collections
      // Files kept elsewhere (S3, see storage.ts) are found by their storage adapter, not on disk.
      .filter((c) => c.upload && typeof c.upload === 'object' && c.upload.staticDir && !c.upload.disableLocalStorage)
      .map((c) => [c.slug, path.resolve((c.upload as { staticDir: string }).staticDir)]),
  )
  return (req: Request, res: Response, next: NextFunction): void => {
    // Mounted under the API route: /<collection>/file/<name>
    const [, slug, segment, ...name] = req.path.split('/')
    const folder = slug ? folders.get(slug) : undefined
    if (!folder || segment !== 'file' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      next()
      return
    }
    let filename: string
    try {
      filename = decodeURIComponent(name.join('/'))
    } catch {
      filename = ''
    }
    const file = path.resolve(folder, filename)
    if (!filename || !file.startsWith(folder + path.sep) || !fs.existsSync(file)) {
      res.status(404).json({ errors: [{ message: `There is no file named "${filename}" in ${slug}.` }] })
      return
    }
    next()
  }
}
