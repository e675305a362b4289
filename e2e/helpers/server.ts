import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort'

export const root = path.resolve(import.meta.dirname, '../..')

export const ADMIN = { email: 'admin@e2e.local', password: 'e2e-admin-password' }

export type ProductionServer = {
  url: string
  dir: string
  log: () => string
  stop: () => Promise<void>
}

/** Fails with what to do when there is no production build of the admin panel. */
export function assertProductionBuild(): void {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    throw new Error(
      'There is no production build of the admin panel (.next/BUILD_ID is missing). Run `npm run build` first, then `npm run test:e2e`.',
    )
  }
}

/**
 * Starts the built production server the way `npm start` does (node itself, NODE_ENV=production,
 * admin panel and jobs runner on), on a free port, with a fresh embedded database and media folder in
 * a temporary directory. The first start seeds the zone's content and the administrator ADMIN.
 */
export async function startProductionServer(extraEnv: Record<string, string> = {}): Promise<ProductionServer> {
  assertProductionBuild()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-e2e-'))
  const port = await freePort()
  const url = `http://localhost:${port}`
  let output = ''
  const child: ChildProcess = spawn(
    process.execPath,
    ['--no-deprecation', '--conditions=production', '--import', 'tsx', 'src/server.ts'],
    {
      cwd: root,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation --conditions=production',
        PORT: String(port),
        PUBLIC_SERVER_URL: url,
        PUBLIC_SITE_URL: 'http://www.e2e.local',
        PAYLOAD_SECRET: 'e2e-secret-not-for-production',
        DATABASE_URL: `file:${path.join(dir, 'e2e.db')}`,
        MEDIA_DIR: path.join(dir, 'media'),
        SEED_ADMIN_EMAIL: ADMIN.email,
        SEED_ADMIN_PASSWORD: ADMIN.password,
        SERVE_ADMIN: 'true',
        JOBS_RUNNER: 'on',
        // The suite logs in a dozen times from one address; the login rate limit is not under test here.
        RATE_LIMIT_LOGIN: '500/300',
        // The accounts the suites create work at once (the forced first change is tested in npm test).
        FORCE_PASSWORD_CHANGE: 'false',
        STAFF_2FA_ROLES: '',
        LOG_LEVEL: 'warn',
        PAYLOAD_LOG_LEVEL: 'warn',
        NEXT_TELEMETRY_DISABLED: '1',
        REDIS_URL: '',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const deadline = Date.now() + 120_000
  for (;;) {
    const code = await Promise.race([exited, new Promise((resolve) => setTimeout(() => resolve('wait'), 500))])
    if (code !== 'wait') throw new Error(`The production server exited (${code}) before it was ready:\n${output}`)
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ready) break
    if (Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`The production server was not ready within 120 s:\n${output}`)
    }
  }

  return {
    url,
    dir,
    log: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        child.kill('SIGTERM')
        const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
        await exited
        clearTimeout(timer)
      }
      fs.rmSync(dir, { recursive: true, force: true })
    },
  }
}
