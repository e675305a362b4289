import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Express (src/server.ts) compresses responses and sets security headers.
  compress: false,
  poweredByHeader: false,
  // Keep Payload and the database drivers out of Next's server bundle, so that the admin panel and the
  // Express API share one Payload instance (and one database connection) in the same process.
  serverExternalPackages: [
    'payload',
    '@payloadcms/db-mongodb',
    '@payloadcms/db-postgres',
    '@payloadcms/db-sqlite',
    '@payloadcms/drizzle',
    '@payloadcms/graphql',
  ],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
