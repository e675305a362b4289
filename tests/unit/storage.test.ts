import type { CollectionConfig, Config } from 'payload'

import { Media } from '../../src/content/media/Media'
import { ConfigError } from '../../src/env'
import { mediaStorage, s3Settings } from '../../src/database/storage'

const s3 = {
  S3_BUCKET: 'jinqiao-media',
  S3_ENDPOINT: 'http://127.0.0.1:9000',
  S3_ACCESS_KEY_ID: 'key',
  S3_SECRET_ACCESS_KEY: 'secret',
  S3_FORCE_PATH_STYLE: 'true',
}

async function mediaWith(env: Record<string, string>): Promise<CollectionConfig> {
  const config = await mediaStorage(env)({ collections: [Media] } as Config)
  return config.collections!.find((collection) => collection.slug === 'media')!
}
const fieldNames = (collection: CollectionConfig) =>
  collection.fields.flatMap((field) => ('name' in field ? [field.name] : []))
/** What the database schema is made of: each field's name, type and default. */
const columns = (collection: CollectionConfig) =>
  collection.fields.map((field) => [
    'name' in field ? field.name : null,
    field.type,
    'defaultValue' in field ? field.defaultValue : undefined,
  ])

describe('media storage (S3_* variables)', () => {
  it('keeps media on the local disk while S3_BUCKET is unset', async () => {
    expect(s3Settings({})).toBeUndefined()
    const media = await mediaWith({})
    expect(typeof media.upload === 'object' && media.upload.disableLocalStorage).toBeFalsy()
  })

  it('stores media in the bucket, not on disk, when S3_BUCKET is set', async () => {
    expect(s3Settings(s3)).toEqual({
      bucket: 'jinqiao-media',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'key', secretAccessKey: 'secret' },
    })
    const media = await mediaWith(s3)
    expect(typeof media.upload === 'object' && media.upload.disableLocalStorage).toBe(true)
    expect(media.hooks?.afterChange?.length).toBeGreaterThan(0)
  })

  it('gives the media collection the same fields either way, so migrations do not depend on the environment', async () => {
    expect(columns(await mediaWith(s3))).toEqual(columns(await mediaWith({})))
    expect(fieldNames(await mediaWith({}))).toEqual(expect.arrayContaining(['prefix', '_objectKey']))
  })

  it('refuses half a key pair', () => {
    expect(() => s3Settings({ S3_BUCKET: 'b', S3_ACCESS_KEY_ID: 'key' })).toThrow(ConfigError)
  })
})
