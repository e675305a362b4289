/**
 * `npm run check:config`: the configuration this process would start with — every variable
 * `.env.example` documents, as set in the environment or `.env`, secrets masked — and, with
 * NODE_ENV=production, what would stop a production start (exit code 1 then).
 */
import 'dotenv/config'

import fs from 'node:fs'
import path from 'node:path'

import { productionProblems, projectRoot } from '../src/env'

/** The variables `.env.example` documents, in its order, under its section titles. */
export function documentedVariables(example: string): { section: string; name: string }[] {
  let section = ''
  const found: { section: string; name: string }[] = []
  for (const line of example.split('\n')) {
    const title = /^# ── (.+?) ─/.exec(line)
    if (title) section = title[1]!
    const variable = /^#?\s*([A-Z][A-Z0-9_]+)=/.exec(line)
    if (variable && !found.some((v) => v.name === variable[1])) found.push({ section, name: variable[1]! })
  }
  return found
}

const SECRET = /SECRET|PASSWORD|TOKEN/

/** A value as it may be shown: secrets as ****, passwords inside URLs as ***. */
export function shown(name: string, value: string): string {
  if (SECRET.test(name)) return value ? `**** (${value.length} characters)` : ''
  return value.replace(/\/\/([^:/@]+):[^@/]*@/g, '//$1:***@')
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)
if (isMain) {
  const example = fs.readFileSync(path.join(projectRoot(), '.env.example'), 'utf8')
  let section = ''
  console.log(`NODE_ENV=${process.env.NODE_ENV ?? '(unset: development)'}`)
  for (const variable of documentedVariables(example)) {
    if (variable.section !== section) console.log(`\n${(section = variable.section)}`)
    const value = process.env[variable.name]
    console.log(
      `  ${variable.name.padEnd(36)} ${value === undefined ? '(unset: default)' : shown(variable.name, value)}`,
    )
  }
  const problems = productionProblems()
  if (problems.length) {
    console.error(`\n✖ A production start would stop: ${problems.join('; ')}.`)
    process.exit(1)
  }
  console.log(process.env.NODE_ENV === 'production' ? '\n✔ Nothing stops a production start.' : '')
}
