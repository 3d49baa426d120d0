import cors, { type FastifyCorsOptions } from '@fastify/cors';
import rateLimit, { type errorResponseBuilderContext, type FastifyRateLimitOptions, normalizeIP, type RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest, onRequestHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { HelmetOptions } from 'helmet';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';
import { administersOther } from '../account/actor.js';
import { redisStoreKeyedBy } from './rate-limit-store.js';
import { registerSecurityHeaders } from './security-headers.js';

export const AUTH_PREFIX = '/api/auth/';
export const DOCS_PREFIX = '/docs';
const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

/** `*` only when written; otherwise the exact origins listed, and nothing at all for the rest. */
function corsOptionsFor(origins: readonly string[], csrfHeaders: readonly string[]): FastifyCorsOptions {
  const wildcard = origins.includes('*');
  const allowed = new Set(origins);
  return {
    // A function (not a list) so refused origins get no CORS headers at all, not even credentials.
    origin: wildcard ? '*' : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: !wildcard,
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id', ...csrfHeaders],
    exposedHeaders: ['X-Request-Id', 'Retry-After', ...RATE_LIMIT_HEADERS],
    maxAge: 600,
  };
}

/** Swagger UI loads its own scripts and styles, sets inline styles, and fetches /docs/json. */
export const DOCS_HELMET: HelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: ["'self'"],
      baseUri: ["'self'"],
      connectSrc: ["'self'"],
      fontSrc: ["'self'", 'data:'],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      imgSrc: ["'self'", 'data:'],
      objectSrc: ["'none'"],
      scriptSrc: ["'self'"],
      scriptSrcAttr: ["'none'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
    },
  },
};

function rateLimitedError(_request: unknown, context: errorResponseBuilderContext): AppError {
  return new AppError('rate_limited', { retryAfter: context.ttl / 1000 });
}

declare module 'fastify' {
  interface FastifyInstance {
    /** onRequest hooks that routes list explicitly, each with its own budget. */
    limits: {
      /** Per IP: login, register and every other credential check under /api/auth/ share one strict budget. */
      credentials: onRequestHookHandler;
      /** Per IP: token refresh, a larger budget of its own so refreshing tabs never starve logins. */
      refresh: onRequestHookHandler;
      /** Per user and per IP (after `app.authenticate`): changes of one's own username, email or password. */
      selfService: onRequestHookHandler[];
    };
  }
}

/**
 * An admin changing someone else's account (`/:id` naming another user) is administration, not self-service.
 * Acting on oneself (`/me/...`, or one's own id) is self-service whatever one's role.
 */
function isAdministration(request: FastifyRequest): boolean {
  const { id } = (request.params ?? {}) as { id?: string };
  // Read as the route's schema will read it ("01" is 1): only an id that names someone else is administration.
  return request.actor !== null && id !== undefined && administersOther(request.actor, Number(id));
}

/** Route options that the security headers' onRoute hook reads, so this one must be added before it. */
function tuneRoute(config: Config, route: RouteOptions): void {
  if (route.url.startsWith(DOCS_PREFIX) && !route.config?.helmet) route.config = { ...route.config, helmet: DOCS_HELMET };
  if (route.url.startsWith(AUTH_PREFIX)) route.bodyLimit ??= config.http.authBodyLimit;
}

async function protections(app: FastifyInstance): Promise<void> {
  const { config } = app;
  app.addHook('onRoute', (route) => tuneRoute(config, route));
  const { cookies } = config.tokenLocation;
  const csrfHeaders = cookies ? [...new Set([cookies.csrfHeaders.access, cookies.csrfHeaders.refresh])] : [];
  if (config.http.corsOrigins.length > 0) await app.register(cors, corsOptionsFor(config.http.corsOrigins, csrfHeaders));
  registerSecurityHeaders(app);
  const { http } = config;
  const pluginOptions: FastifyRateLimitOptions = {
    global: false,
    errorResponseBuilder: rateLimitedError,
    // Redis down should not take login down with it: the lockout (in the database) still bounds guessing.
    skipOnError: true,
    ...(app.redis ? { store: redisStoreKeyedBy(app.redis, `${config.redisKeyPrefix}rate-limit:`) } : {}),
  };
  // Limiters share one key space (in Redis too): each prefixes its keys with its own name. IPv6 counts per /64.
  const perIp = (name: string) => (request: FastifyRequest) => `${name}:${normalizeIP(request.ip)}`;
  app.decorate('limits', {
    credentials: await limiter(app, pluginOptions, { max: http.authRateLimitMax, timeWindow: http.authRateLimitWindowSeconds * 1000, keyGenerator: perIp('credentials') }),
    refresh: await limiter(app, pluginOptions, { max: http.refreshRateLimitMax, timeWindow: http.authRateLimitWindowSeconds * 1000, keyGenerator: perIp('refresh') }),
    selfService: [
      await limiter(app, pluginOptions, {
        max: http.selfServiceRateLimitMax,
        timeWindow: http.selfServiceRateLimitWindowSeconds * 1000,
        keyGenerator: (request) => `self-service-user:${request.actor?.user.id ?? 'anonymous'}`,
        allowList: isAdministration,
      }),
      await limiter(app, pluginOptions, { max: http.authRateLimitMax, timeWindow: http.authRateLimitWindowSeconds * 1000, keyGenerator: perIp('self-service-ip'), allowList: isAdministration }),
    ],
  });
}

/**
 * One limiter, in a plugin instance of its own: @fastify/rate-limit runs only the first of its limiters on a
 * request, so two budgets on one route (per user and per IP) need two instances.
 */
async function limiter(app: FastifyInstance, pluginOptions: FastifyRateLimitOptions, options: RateLimitOptions): Promise<onRequestHookHandler> {
  let hook: onRequestHookHandler | undefined;
  await app.register(async (scope) => {
    await scope.register(rateLimit, pluginOptions);
    hook = scope.rateLimit(options);
  });
  if (!hook) throw new Error('rate limiter was not created');
  return hook;
}

/** CORS, security headers, rate limiters (`app.limits`) and body limits on /api/auth/*; routes depend on it. */
export default fp(protections, { name: 'protections', fastify: '5.x', dependencies: ['config', 'redis'] });
