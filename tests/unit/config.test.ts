import fs from 'node:fs'
import path from 'node:path'

import { documentedVariables, shown } from '../../scripts/check-config'
import { productionProblems } from '../../src/env'

const root = path.resolve(import.meta.dirname, '../..')
const production = {
  NODE_ENV: 'production',
  PUBLIC_SERVER_URL: 'https://cms.example.test',
  PUBLIC_SITE_URL: 'https://www.example.test',
}

describe('what stops a production start', () => {
  it('nothing, when the public addresses are set and webhooks are signed', () => {
    expect(productionProblems(production)).toEqual([])
    expect(
      productionProblems({ ...production, WEBHOOK_URLS: 'https://www.example.test/hook', WEBHOOK_SECRET: 's' }),
    ).toEqual([])
  })

  it('nothing outside production, whatever is missing', () => {
    expect(productionProblems({ NODE_ENV: 'development', WEBHOOK_URLS: 'https://x.test' })).toEqual([])
    expect(productionProblems({})).toEqual([])
  })

  it('a missing or malformed public address, naming the variable to set', () => {
    const problems = productionProblems({ NODE_ENV: 'production', PUBLIC_SITE_URL: 'www.example.test' })
    expect(problems).toHaveLength(2)
    expect(problems[0]).toMatch(/^set PUBLIC_SERVER_URL to/)
    expect(problems[1]).toMatch(/^PUBLIC_SITE_URL must be an http\(s\) address .* not "www\.example\.test"/)
  })

  it('webhooks without a secret: they would go out unsigned', () => {
    expect(productionProblems({ ...production, WEBHOOK_URLS: 'https://www.example.test/hook' })).toEqual([
      expect.stringMatching(/^set WEBHOOK_SECRET/),
    ])
  })
})

describe('npm run check:config', () => {
  const example = fs.readFileSync(path.join(root, '.env.example'), 'utf8')

  it('knows every variable the code reads, from .env.example', () => {
    const documented = new Set(documentedVariables(example).map((v) => v.name))
    const read = new Set<string>()
    const visit = (dir: string) => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) visit(file)
        else if (/\.tsx?$/.test(entry.name))
          for (const [, name] of fs.readFileSync(file, 'utf8').matchAll(/process\.env\.([A-Z][A-Z0-9_]+)/g))
            read.add(name!)
      }
    }
    visit(path.join(root, 'src'))
    // Set by Node, npm or Next, not by an operator.
    for (const name of ['NODE_ENV', 'NODE_OPTIONS', 'NEXT_PHASE', 'PROJECT_ROOT']) read.delete(name)
    expect([...read].filter((name) => !documented.has(name))).toEqual([])
    expect(read.size).toBeGreaterThan(20)
  })

  it('masks secrets, and passwords inside addresses', () => {
    expect(shown('PAYLOAD_SECRET', 'abcdef')).toBe('**** (6 characters)')
    expect(shown('SEED_ADMIN_PASSWORD', 'pw')).not.toContain('pw')
    expect(shown('SMTP_URL', 'smtps://mail%40x.test:hunter2@smtp.x.test:465')).toBe(
      'smtps://mail%40x.test:***@smtp.x.test:465',
    )
    expect(shown('DATABASE_URL', 'postgres://app:s3cret@db:5432/zone')).toBe('postgres://app:***@db:5432/zone')
    expect(shown('PUBLIC_SITE_URL', 'https://www.example.test')).toBe('https://www.example.test')
  })
})
