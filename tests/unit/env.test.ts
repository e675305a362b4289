import { ConfigError, databasePoolMax, resolveDatabase } from '../../src/env'

describe('DATABASE_URL chooses the database adapter', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./data/zone.db', 'sqlite'],
    ['postgres://postgres@127.0.0.1:5432/test', 'postgres'],
    ['postgresql://u:p@db/zone', 'postgres'],
    ['mongodb://localhost:27017/jinqiao', 'mongodb'],
    ['mongodb+srv://user:pw@cluster0.example.net/jinqiao', 'mongodb'],
  ])('%s → %s', (url, kind) => {
    expect(resolveDatabase(url).kind).toBe(kind)
  })

  it('puts the embedded database under data/ when DATABASE_URL is unset', () => {
    expect(resolveDatabase(undefined).url).toMatch(/^file:.*[/\\]data[/\\]jinqiao\.db$/)
  })

  it.each(['mysql://root@localhost/zone', 'redis://localhost', 'localhost:5432'])(
    'refuses %s with a message naming the accepted schemes',
    (url) => {
      expect(() => resolveDatabase(url)).toThrow(ConfigError)
      expect(() => resolveDatabase(url)).toThrow(/Use mongodb:\/\/…, postgres:\/\/… or file:…/)
    },
  )
})

describe('DATABASE_POOL_MAX sizes the PostgreSQL pool', () => {
  it('is 10 when unset or empty, the number when given', () => {
    expect(databasePoolMax(undefined)).toBe(10)
    expect(databasePoolMax(' ')).toBe(10)
    expect(databasePoolMax('25')).toBe(25)
    expect(databasePoolMax('3')).toBe(3)
  })

  it.each(['0', '2', '-3', '2.5', 'ten', '5000'])('refuses %p with a message naming the variable', (value) => {
    expect(() => databasePoolMax(value)).toThrow(ConfigError)
    expect(() => databasePoolMax(value)).toThrow(
      /DATABASE_POOL_MAX must be a whole number of connections from 3 to 1000/,
    )
  })
})
