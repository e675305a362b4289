/**
 * The end-to-end suite (`npm run test:e2e`): the admin panel in Debian's Chromium against the built
 * production server. Kept apart from `npm test` (whose testMatch is tests/**), one file at a time.
 * @type {import('jest').Config}
 */
import base from '../jest.config.js'

export default {
  ...base,
  rootDir: '..',
  testMatch: ['<rootDir>/e2e/**/*.e2e.ts'],
  setupFiles: [],
  maxWorkers: 1,
  testTimeout: 90_000,
}
