import cors, { type FastifyCorsOptions } from '@fastify/cors';
import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import rateLimit, { type errorResponseBuilderContext } from '@fastify/rate-limit';
import type { FastifyInstance, onRequestHookHandler, RouteOptions } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { AppError } from '../errors.js';

export const AUTH_PREFIX = '/api/auth/';
export const DOCS_PREFIX = '/docs';
const RATE_LIMIT_NAMESPACE = 'gatehouse:rate-limit:';
const RATE_LIMIT_HEADERS = ['x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset'];

type HelmetRouteOptions = Omit<FastifyHelmetOptions, 'global'>;

/** `*` only when written; otherwise the exact origins listed, and nothing at all for the rest. */
function corsOptionsFor(origins: readonly string[]): FastifyCorsOptions {
  const wildcard = origins.includes('*');
  const allowed = new Set(origins);
  return {
    // A function (not a list) so refused origins get no CORS headers at all, not even credentials.
    origin: wildcard ? '*' : (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: !wildcard,
    methods: ['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'],
    allowedHeaders: ['Authorization', 'Content-Type', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', ...RATE_LIMIT_HEADERS],
    maxAge: 600,
  };
}

/** The API serves JSON only: its pages may load nothing and be framed by no one. */
const apiHelmet: FastifyHelmetOptions = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"], baseUri: ["'none'"], formAction: ["'none'"] },
  },
  frameguard: { action: 'deny' },
};

/** Swagger UI loads its own scripts and styles, sets inline styles, and fetches /docs/json. */
const docsHelmet: HelmetRouteOptions = {
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

const isAuthRoute = (route: RouteOptions): boolean => route.url.startsWith(AUTH_PREFIX);

/** Route options that helmet reads in its own onRoute hook, so this one must be added before helmet. */
function tuneRoute(config: Config, route: RouteOptions): void {
  if (route.url.startsWith(DOCS_PREFIX)) route.helmet ??= docsHelmet;
  if (isAuthRoute(route)) route.bodyLimit ??= config.http.authBodyLimit;
}

async function edge(app: FastifyInstance): Promise<void> {
  const { config } = app;
  app.addHook('onRoute', (route) => tuneRoute(config, route));
  if (config.http.corsOrigins.length > 0) await app.register(cors, corsOptionsFor(config.http.corsOrigins));
  await app.register(helmet, apiHelmet);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: rateLimitedError,
    // Redis down should not take login down with it: lockout (in the database) still bounds guessing.
    skipOnError: true,
    ...(app.redis ? { redis: app.redis, nameSpace: RATE_LIMIT_NAMESPACE } : {}),
  });
  // One limiter for all of /api/auth/*: a client IP has one budget, not one per route.
  const limitAuth = app.rateLimit({ max: config.http.authRateLimitMax, timeWindow: config.http.authRateLimitWindowSeconds * 1000 });
  app.addHook('onRoute', (route) => {
    if (isAuthRoute(route)) route.onRequest = [...[route.onRequest ?? []].flat(), limitAuth];
  });
}

/** CORS, security headers, per-IP rate limits and body limits on /api/auth/*. Register before routes. */
export default fp(edge, { name: 'edge', fastify: '5.x' });
