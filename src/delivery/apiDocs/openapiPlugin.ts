import type { Config, Endpoint, PayloadHandler, Plugin } from 'payload'

type OpenapiOptions = {
  openapiVersion: '3.0' | '3.1'
  metadata: { title: string; version: string; description?: string }
  filters?: { hideInternalCollections?: boolean; excludeCollections?: string[]; excludeGlobals?: string[] }
}

/**
 * payload-oapi's endpoints — GET /api/openapi.json (generated from the collection configs) and an
 * interactive page at GET /api/docs — loaded on first use: payload-oapi pulls in a CommonJS package
 * that require()s an ES module, which Node 20 handles at run time but jest's module runtime cannot
 * load at all, so importing it with the config would break every in-process test.
 */
export const apiDocsPlugin =
  (options: OpenapiOptions) =>
  (config: Config): Config => {
    const lazy = (pick: (lib: typeof import('payload-oapi')) => Plugin, path: string): PayloadHandler => {
      let handler: PayloadHandler | undefined
      return async (req) => {
        if (!handler) {
          const lib = await import('payload-oapi')
          // Cast: only the plugin's endpoints are wanted, so it is given an empty config, not a full one.
          const endpoints = (await pick(lib)({ endpoints: [] } as unknown as Config)).endpoints as Endpoint[]
          handler = endpoints.find((endpoint) => endpoint.path === path)!.handler
        }
        return handler(req)
      }
    }
    return {
      ...config,
      endpoints: [
        ...(config.endpoints ?? []),
        { path: '/openapi.json', method: 'get', handler: lazy((lib) => lib.openapi(options), '/openapi.json') },
      ],
    }
  }
