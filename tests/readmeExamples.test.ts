/**
 * Every curl, fetch and SDK example of the README runs as written against a server with the seeded
 * zone (only the host is changed), and answers as the README says. An example that stops working
 * fails here, not on a frontend developer's first day.
 */
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { PayloadSDK } from '@payloadcms/sdk'
import ts from 'typescript'

import type { Config } from '../src/payload-types'
import { useTestApp } from './helpers/testApp'

const key = crypto.randomUUID()
const app = useTestApp({
  http: true,
  prepare: async (payload) => {
    // The sample policies, opportunities and events too (`npm run seed -- --samples`): examples refer to them.
    await (await import('../src/content/seed')).seed(payload, { log: () => undefined, samples: true })
    await payload.create({
      collection: 'api-keys',
      data: { name: 'Website (read)', scope: 'read', enableAPIKey: true, apiKey: key },
    })
  },
})

const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jinqiao-readme-'))
afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }))

type Block = { line: number; lang: string; code: string }
const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../README.md'), 'utf8')
const blocks: Block[] = [...readme.matchAll(/```(\w*)\n([\s\S]*?)```/g)].map((match) => ({
  line: readme.slice(0, match.index).split('\n').length,
  lang: match[1],
  code: match[2],
}))
const HOSTS = /https?:\/\/(localhost:3000|cms\.example)/
const here = (code: string) => code.replaceAll(new RegExp(HOSTS, 'g'), app.http.url)

const curlBlocks = blocks.filter((b) => b.lang === 'bash' && /^curl /m.test(b.code) && HOSTS.test(b.code))
const fetchBlocks = blocks.filter((b) => b.lang === 'js' && /await fetch\(/.test(b.code))
const sdkBlocks = blocks.filter((b) => b.lang === 'ts' && b.code.includes('@payloadcms/sdk'))

const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<Record<string, unknown>>

/** The names a snippet declares at the top level (`const x`, `const [x]`, `const { x, y }`). */
const declared = (code: string): string[] =>
  [...code.matchAll(/^const (?:(\w+)|\[([^\]]+)\]|\{([^}]+)\})/gm)].flatMap((m) =>
    (m[1] ?? m[2] ?? m[3]).split(',').map((name) => name.trim().split(':').pop()!.trim()),
  )

describe('the README’s examples', () => {
  it('finds the examples it runs', () => {
    expect(curlBlocks.length).toBeGreaterThanOrEqual(3)
    expect([fetchBlocks.length, sdkBlocks.length]).toEqual([2, 1])
  })

  it('every curl command runs as written and answers 200 with JSON', async () => {
    const commands: string[] = []
    for (const block of curlBlocks) {
      // Each call prints its body, then its status on a line of its own.
      const script = `curl() { command curl -sS -w '\\n@@status %{http_code}\\n' "$@"; }\n${here(block.code)}`
      // In a folder of its own (an example may write a file), with the website's key as the README says.
      const { stdout } = await promisify(execFile)('bash', ['-c', script], {
        maxBuffer: 20 * 1024 * 1024,
        cwd: workDir,
        env: { ...process.env, CMS_API_KEY: key },
      })
      const answers = stdout.split(/\n@@status (\d+)\n/)
      for (let i = 0; i + 1 < answers.length; i += 2) {
        commands.push(`README line ${block.line}: ${answers[i + 1]}`)
        expect([block.line, answers[i + 1], answers[i].slice(0, 200)]).toEqual([block.line, '200', expect.anything()])
        // Feeds answer XML or iCalendar, a download (-o) prints nothing; everything else JSON without errors.
        if (answers[i] === '' || /^(<\?xml|BEGIN:VCALENDAR)/.test(answers[i])) continue
        const body = JSON.parse(answers[i])
        expect([block.line, body.errors]).toEqual([block.line, undefined])
        if ('docs' in body) expect(Array.isArray(body.docs)).toBe(true)
      }
    }
    expect(commands.length).toBe(curlBlocks.reduce((n, b) => n + b.code.match(/^curl /gm)!.length, 0))
    // The schema download for GraphQL Code Generator wrote its file.
    expect(fs.readFileSync(path.join(workDir, 'schema.graphql'), 'utf8')).toMatch(/type Query/)
  })

  it('the bracket filter example finds the industry it names', async () => {
    const { stdout } = await promisify(execFile)('bash', [
      '-c',
      here(readme.match(/^curl -g '[^']*where\[slug\]\[equals\]=artificial-intelligence'/m)![0]),
    ])
    expect(JSON.parse(stdout).docs.map((doc: { slug: string }) => doc.slug)).toEqual(['artificial-intelligence'])
  })

  it('every fetch example runs and gets the status the README promises', async () => {
    for (const block of fetchBlocks) {
      const names = declared(block.code)
      const run = new AsyncFunction('fetch', `${block.code}\nreturn { ${names.join(', ')} }`)
      const seen: Response[] = []
      const result = await run((url: string, init?: RequestInit) =>
        fetch(here(url), init).then((response) => (seen.push(response), response)),
      )
      expect([block.line, seen.map((r) => r.status)]).toEqual([block.line, [expect.any(Number)]])
      expect([block.line, seen[0].status, seen[0].ok ? '' : await seen[0].clone().text()]).toEqual([
        block.line,
        seen[0].status,
        '',
      ])
      if ('docs' in result) expect(Array.isArray(result.docs)).toBe(true)
    }
  })

  it('the SDK example runs with the website key and reads what it says', async () => {
    for (const block of sdkBlocks) {
      const js = ts.transpileModule(block.code.replace(/^import .*$/gm, ''), {
        compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
      }).outputText
      const names = declared(js)
      const run = new AsyncFunction('PayloadSDK', 'process', `${here(js)}\nreturn { ${names.join(', ')} }`)
      const result = await run(PayloadSDK<Config>, { env: { CMS_API_KEY: key } })
      expect(names).toEqual(['cms', 'news', 'park', 'profile'])
      expect((result.park as { slug: string }).slug).toBe('south-park')
      expect((result.profile as { globalType: string }).globalType).toBe('zone-profile')
      expect(Array.isArray((result.news as { docs: unknown[] }).docs)).toBe(true)
    }
  })
})
