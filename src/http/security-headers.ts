import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest, HookHandlerDoneFunction, RouteOptions } from 'fastify';
import helmet, { type HelmetOptions } from 'helmet';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** helmet options for this route, merged over the API's (a page or the docs need a CSP of their own). */
    helmet?: HelmetOptions;
    /** Computed from `helmet` when the route is added; do not set it by hand. */
    securityHeaders?: SecurityHeaders;
  }
}

export type SecurityHeaders = Readonly<Record<string, string>>;

/** The API serves JSON only: its pages may load nothing and be framed by no one. */
export const API_HELMET: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
};

/**
 * The headers helmet sets for these options, computed once by running helmet itself on a recording response.
 * Our options are static (no per-request CSP nonces), so the answer never changes: @fastify/helmet re-parsed
 * them on every request (about 4% of an authenticated request's CPU in the profile).
 */
export function securityHeadersFor(options: HelmetOptions): SecurityHeaders {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let failure: unknown;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return Object.freeze(headers);
}

/** What every API answer carries, also those written where no hook ran (src/http/problem.ts). */
export const API_SECURITY_HEADERS = securityHeadersFor(API_HELMET);

/**
 * Sets the security headers on every answer, from the first onRequest hook on: the API's, or the route's own
 * (`config.helmet`), each computed once when the route is added.
 */
export function registerSecurityHeaders(app: FastifyInstance): void {
  const computed = new Map<HelmetOptions, SecurityHeaders>();
  app.addHook('onRoute', (route: RouteOptions) => {
    const own = route.config?.helmet;
    if (!own) return;
    let headers = computed.get(own);
    if (!headers) {
      headers = securityHeadersFor({ ...API_HELMET, ...own } as HelmetOptions);
      computed.set(own, headers);
    }
    route.config = { ...route.config, securityHeaders: headers };
  });
  app.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: HookHandlerDoneFunction) => {
    reply.headers(request.routeOptions.config.securityHeaders ?? API_SECURITY_HEADERS);
    done();
  });
}
