/**
 * Payload's stock REST route, as the Payload template ships it. In this project Express answers /api/**
 * before Next is asked (see src/server.ts), so this route only serves when the Next app runs on its own
 * (`next start`): `npm run bench` does that to measure stock Payload against our API.
 */
import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
