/** Frontend URLs told about content changes (WEBHOOK_URLS, comma-separated) and the signing secret. */
export function webhookTargets(): { urls: string[]; secret: string } {
  const urls = (process.env.WEBHOOK_URLS ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter(Boolean)
  return { urls, secret: process.env.WEBHOOK_SECRET ?? '' }
}
