import type { NextFunction, Request, Response } from 'express'
import { match } from 'path-to-regexp'
import type { SanitizedConfig } from 'payload'
import * as qs from 'qs-esm'

import { isAnonymous } from '../workflow/access/principal'
import { isNumericIdText, whereChecker } from './checkWhere'

type Problem = string

const WHOLE = /^\d+$/
/** The most documents one list request returns. */
export const MAX_LIMIT = 100

function checkQuery(query: Record<string, unknown>, locales: string[], staffClient: boolean): Problem[] {
  const problems: Problem[] = []
  const whole = (name: string, min: number, max = Number.MAX_SAFE_INTEGER) => {
    const value = query[name]
    if (value === undefined) return
    if (typeof value !== 'string' || !WHOLE.test(value) || Number(value) < min || Number(value) > max) {
      const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`
      problems.push(`"${name}" must be a whole number ${range}; got ${JSON.stringify(value)}.`)
    }
  }
  const oneOf = (name: string, allowed: string[]) => {
    const value = query[name]
    if (value !== undefined && (typeof value !== 'string' || !allowed.includes(value))) {
      problems.push(
        `"${name}" must be one of ${allowed.map((a) => `"${a}"`).join(', ')}; got ${JSON.stringify(value)}.`,
      )
    }
  }
  const object = (name: string, example: string) => {
    const value = query[name]
    if (value !== undefined && (typeof value !== 'object' || value === null)) {
      problems.push(`"${name}" must be given in bracket form, for example ${example}; got ${JSON.stringify(value)}.`)
    }
  }
  // The public gets at most MAX_LIMIT per page; staff tools (signed in) may ask for more, or 0 = all.
  if (staffClient) whole('limit', 0)
  else whole('limit', 1, MAX_LIMIT)
  whole('page', 1)
  whole('depth', 0, 10)
  for (const flag of ['draft', 'pagination', 'trash']) oneOf(flag, ['true', 'false'])
  oneOf('locale', [...locales, 'all'])
  oneOf('fallbackLocale', [...locales, 'none', 'false', 'null'])
  // Events' list: ?when=upcoming or ?when=past.
  oneOf('when', ['upcoming', 'past'])
  object('where', 'where[slug][equals]=south-park')
  object('select', 'select[title]=true')
  object('populate', 'populate[media][alt]=true')
  object('joins', 'joins[parks][limit]=5')
  const sort = query.sort
  if (
    sort !== undefined &&
    typeof sort !== 'string' &&
    !(Array.isArray(sort) && sort.every((s) => typeof s === 'string'))
  ) {
    problems.push(`"sort" must be a field name such as sort=-publishedAt, or a comma-separated list of them.`)
  }
  return problems
}

/** The query string of an API request's address (`url`: path and query, as received), parsed as Payload parses it. */
export function apiQuery(url: string): Record<string, unknown> {
  const search = url.includes('?') ? url.slice(url.indexOf('?') + 1) : ''
  return search ? (qs.parse(search, { depth: 10, ignoreQueryPrefix: true }) as Record<string, unknown>) : {}
}

/**
 * The problems of an API request's query — what validateApiRequest answers with a 400 — for the
 * collection `slug`: a signed-in client (`staffClient`) may ask for more per page. Also asked by the
 * read model's answers given before Express (src/delivery/readModel/fastPath.ts).
 */
export function apiQueryChecker(config: SanitizedConfig, idType: 'number' | 'text') {
  const locales = config.localization ? config.localization.localeCodes : []
  const checkWhere = whereChecker(config, idType)
  return (slug: string | undefined, url: string, staffClient: boolean) => {
    // No field holds a NUL character, and PostgreSQL refuses one in a query (a 500 otherwise).
    if (/%00/.test(url)) return ['The address contains a NUL character (%00), which no field can hold.']
    const query = apiQuery(url)
    const problems = checkQuery(query, locales, staffClient)
    if (!problems.length && query.where) problems.push(...checkWhere(slug, query.where))
    return problems
  }
}

/**
 * Checks REST query parameters and document ids before Payload sees them. Payload silently ignores
 * some malformed parameters (limit=abc) and answers others with a 500 (a non-numeric id on SQL
 * databases, where=abc); a frontend developer gets a 400 or 404 that says what to fix instead.
 */
export function validateApiRequest(config: SanitizedConfig, idType: 'number' | 'text') {
  const collections = new Map<string, SanitizedConfig['collections'][number]>(
    config.collections.map((c) => [c.slug, c]),
  )
  const validId = (id: string) =>
    idType === 'number' ? isNumericIdText(id) : /^[0-9a-f]{24}$/i.test(id) || /^[\w-]{1,64}$/.test(id)
  const matchers = new Map<string, ((path: string) => false | { params: Record<string, unknown> })[]>()

  const queryProblems = apiQueryChecker(config, idType)

  return (req: Request, res: Response, next: NextFunction): void => {
    try {
      decodeURIComponent(req.path)
    } catch {
      res.status(400).json({ errors: [{ message: 'The address contains a malformed %-escape.' }] })
      return
    }
    // Mounted under the API route: req.path is /<collection>/…
    const [slug, ...rest] = req.path.slice(1).split('/')
    const collection = slug ? collections.get(slug) : undefined
    // Signed in, as authentication decided (http/authenticate.ts): a bogus credential gets the public cap.
    const problems = queryProblems(collection?.slug, req.originalUrl, !isAnonymous(req))
    if (problems.length) {
      res.status(400).json({ errors: problems.map((message) => ({ message })) })
      return
    }
    if (slug === 'globals' && rest[1] === 'versions') {
      const global = config.globals.find((g) => g.slug === rest[0])
      if (global && !global.versions) {
        res.status(404).json({ errors: [{ message: `The ${global.slug} global keeps no versions.` }] })
        return
      }
    }
    if (collection && rest[0] === 'versions' && !collection.versions) {
      res.status(404).json({ errors: [{ message: `The ${slug} collection keeps no versions.` }] })
      return
    }
    if (collection && rest.length && Array.isArray(collection.endpoints)) {
      const method = req.method.toLowerCase()
      const subPath = `/${rest.join('/')}`
      const endpoints = collection.endpoints.filter(
        (e) => e.method === method || (method === 'head' && e.method === 'get'),
      )
      let compiled = matchers.get(`${slug}:${method}`)
      if (!compiled) {
        compiled = endpoints.map((e) => match(e.path, { decode: decodeURIComponent }))
        matchers.set(`${slug}:${method}`, compiled)
      }
      for (const matcher of compiled) {
        const result = matcher(subPath)
        if (!result) continue
        const id = result.params.id
        if (typeof id === 'string' && !validId(id)) {
          res.status(404).json({
            errors: [
              {
                message: `There is no ${slug} document with the id "${id}". Ids here are ${idType === 'number' ? 'whole numbers' : 'MongoDB ObjectIds'}.`,
              },
            ],
          })
          return
        }
        break
      }
    }
    next()
  }
}
