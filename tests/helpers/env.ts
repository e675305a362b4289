// Quiet, deterministic test processes: Payload's HMR socket off, no telemetry, test secrets.
process.env.DISABLE_PAYLOAD_HMR = 'true'
process.env.PAYLOAD_SECRET ??= 'test-secret-not-for-production'
process.env.LOG_LEVEL ??= 'silent'
process.env.PAYLOAD_LOG_LEVEL ??= 'error'
// Staff accounts the tests create sign in and work at once; the forced change has tests of its own.
process.env.FORCE_PASSWORD_CHANGE ??= 'false'
// And sign in with a password alone; two-factor sign-in has tests of its own (twoFactor.test.ts, e2e).
process.env.STAFF_2FA_ROLES ??= ''
