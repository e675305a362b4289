import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { zh } from '@payloadcms/translations/languages/zh'
import depthLimit from 'graphql-depth-limit'
import { buildConfig } from 'payload'

import { openapiEndpoint } from './delivery/apiDocs/openapiEndpoint'
import { adminPreviewPlugin } from './delivery/preview/adminPreview'
import { previewEndpoint } from './delivery/preview/previewEndpoint'
import { auditFailedLogin } from './workflow/audit/authHooks'
import { ZONE_TIME_ZONE } from './content/fields/timezone'
import { auditLogPlugin } from './workflow/audit/hooks'
import { Announcements } from './content/collections/Announcements'
import { Events } from './content/collections/Events'
import { Inquiries } from './promotion/Inquiries'
import { Opportunities } from './promotion/Opportunities'
import { Policies } from './content/collections/Policies'
import { ApiKeys } from './workflow/accounts/ApiKeys'
import { AuditLog } from './workflow/audit/AuditLog'
import { Industries } from './content/collections/Industries'
import { boundedSharp, Media } from './content/media/Media'
import { Parks } from './content/collections/Parks'
import { Users } from './workflow/accounts/Users'
import { lockedAccountTranslations } from './workflow/accounts/loginLock'
import { databaseAdapter } from './database/adapter'
import { wrapAdapter } from './database/wrapAdapter'
import { emailAdapter } from './database/email'
import { corsOrigins, resolveSecret, serverURL } from './env'
import { contentPlugins } from './content/plugins/index'
import { seoLabels } from './content/plugins/seoLabels'
import { ensureTextIndex } from './delivery/search/textIndex'
import { searchEndpoint } from './delivery/search/searchEndpoint'
import { sitemapEndpoint } from './delivery/feeds/sitemapEndpoint'
import { Navigation } from './content/globals/Navigation'
import { SiteSettings } from './content/globals/SiteSettings'
import { ZoneProfile } from './content/globals/ZoneProfile'
import { jobsConfig } from './database/jobs'
import { mediaStorage } from './database/storage'
import { frontendWebhooksPlugin } from './delivery/webhooks/plugin'
import { answerClientErrors } from './http/answerClientErrors'
import { rejectMalformedData } from './http/rejectMalformedData'
import { readModelPlugin } from './delivery/readModel/plugin'
import { enforceTrust } from './workflow/access/enforceTrust'
import { refuseDisabledKeys } from './workflow/access/apiKeys'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const GRAPHQL_MAX_DEPTH = 8

// Access to every collection and global comes from one declaration (src/workflow/access/trust.ts), applied to
// the finished config so that the collections Payload and its plugins add are covered too.
export default buildConfig({
  serverURL: serverURL(),
  secret: resolveSecret(),
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · 金桥开发区 Jinqiao CMS' },
    importMap: { baseDir: dirname },
    dateFormat: 'yyyy-MM-dd HH:mm',
    // Dates are stored and served as UTC ISO-8601; the panel shows and takes them in Beijing time.
    timezones: {
      defaultTimezone: ZONE_TIME_ZONE,
      supportedTimezones: [{ label: '北京时间 Beijing (UTC+8)', value: ZONE_TIME_ZONE }],
    },
    components: {
      afterNavLinks: ['/admin/CalendarNavLink#CalendarNavLink'],
      // Key figures, next publications, items in review and new inquiries, above the collection cards.
      beforeDashboard: ['/admin/ZoneDashboard#ZoneDashboard'],
      views: {
        calendar: { Component: '/admin/EditorialCalendar#EditorialCalendar', path: '/calendar' },
      },
    },
    // No Gravatar: the panel makes no requests to third-party hosts.
    avatar: 'default',
  },
  collections: [
    Parks,
    Industries,
    Announcements,
    Policies,
    Opportunities,
    Events,
    Inquiries,
    Media,
    Users,
    ApiKeys,
    AuditLog,
  ],
  globals: [SiteSettings, ZoneProfile, Navigation],
  localization: {
    // Each language falls back to the other: an item written only in English still shows to Chinese readers.
    locales: [
      { code: 'zh', label: '中文', fallbackLocale: 'en' },
      { code: 'en', label: 'English', fallbackLocale: 'zh' },
    ],
    defaultLocale: 'zh',
    fallback: true,
  },
  i18n: {
    supportedLanguages: { zh, en },
    fallbackLanguage: 'zh',
    // A locked-out user is told for how long and what to do.
    translations: lockedAccountTranslations,
  },
  editor: lexicalEditor(),
  db: databaseAdapter(),
  sharp: boundedSharp,
  jobs: jobsConfig,
  // GET /api/openapi.json is built from the configs and these endpoints' own declarations (delivery/apiDocs).
  endpoints: [sitemapEndpoint, searchEndpoint, openapiEndpoint, previewEndpoint],
  email: emailAdapter(),
  hooks: { afterError: [auditFailedLogin, answerClientErrors] },
  onInit: async (payload) => {
    refuseDisabledKeys(payload)
    // The adapter and jobs changes, in their order: src/database/wrapAdapter.ts.
    wrapAdapter(payload)
    // The search's text index, where the adapter keeps it outside the schema (delivery/search/textIndex.ts).
    await ensureTextIndex(payload)
  },
  plugins: [
    // First, so that the audit log and webhooks also see the collections they add.
    ...contentPlugins(),
    // The SEO plugin's fields are labelled in English only: give them Chinese labels too.
    seoLabels,
    auditLogPlugin,
    frontendWebhooksPlugin,
    // Snapshots of published documents for fast public reads (see src/delivery/readModel); after the plugins above.
    readModelPlugin,
    // Refuses data of the wrong shape in every collection added above (see the plugin).
    rejectMalformedData,
    // The Preview button and live preview on the website, with a signed single-document token (delivery/preview).
    adminPreviewPlugin,
    // Media on S3-compatible storage when S3_BUCKET is set (see storage.ts); on the local disk otherwise.
    mediaStorage(),
  ],
  graphQL: {
    schemaOutputFile: path.resolve(dirname, 'generated-schema.graphql'),
    // Bounded queries: an alias or depth bomb is refused before it reaches the database.
    maxComplexity: 1_000,
    validationRules: () => [depthLimit(GRAPHQL_MAX_DEPTH)],
    disablePlaygroundInProduction: process.env.GRAPHQL_PLAYGROUND !== 'true',
    disableIntrospectionInProduction: process.env.GRAPHQL_INTROSPECTION !== 'true',
  },
  // Lists stay small unless a client asks for more: relationships are populated one level deep.
  defaultDepth: 1,
  maxDepth: 10,
  // The frontend's origins (CORS_ORIGINS, comma-separated) may call the API from browsers, with cookies.
  // X-Altcha: the inquiry form's anti-robot solution, for multipart posts (promotion/Inquiries/challenge.ts).
  cors: { origins: corsOrigins(), headers: ['X-Altcha'] },
  csrf: corsOrigins(),
  typescript: {
    outputFile: path.resolve(dirname, 'payload-types.ts'),
    // Types are generated by `npm run generate:types` and committed, not rewritten on every start.
    autoGenerate: false,
  },
  logger: { options: { level: process.env.PAYLOAD_LOG_LEVEL || 'info' } },
  telemetry: false,
}).then(enforceTrust)
