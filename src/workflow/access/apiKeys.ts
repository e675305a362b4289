import type { Payload } from 'payload'

/**
 * A disabled key authenticates as nobody (a deleted one is not found at all): Payload's API-key
 * strategy knows nothing of our `enabled` field, so its answer is checked here. Called from onInit,
 * once Payload has built its strategies; everything that authenticates (Payload's handlers and
 * access/principal.ts) goes through them.
 */
export function refuseDisabledKeys(payload: Payload): void {
  for (const strategy of payload.authStrategies) {
    if (strategy.name !== 'api-keys-api-key') continue
    const authenticate = strategy.authenticate
    strategy.authenticate = async (args) => {
      const result = await authenticate(args)
      return (result.user as { enabled?: boolean } | null)?.enabled === false ? { user: null } : result
    }
  }
}
