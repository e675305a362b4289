import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '../..')

export type Spawned = {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
  /** Resolves when the server prints the line matching `pattern` (or rejects when it exits first). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>
}

/** Starts `src/server.ts` the way `npm run dev` / `npm start` do, with the given environment. */
export function spawnServer(env: Record<string, string | undefined>, entry = 'src/server.ts'): Spawned {
  const merged: NodeJS.ProcessEnv = {
    ...process.env,
    SERVE_ADMIN: 'false',
    NODE_OPTIONS: '--no-deprecation --conditions=production',
    ...env,
  }
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete merged[key]
  // As `npm start` and the Dockerfile run it: node itself, so that signals reach the server directly.
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    cwd: root,
    env: merged,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (chunk) => (out += chunk))
  child.stderr!.on('data', (chunk) => (err += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const waitFor = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no ${pattern} within ${timeoutMs} ms:\n${out}\n${err}`)),
        timeoutMs,
      )
      const check = () => {
        if (pattern.test(out)) {
          clearTimeout(timer)
          resolve()
        }
      }
      child.stdout!.on('data', check)
      check()
      void exited.then((code) => {
        clearTimeout(timer)
        reject(new Error(`server exited (${code}) before ${pattern}:\n${out}\n${err}`))
      })
    })
  return { child, stdout: () => out, stderr: () => err, exited, waitFor }
}
