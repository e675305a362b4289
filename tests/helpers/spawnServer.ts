import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { freePort } from '../../scripts/lib/freePort'

const root = path.resolve(import.meta.dirname, '../..')

export type Spawned = {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
  /** Resolves when the server prints the line matching `pattern` (or rejects when it exits first). */
  waitFor: (pattern: RegExp, timeoutMs?: number) => Promise<void>
  /** SIGTERM if it still runs; resolves with its exit code. */
  stop: () => Promise<number | null>
}

/** A server on a free port of loopback: `base` is its address (http://127.0.0.1:port). */
export type Listening = Spawned & { port: number; base: string }

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
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited
  }
  return { child, stdout: () => out, stderr: () => err, exited, waitFor, stop }
}

/** spawnServer on a free port (PORT is set); does not wait for it to be ready. */
export async function spawnServerOnFreePort(env: Record<string, string | undefined>): Promise<Listening> {
  const port = await freePort()
  return { ...spawnServer({ ...env, PORT: String(port) }), port, base: `http://127.0.0.1:${port}` }
}

/**
 * spawnServer on a free port, resolved once it prints "Jinqiao CMS ready"; a server that is not
 * ready within `timeoutMs` (or exits first) is killed, and the error says what it printed.
 */
export async function bootServer(env: Record<string, string | undefined>, timeoutMs = 120_000): Promise<Listening> {
  const server = await spawnServerOnFreePort(env)
  try {
    await server.waitFor(/Jinqiao CMS ready/, timeoutMs)
  } catch (error) {
    server.child.kill('SIGKILL')
    throw error
  }
  return server
}
