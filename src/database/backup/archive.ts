import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { DatabaseKind } from '../../env'

/** manifest.json at the root of every backup archive. */
export type Manifest = {
  format: 1
  createdAt: string
  app: string
  payloadVersion: string
  database: { kind: DatabaseKind; file: string }
  /** Documents per collection at the moment of the backup (null: the table does not exist yet). */
  collections: Record<string, number | null>
  /** 'disk': the media folder is in the archive under media/; 's3': media live in the bucket, not here. */
  media: { storage: 'disk' | 's3'; files: number; bytes: number }
  /** Every file of the archive but the manifest, with its checksum. */
  files: { path: string; bytes: number; sha256: string }[]
}

export class BackupError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BackupError'
  }
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer)
  return hash.digest('hex')
}

/** Files under a folder, as paths relative to it with forward slashes; dotfiles (.gitkeep) left out. */
export function listFiles(folder: string, prefix = ''): string[] {
  if (!fs.existsSync(folder)) return []
  return fs
    .readdirSync(folder, { withFileTypes: true })
    .filter((entry) => !entry.name.startsWith('.'))
    .flatMap((entry) =>
      entry.isDirectory()
        ? listFiles(path.join(folder, entry.name), `${prefix}${entry.name}/`)
        : entry.isFile()
          ? [`${prefix}${entry.name}`]
          : [],
    )
    .sort()
}

export function run(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', (error: NodeJS.ErrnoException) =>
      reject(
        new BackupError(
          error.code === 'ENOENT' ? `${command} is not installed (it is needed for this database).` : error.message,
        ),
      ),
    )
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new BackupError(`${command} failed (exit ${code}): ${stderr.trim().slice(-2000)}`)),
    )
  })
}

/** Packs a folder into a .tar.gz, written under a temporary name and renamed when complete. */
export async function packFolder(folder: string, archive: string): Promise<void> {
  const partial = `${archive}.partial`
  try {
    await run('tar', ['-czf', partial, '-C', folder, '.'])
    fs.renameSync(partial, archive)
  } finally {
    fs.rmSync(partial, { force: true })
  }
}

/**
 * Unpacks an archive into an empty folder and checks it against its manifest: every listed file is
 * there with its size and SHA-256, nothing lies outside the folder. Throws before anything is used.
 */
export async function unpackAndVerify(archive: string, folder: string): Promise<Manifest> {
  if (!fs.existsSync(archive)) throw new BackupError(`There is no archive at ${archive}.`)
  try {
    await run('tar', ['-xzf', archive, '-C', folder, '--no-same-owner', '--no-same-permissions'])
  } catch (error) {
    throw new BackupError(`${archive} is not a readable .tar.gz archive (${(error as Error).message}).`)
  }
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(path.join(folder, 'manifest.json'), 'utf8')) as Manifest
  } catch {
    throw new BackupError(`${archive} has no readable manifest.json: it was not made by npm run backup.`)
  }
  if (manifest.format !== 1 || !Array.isArray(manifest.files) || !manifest.database?.file) {
    throw new BackupError(`${archive} has a manifest this version cannot read (format ${manifest.format}).`)
  }
  const problems: string[] = []
  for (const file of manifest.files) {
    const absolute = path.resolve(folder, file.path)
    if (!absolute.startsWith(folder + path.sep)) {
      problems.push(`${file.path}: a path outside the archive`)
    } else if (!fs.existsSync(absolute)) {
      problems.push(`${file.path}: missing`)
    } else if (fs.statSync(absolute).size !== file.bytes || (await sha256File(absolute)) !== file.sha256) {
      problems.push(`${file.path}: checksum mismatch`)
    }
  }
  if (!manifest.files.some((file) => file.path === manifest.database.file)) {
    problems.push(`${manifest.database.file}: the database is not in the file list`)
  }
  if (problems.length) {
    throw new BackupError(
      `${archive} is damaged, nothing was restored:\n  ${problems.slice(0, 10).join('\n  ')}${problems.length > 10 ? `\n  … and ${problems.length - 10} more` : ''}`,
    )
  }
  return manifest
}
