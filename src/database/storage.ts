import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import { ConfigError } from '../env'

type Env = Record<string, string | undefined>

export type S3Settings = {
  bucket: string
  region: string
  endpoint?: string
  forcePathStyle: boolean
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/**
 * Reads the S3_* variables. Unset S3_BUCKET: media stay on the local disk (MEDIA_DIR). Without keys the
 * AWS SDK's own chain is used (instance role, AWS_* variables).
 */
export function s3Settings(env: Env = process.env): S3Settings | undefined {
  const bucket = env.S3_BUCKET?.trim()
  if (!bucket) return undefined
  const accessKeyId = env.S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new ConfigError('Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (to use the AWS SDK chain).')
  }
  return {
    bucket,
    region: env.S3_REGION?.trim() || 'us-east-1',
    endpoint: env.S3_ENDPOINT?.trim() || undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}

/**
 * Media on S3-compatible storage (AWS S3, MinIO, Aliyun OSS, Tencent COS…) through Payload's storage
 * adapter, when S3_BUCKET is set. The adapter's fields are inserted either way, so that the database
 * schema (and the committed migrations) and the admin import map do not depend on the environment.
 */
export function mediaStorage(env: Env = process.env): Plugin {
  const settings = s3Settings(env)
  return s3Storage({
    enabled: Boolean(settings),
    alwaysInsertFields: true,
    // An explicit (empty) prefix: the adapter then adds its `prefix` field whether enabled or not.
    collections: { media: { prefix: '' } },
    bucket: settings?.bucket ?? '',
    config: settings
      ? {
          region: settings.region,
          endpoint: settings.endpoint,
          forcePathStyle: settings.forcePathStyle,
          credentials: settings.credentials,
        }
      : {},
  })
}
