/**
 * Backups of the embedded (SQLite) or PostgreSQL database together with the media folder, in one
 * archive: `backups/jinqiao-<UTC time>.tar.gz` holding manifest.json, database/… and media/….
 * `npm run backup` / `npm run restore -- <archive> [--force]` (cli.ts) call these.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import type { DatabaseTarget } from '../../env'
import { BackupError, listFiles, type Manifest, packFolder, sha256File, unpackAndVerify } from './archive'
import { backupPostgres, isPostgresEmpty, restorePostgres } from './postgres'
import { backupSqlite, type CollectionTable, isSqliteEmpty, restoreSqlite } from './sqlite'

export { BackupError, type Manifest } from './archive'
export type { CollectionTable } from './sqlite'

export const MONGODB_BACKUP_HELP = `MongoDB is backed up with MongoDB's own tools, not with npm run backup:
  mongodump    --uri="$DATABASE_URL" --gzip --archive=backups/jinqiao-$(date -u +%Y%m%dT%H%M%SZ).mongo.gz
  mongorestore --uri="$DATABASE_URL" --gzip --archive=<that file> --drop
and the media folder with tar (unless media are on S3):  tar -czf backups/media-<time>.tar.gz -C media .
See README.md, "Backups and restore".`

/** Each collection with its table, named as the SQL adapters name it (dbName, or the slug in snake_case). */
export const collectionTables = (config: SanitizedConfig): CollectionTable[] =>
  config.collections.map((collection) => ({
    slug: collection.slug,
    table:
      typeof collection.dbName === 'string'
        ? collection.dbName
        : collection.slug
            .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
            .replace(/[-\s]+/g, '_')
            .toLowerCase(),
  }))

export function installedPayloadVersion(): string {
  let dir = path.dirname(createRequire(import.meta.url).resolve('payload'))
  while (!fs.existsSync(path.join(dir, 'package.json'))) dir = path.dirname(dir)
  return (JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string }).version
}

export type BackupOptions = {
  database: DatabaseTarget
  mediaDir: string
  /** Folder the archive is written to (created if missing). */
  outDir: string
  /** The collections whose documents are counted into the manifest. */
  collections: CollectionTable[]
  payloadVersion: string
  /** Media live in an S3 bucket (S3_BUCKET): the archive holds the database only. */
  mediaOnS3?: boolean
  now?: Date
}

export type RestoreOptions = {
  archive: string
  database: DatabaseTarget
  mediaDir: string
  /** Replace a database with data and a media folder with files; refused without it. */
  force?: boolean
}

const redact = (url: string) => url.replace(/\/\/[^@]*@/, '//***@')
const stamp = (date: Date) =>
  date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z')
const isEmpty = (database: DatabaseTarget) =>
  database.kind === 'postgres' ? isPostgresEmpty(database.url) : isSqliteEmpty(database.url)

function refuseMongo(database: DatabaseTarget): void {
  if (database.kind === 'mongodb') throw new BackupError(MONGODB_BACKUP_HELP)
}

export async function createBackup(options: BackupOptions): Promise<{ archive: string; manifest: Manifest }> {
  const { database, mediaDir, outDir, collections } = options
  refuseMongo(database)
  fs.mkdirSync(outDir, { recursive: true })
  // Staged next to the archive (same disk), not in a possibly small /tmp.
  const staging = fs.mkdtempSync(path.join(outDir, '.staging-'))
  try {
    fs.mkdirSync(path.join(staging, 'database'))
    const databaseFile = database.kind === 'postgres' ? 'database/jinqiao.pgdump' : 'database/jinqiao.sqlite'
    const destination = path.join(staging, databaseFile)
    const counts =
      database.kind === 'postgres'
        ? await backupPostgres(database.url, destination, collections)
        : await backupSqlite(database.url, destination, collections)

    // After the database: a file uploaded meanwhile is kept without its document, rather than the reverse.
    const mediaFiles = options.mediaOnS3 ? [] : listFiles(mediaDir)
    for (const file of mediaFiles) {
      fs.mkdirSync(path.dirname(path.join(staging, 'media', file)), { recursive: true })
      fs.copyFileSync(path.join(mediaDir, file), path.join(staging, 'media', file))
    }

    const files: Manifest['files'] = []
    for (const file of [databaseFile, ...mediaFiles.map((name) => `media/${name}`)]) {
      const absolute = path.join(staging, file)
      files.push({ path: file, bytes: fs.statSync(absolute).size, sha256: await sha256File(absolute) })
    }
    const now = options.now ?? new Date()
    const manifest: Manifest = {
      format: 1,
      createdAt: now.toISOString(),
      app: 'jinqiao-zone-cms',
      payloadVersion: options.payloadVersion,
      database: { kind: database.kind, file: databaseFile },
      collections: counts,
      media: {
        storage: options.mediaOnS3 ? 's3' : 'disk',
        files: mediaFiles.length,
        bytes: files.filter((file) => file.path.startsWith('media/')).reduce((sum, file) => sum + file.bytes, 0),
      },
      files,
    }
    fs.writeFileSync(path.join(staging, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

    let archive = path.join(outDir, `jinqiao-${stamp(now)}.tar.gz`)
    for (let n = 2; fs.existsSync(archive); n++) archive = path.join(outDir, `jinqiao-${stamp(now)}-${n}.tar.gz`)
    await packFolder(staging, archive)
    return { archive, manifest }
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}

/**
 * Verifies the whole archive (checksums, database kind) before touching anything; refuses to replace
 * a database with data or a media folder with files unless `force`; then restores the database (in one
 * transaction) and replaces the media folder's content.
 */
export async function restoreBackup(options: RestoreOptions): Promise<Manifest> {
  const { database, mediaDir } = options
  refuseMongo(database)
  const archive = path.resolve(options.archive)
  const staging = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-restore-'))
  try {
    const manifest = await unpackAndVerify(archive, staging)
    if (manifest.database.kind !== database.kind) {
      throw new BackupError(
        `${path.basename(archive)} holds a ${manifest.database.kind} database, but DATABASE_URL names a ${database.kind} one. Nothing was restored.`,
      )
    }
    const restoresMedia = manifest.media.storage === 'disk'
    if (!options.force) {
      const occupied: string[] = []
      if (!(await isEmpty(database))) occupied.push(`the ${database.kind} database ${redact(database.url)} has data`)
      const present = restoresMedia ? listFiles(mediaDir).length : 0
      if (present) occupied.push(`${mediaDir} holds ${present} file(s)`)
      if (occupied.length) {
        throw new BackupError(
          `Refusing to overwrite: ${occupied.join(' and ')}. Nothing was restored. Stop the server (every instance and the worker), then run again with --force to replace them with the backup of ${manifest.createdAt}.`,
        )
      }
    }

    const databaseFile = path.join(staging, manifest.database.file)
    if (database.kind === 'postgres') await restorePostgres(database.url, databaseFile)
    else await restoreSqlite(database.url, databaseFile)

    if (restoresMedia) {
      fs.mkdirSync(mediaDir, { recursive: true })
      for (const entry of fs.readdirSync(mediaDir)) {
        if (!entry.startsWith('.')) fs.rmSync(path.join(mediaDir, entry), { recursive: true, force: true })
      }
      for (const file of manifest.files.filter((f) => f.path.startsWith('media/'))) {
        const to = path.join(mediaDir, file.path.slice('media/'.length))
        fs.mkdirSync(path.dirname(to), { recursive: true })
        fs.copyFileSync(path.join(staging, file.path), to)
      }
    }
    return manifest
  } finally {
    fs.rmSync(staging, { recursive: true, force: true })
  }
}
