import type { ReadModelCollection } from '../../src/delivery/readModel/config'
import { listShape } from '../../src/delivery/readModel/fastPath'
import { MAX_LIMIT } from '../../src/http/validateApiRequest'

/**
 * Which anonymous list requests the read model answers (those it answers exactly as Payload would);
 * the rest go to Payload. `query` is the request's query string as qs parses it.
 */
const announcements: ReadModelCollection = { filters: ['slug', 'category'], current: true }
const parks: ReadModelCollection = { filters: ['slug'], current: false }
const options = { locales: ['zh', 'en'], defaultLocale: 'zh', defaultDepth: 1, defaultSort: '-publishedAt' }

describe('anonymous lists answered from the read model (listShape)', () => {
  it('a bare list is the default locale, ten newest first, page 1', () => {
    expect(listShape({}, announcements, options)).toEqual({
      lang: 'zh',
      limit: 10,
      page: 1,
      sort: '-publishedAt',
      filters: [],
    })
  })

  it('honours the locale, limit, page and the oldest-first sort asked for', () => {
    expect(
      listShape({ locale: 'en', limit: '25', page: '3', sort: 'publishedAt' }, announcements, options),
    ).toMatchObject({ lang: 'en', limit: 25, page: 3, sort: 'publishedAt' })
  })

  it(`takes up to ${MAX_LIMIT} items a page`, () => {
    expect(listShape({ limit: String(MAX_LIMIT) }, announcements, options)?.limit).toBe(MAX_LIMIT)
  })

  it('answers the default depth and draft=false as if they were not given', () => {
    expect(listShape({ depth: '1', draft: 'false' }, announcements, options)).toEqual(
      listShape({}, announcements, options),
    )
  })

  it("filters by equality on the collection's filter fields", () => {
    const where = { slug: { equals: 'ai-forum' }, category: { equals: 'news' } }
    expect(listShape({ where }, announcements, options)?.filters).toEqual([
      { field: 'slug', value: 'ai-forum' },
      { field: 'category', value: 'news' },
    ])
  })

  it('sorts by publishedAt when asked, in a collection sorted otherwise by default', () => {
    const byName = { ...options, defaultSort: 'name' }
    expect(listShape({}, parks, byName)).toBeUndefined()
    expect(listShape({ sort: '-publishedAt' }, parks, byName)?.sort).toBe('-publishedAt')
  })

  it.each<[string, Record<string, unknown>]>([
    ['every locale at once', { locale: 'all' }],
    ['a locale the site does not have', { locale: 'fr' }],
    ['a fallback locale', { 'fallback-locale': 'en' }],
    ['an empty page size', { limit: '0' }],
    ['more than the largest page', { limit: String(MAX_LIMIT + 1) }],
    ['a page size that is not a whole number', { limit: '2.5' }],
    ['page 0', { page: '0' }],
    ['a page beyond exact integers', { page: '9007199254740993' }],
    ['a page given twice', { page: ['1', '2'] }],
    ['another depth', { depth: '0' }],
    ['drafts', { draft: 'true' }],
    ['another sort', { sort: 'title' }],
    ['a choice of fields', { select: { title: 'true' } }],
    ['populated relationships chosen', { populate: { parks: { name: 'true' } } }],
    ['a filter on a field that is not a filter field', { where: { title: { equals: 'Forum' } } }],
    ['another operator', { where: { slug: { like: 'forum' } } }],
    ['two operators on one field', { where: { slug: { equals: 'a', not_equals: 'b' } } }],
    ['a list of values', { where: { slug: { equals: ['a', 'b'] } } }],
    ['the items without a value', { where: { category: { equals: 'null' } } }],
    ['an empty value', { where: { slug: { equals: '' } } }],
    ['a NUL character', { where: { slug: { equals: 'a\0b' } } }],
    ['an or of filters', { where: { or: [{ slug: { equals: 'a' } }, { slug: { equals: 'b' } }] } }],
    ['a where that is not an object', { where: 'slug' }],
  ])('leaves %s to Payload', (_, query) => {
    expect(listShape(query, announcements, options)).toBeUndefined()
  })

  it("leaves a filter on another collection's filter field to Payload", () => {
    expect(listShape({ where: { category: { equals: 'news' } } }, parks, options)).toBeUndefined()
  })
})
