import { slugify } from '../../src/content/fields/slug'

describe('slugify', () => {
  it.each([
    ['Jinqiao South Park', 'jinqiao-south-park'],
    ['  AI & Robotics: 2026 Forum!  ', 'ai-and-robotics-2026-forum'],
    ['Café Zürich', 'cafe-zurich'],
    ['金桥南区', ''],
    ['NEV/ICV — Intelligent Connected Vehicles', 'nev-icv-intelligent-connected-vehicles'],
  ])('%j → %j', (input, expected) => {
    expect(slugify(input)).toBe(expected)
  })

  it('keeps slugs to 96 characters without a trailing hyphen', () => {
    const slug = slugify('word '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})
