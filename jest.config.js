/**
 * Jest runs the TypeScript sources as native ES modules (Payload is ESM-only), compiled by SWC.
 * `npm test` sets NODE_OPTIONS=--experimental-vm-modules for that.
 * @type {import('jest').Config}
 */
export default {
  testEnvironment: 'node',
  // As package.json's scripts do with --conditions=production (see README, "Node 20 and Lexical").
  testEnvironmentOptions: { customExportConditions: ['production', 'node', 'node-addons'] },
  rootDir: '.',
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' },
        module: { type: 'es6' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/'],
  moduleNameMapper: { '^@payload-config$': '<rootDir>/src/payload.config.ts' },
  // Each test file boots its own Payload on its own database; two at a time fit this 2-core machine.
  maxWorkers: 2,
  testTimeout: 60_000,
  setupFiles: ['<rootDir>/tests/helpers/env.ts'],
}
