import { type Field, flattenAllFields } from 'payload'

import { collectRefs } from '../../src/delivery/readModel/references'

/**
 * An announcement's snapshot is rewritten when a document it shows changes: those documents are the
 * "collection:id" pairs collectRefs finds in its stored data (depth 0).
 */
const fields: Field[] = [
  { name: 'title', type: 'text' },
  { name: 'heroImage', type: 'upload', relationTo: 'media' },
  { name: 'parks', type: 'relationship', relationTo: 'parks', hasMany: true },
  { name: 'related', type: 'relationship', relationTo: ['parks', 'industries'], hasMany: true },
  { name: 'contact', type: 'group', fields: [{ name: 'photo', type: 'upload', relationTo: 'media' }] },
  { name: 'keyFigures', type: 'array', fields: [{ name: 'icon', type: 'upload', relationTo: 'media' }] },
  {
    type: 'tabs',
    tabs: [
      { name: 'seo', fields: [{ name: 'image', type: 'upload', relationTo: 'media' }] },
      { label: 'Content', fields: [{ name: 'body', type: 'richText' }] },
    ],
  },
]
const flattened = flattenAllFields({ fields })

const shown = (data: unknown): string[] => {
  const refs = new Set<string>()
  collectRefs(flattened, data, refs)
  return [...refs].sort()
}

describe('the documents a snapshot shows (collectRefs)', () => {
  it('a document showing nothing has no references', () => {
    expect(shown({ title: 'Jinqiao news', heroImage: null, parks: [], contact: {}, keyFigures: [] })).toEqual([])
  })

  it('names an upload and each park of a hasMany relationship, as stored ids', () => {
    expect(shown({ heroImage: 7, parks: [1, 2] })).toEqual(['media:7', 'parks:1', 'parks:2'])
  })

  it('takes the id of a populated document', () => {
    expect(shown({ heroImage: { id: 7, url: '/media/a.jpg' }, parks: [{ id: 1, name: 'South Park' }] })).toEqual([
      'media:7',
      'parks:1',
    ])
  })

  it('names the collection of each document of a polymorphic relationship', () => {
    expect(
      shown({
        related: [
          { relationTo: 'parks', value: 3 },
          { relationTo: 'industries', value: { id: 'ai' } },
        ],
      }),
    ).toEqual(['industries:ai', 'parks:3'])
  })

  it('finds documents inside groups, array rows and named tabs', () => {
    expect(shown({ contact: { photo: 8 }, keyFigures: [{ icon: 9 }, { icon: 10 }], seo: { image: 11 } })).toEqual([
      'media:10',
      'media:11',
      'media:8',
      'media:9',
    ])
  })

  it('finds uploads and internal links inside rich text', () => {
    const body = {
      root: {
        children: [
          { type: 'upload', relationTo: 'media', value: 12 },
          {
            type: 'paragraph',
            children: [{ type: 'link', fields: { linkType: 'internal', doc: { relationTo: 'parks', value: 4 } } }],
          },
        ],
      },
    }
    expect(shown({ body })).toEqual(['media:12', 'parks:4'])
  })

  it('counts a document shown twice once', () => {
    expect(
      shown({ heroImage: 7, contact: { photo: 7 }, parks: [1], related: [{ relationTo: 'parks', value: 1 }] }),
    ).toEqual(['media:7', 'parks:1'])
  })

  it('ignores values of fields it does not know and data that is not a document', () => {
    expect(shown({ park: 5, media: [6] })).toEqual([])
    expect(shown(null)).toEqual([])
    expect(shown('parks:1')).toEqual([])
  })
})
