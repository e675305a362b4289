import { type Field, flattenAllFields, type SanitizedConfig } from 'payload'

import { MAX_NUMERIC_ID, whereChecker } from '../../src/http/checkWhere'

/** The `where` of a REST query, checked before Payload hands it to the database (a 500 there, a 400 here). */
const collection = (slug: string, fields: Field[]) => ({ slug, flattenedFields: flattenAllFields({ fields }) })
const config = {
  collections: [
    collection('announcements', [
      { name: 'title', type: 'text' },
      { name: 'category', type: 'select', options: ['news', 'notice', { label: 'Event', value: 'event' }] },
      { name: 'publishedAt', type: 'date' },
      { name: 'featured', type: 'checkbox' },
      { name: 'parks', type: 'relationship', relationTo: 'parks', hasMany: true },
      { name: 'related', type: 'relationship', relationTo: ['parks', 'industries'] },
      { name: 'seo', type: 'group', fields: [{ name: 'title', type: 'text' }] },
    ]),
    collection('parks', [
      { name: 'name', type: 'text' },
      { name: 'areaKm2', type: 'number' },
      { name: 'location', type: 'point' },
    ]),
  ],
  // Only the collections' fields are read: a whole sanitized config is not needed.
} as SanitizedConfig

const numericIds = whereChecker(config, 'number')
const textIds = whereChecker(config, 'text')
const problems = (where: unknown) => numericIds('announcements', where)

describe('where queries checked before the database sees them (whereChecker)', () => {
  it.each<[string, unknown]>([
    ['text', { title: { like: 'forum' } }],
    ['a date', { publishedAt: { greater_than: '2026-01-31T00:00:00Z' } }],
    ['an id', { id: { equals: '42' } }],
    ['ids in a list', { parks: { in: '1,2,3' } }],
    ['a choice', { category: { in: ['news', 'event'] } }],
    ['a checkbox', { featured: { equals: 'true' } }],
    ['no value', { publishedAt: { equals: 'null' }, parks: { equals: 'null' } }],
    ['an existence test', { category: { exists: 'false' } }],
    ['a field of a related park', { 'parks.areaKm2': { greater_than: '10' } }],
    ['a field of a group', { 'seo.title': { contains: 'Jinqiao' } }],
    ['branches', { or: [{ category: { equals: 'news' } }, { and: [{ featured: { equals: '1' } }] }] }],
  ])('accepts %s', (_, where) => {
    expect(problems(where)).toEqual([])
  })

  it(`refuses a numeric id that is a word or above ${MAX_NUMERIC_ID}`, () => {
    expect(problems({ id: { equals: 'abc' } })).toEqual([
      `where[id][equals]: "id" holds ids, whole numbers up to ${MAX_NUMERIC_ID}; got "abc".`,
    ])
    expect(problems({ id: { equals: String(MAX_NUMERIC_ID) } })).toEqual([])
    expect(problems({ id: { equals: String(MAX_NUMERIC_ID + 1) } })).toHaveLength(1)
  })

  it('refuses a word among the ids of a relationship, and through one (parks.id)', () => {
    expect(problems({ parks: { in: '1,two' } })).toEqual([
      `where[parks][in]: "parks" holds ids, whole numbers up to ${MAX_NUMERIC_ID}; got "two".`,
    ])
    expect(problems({ 'parks.id': { equals: 'x' } })).toHaveLength(1)
  })

  it('takes any text for ids on a database with text ids (MongoDB)', () => {
    expect(textIds('announcements', { id: { equals: '65f0c0ffee' }, parks: { in: 'a,b' } })).toEqual([])
  })

  it('refuses a date that is not one, with an example', () => {
    expect(problems({ publishedAt: { greater_than: 'tomorrow' } })).toEqual([
      'where[publishedAt][greater_than]: "publishedAt" is a date (ISO 8601, e.g. 2026-01-31T00:00:00Z); got "tomorrow".',
    ])
  })

  it('refuses a word for a number, also on a related document', () => {
    expect(problems({ 'parks.areaKm2': { less_than: 'big' } })).toEqual([
      'where[parks.areaKm2][less_than]: "parks.areaKm2" is a number; got "big".',
    ])
  })

  it('refuses a checkbox value other than true, false, 1 or 0', () => {
    expect(problems({ featured: { equals: 'yes' } })).toEqual([
      'where[featured][equals]: "featured" is true or false; got "yes".',
    ])
  })

  it("names a choice's options, and how to ask for items without one", () => {
    expect(problems({ category: { equals: 'press' } })).toEqual([
      'where[category][equals]: "category" is one of "news", "notice", "event"; got "press".',
    ])
    expect(problems({ category: { equals: 'null' } })[0]).toContain('(for items without one: [exists]=false)')
  })

  it('refuses text operators on fields that are not text, and order on a choice or checkbox', () => {
    expect(problems({ category: { like: 'ne' } })).toEqual([
      'where[category][like]: like compares text; "category" is not a text field (use equals or in).',
    ])
    expect(problems({ featured: { greater_than: '0' } })).toEqual([
      'where[featured][greater_than]: "featured" has no order (use equals or in).',
    ])
  })

  it('allows geo operators on points only', () => {
    const near = { near: '121.6,31.2,1000' }
    expect(numericIds('parks', { location: near })).toEqual([])
    expect(numericIds('parks', { name: near })).toEqual([
      'where[name][near]: near applies to point (location) fields only.',
    ])
  })

  it('refuses a list where one value is expected, and an object for a value', () => {
    expect(problems({ title: { equals: ['a', 'b'] } })).toEqual([
      'where[title][equals] takes one value; only in, not_in and all take a list.',
    ])
    expect(problems({ title: { in: [{ a: 1 }] } })).toEqual([
      'where[title][in] must be a value or a list of values, not an object.',
    ])
  })

  it('names the branch of an or/and a problem is in', () => {
    expect(problems({ or: [{ title: { equals: 'x' } }, { publishedAt: { equals: 'soon' } }] })[0]).toMatch(
      /^where\[or\]\[1\]\[publishedAt\]\[equals\]: /,
    )
  })

  it('leaves paths it cannot resolve to Payload (which refuses unknown fields itself)', () => {
    expect(problems({ nowhere: { equals: 'x' }, 'title.length': { greater_than: 'a' } })).toEqual([])
    expect(problems({ 'related.kind': { equals: 'x' } })).toEqual([])
  })

  it('checks createdAt and updatedAt as dates where it knows no collection', () => {
    expect(numericIds(undefined, { createdAt: { less_than: 'yesterday' }, title: { like: 'x' } })).toEqual([
      'where[createdAt][less_than]: "createdAt" is a date (ISO 8601, e.g. 2026-01-31T00:00:00Z); got "yesterday".',
    ])
  })

  it('stops at five problems', () => {
    const many = { or: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((word) => ({ id: { equals: word } })) }
    expect(problems(many)).toHaveLength(5)
  })
})
