import type { GraphQLSchema } from 'graphql'
import { sanitizeFallbackLocale, type SanitizedConfig } from 'payload'

/**
 * Payload's GraphQL resolvers take a field's `locale` argument but keep the fallback worked out for
 * the request as a whole, which is the default language's: `Parks(locale: zh)` would fall back from
 * zh to zh, so text written only in English never reached Chinese readers. Each root field given a
 * locale and no fallbackLocale gets that locale's own fallback from the config (zh→en, en→zh), as
 * REST does for `?locale=`.
 */
export function withLocaleFallbacks(schema: GraphQLSchema, config: SanitizedConfig): GraphQLSchema {
  const localization = config.localization
  if (!localization) return schema
  for (const type of [schema.getQueryType(), schema.getMutationType()]) {
    for (const field of Object.values(type?.getFields() ?? {})) {
      const resolve = field.resolve
      if (!resolve || !field.args.some((arg) => arg.name === 'locale')) continue
      field.resolve = (source, args: Record<string, unknown>, context, info) => {
        const locale = args.locale
        if (typeof locale !== 'string' || args.fallbackLocale !== undefined) return resolve(source, args, context, info)
        const fallbackLocale = sanitizeFallbackLocale({ fallbackLocale: null, locale, localization })
        return resolve(source, { ...args, fallbackLocale: fallbackLocale || 'none' }, context, info)
      }
    }
  }
  return schema
}
