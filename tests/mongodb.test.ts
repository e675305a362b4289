/**
 * MongoDB is the production database. No MongoDB server can run on the CI machine, so this suite runs
 * only when a MongoDB URL is given: MONGODB_URL=mongodb://localhost:27017/jinqiao npm test
 * (or DATABASE_URL=mongodb://… npm test, which runs every suite on MongoDB).
 */

import { seed } from '../src/content/seed'
import { useTestApp } from './helpers/testApp'

const mongoUrl = [process.env.MONGODB_URL, process.env.DATABASE_URL].find((url) => url && /^mongodb(\+srv)?:/.test(url))

if (!mongoUrl) {
  process.stderr.write(
    '\n⚠⚠⚠ SKIPPED: MongoDB suite — no MongoDB URL given. Set MONGODB_URL=mongodb://host:27017/db to run it (docker compose up mongo). ⚠⚠⚠\n\n',
  )
}

const describeMongo = mongoUrl ? describe : describe.skip

describeMongo('on MongoDB', () => {
  const app = useTestApp({ http: true, baseUrl: mongoUrl })

  it('uses the MongoDB adapter', () => {
    expect(app.payload.db.name).toBe('mongoose')
  })

  it('seeds the zone and reads it in both languages', async () => {
    const en = await app.payload.find({ collection: 'parks', locale: 'en', where: { slug: { equals: 'south-park' } } })
    const zh = await app.payload.find({ collection: 'parks', locale: 'zh', where: { slug: { equals: 'south-park' } } })
    expect([zh.docs[0].name, en.docs[0].name]).toEqual(['金桥南区', 'Jinqiao South Park'])
    expect((await seed(app.payload, { log: () => undefined })).created).toBe(0)
  })

  it('hides drafts from anonymous readers over REST', async () => {
    await app.payload.create({
      collection: 'announcements',
      data: { title: 'Draft', slug: 'mongo-draft', category: 'news' },
      draft: true,
    })
    const body = await (await fetch(`${app.http.url}/api/announcements?draft=true`)).json()
    expect(body.docs.map((d: { slug: string }) => d.slug)).toEqual(['jinqiao-content-platform-launched'])
  })

  it('answers an id that is not an ObjectId with a 404', async () => {
    expect((await fetch(`${app.http.url}/api/parks/not%20an%20id`)).status).toBe(404)
  })

  it('searches through its text index, in Chinese without word breaks and in English by word beginnings', async () => {
    const slugs = async (query: string) => {
      const body = await (await fetch(`${app.http.url}/api/search?${query}`)).json()
      return body.docs.map((d: { slug: string }) => d.slug) as string[]
    }
    expect(await slugs(`q=${encodeURIComponent('南区')}&locale=zh`)).toContain('south-park')
    expect(await slugs(`q=${encodeURIComponent('区')}&locale=zh`)).toContain('south-park')
    expect(await slugs('q=sout&locale=en')).toContain('south-park')
    expect(await slugs(`q=${encodeURIComponent('区南')}&locale=zh`)).not.toContain('south-park')
  })
})
