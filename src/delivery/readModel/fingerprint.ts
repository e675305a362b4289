/**
 * The build fingerprint: which build of the code wrote a snapshot. Every row carries it, and the state
 * row records the build the snapshots are complete for; rows of another build are never served.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import type { SanitizedConfig } from 'payload'

import { projectRoot } from '../../env'

/** Versions of the packages that shape a document's JSON. */
function packageVersions(): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const name of ['payload', '@payloadcms/richtext-lexical', '@payloadcms/drizzle', '@payloadcms/db-mongodb']) {
    try {
      const file = path.join(projectRoot(), 'node_modules', name, 'package.json')
      versions[name] = (JSON.parse(fs.readFileSync(file, 'utf8')) as { version: string }).version
    } catch {
      versions[name] = 'unknown'
    }
  }
  return versions
}

/**
 * Every source file under src/, by path (relative, so that two checkouts of one release agree) and
 * content, in one hash. Without the sources there is no telling which build wrote a snapshot: an error.
 */
function sourceHash(): string {
  const root = path.join(projectRoot(), 'src')
  const hash = crypto.createHash('sha256')
  const walk = (dir: string) => {
    const entries = fs.readdirSync(dir, { withFileTypes: true }).map((e) => e.name)
    for (const name of entries.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
      const file = path.join(dir, name)
      if (fs.statSync(file).isDirectory()) walk(file)
      else if (/\.(ts|tsx|js|mjs|json)$/.test(name)) {
        hash.update(`${path.relative(root, file).split(path.sep).join('/')}\0`).update(fs.readFileSync(file))
      }
    }
  }
  walk(root)
  return hash.digest('hex')
}

/**
 * What the snapshots depend on besides the data: this project's code (every file under src/), the
 * versions of the packages that shape a document's JSON, and the settings that show in it (the public
 * address in media URLs, the media storage). The same for every process of one deploy — the API and
 * the admin panel's bundle alike, which is why it is not taken from the config's functions — and
 * different after a change of code, which makes the stored snapshots stale.
 */
const fingerprints = new WeakMap<SanitizedConfig, string>()
export function readModelFingerprint(config: SanitizedConfig): string {
  const known = fingerprints.get(config)
  if (known) return known
  const json = JSON.stringify({
    // Raise it when the way snapshots are made changes in a way the sources would not show.
    format: 3,
    packages: packageVersions(),
    sources: sourceHash(),
    serverURL: config.serverURL,
    storage: ['S3_BUCKET', 'S3_ENDPOINT', 'S3_REGION', 'S3_FORCE_PATH_STYLE'].map((name) => process.env[name] ?? ''),
  })
  const fingerprint = crypto.createHash('sha256').update(json).digest('hex').slice(0, 32)
  fingerprints.set(config, fingerprint)
  return fingerprint
}
