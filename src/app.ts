import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { authenticationPlugin } from './http/authenticate.js';
import sessionCookies from './http/session-cookies.js';
import errorHandling, { clientErrorHandler, frameworkErrorHandler } from './http/error-handler.js';
import metrics from './http/metrics.js';
import openapi from './http/openapi.js';
import protections from './http/protections.js';
import requestId, { requestIdFor } from './http/request-id.js';
import requestRefusals from './http/request-refusals.js';
import validation from './http/validation.js';
import { requestChildLogger } from './logging.js';
import configPlugin from './plugins/app/config.js';
import database from './plugins/app/database.js';
import passwordMix from './plugins/app/password-mix.js';
import purgeTimer from './plugins/app/purge-timer.js';
import services from './plugins/app/services.js';
import redis from './plugins/external/redis.js';
import loadShedding from './plugins/external/under-pressure.js';
import routes from './routes/index.js';

export interface BuildAppOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
}

/** Builds the whole application from its config. Opens connections, but listens on nothing. */
export async function buildApp({ config, logger, clock = systemClock }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    childLoggerFactory: requestChildLogger as unknown as FastifyServerOptions['childLoggerFactory'],
    genReqId: requestIdFor,
    trustProxy: config.http.trustProxy,
    bodyLimit: config.http.bodyLimit,
    // Requests arriving while shutting down are refused in the error contract (http/request-refusals.ts).
    return503OnClosing: false,
    clientErrorHandler,
    // Bad percent-encoding and overlong path parameters, found while routing, answer problem+json too.
    frameworkErrors: frameworkErrorHandler,
    // Slow clients are cut off (slowloris): the whole request within REQUEST_TIMEOUT (else 408, socket closed),
    // idle keep-alive sockets after KEEP_ALIVE_TIMEOUT, and a socket on which nothing moves for longer than both.
    requestTimeout: config.http.requestTimeoutMs,
    keepAliveTimeout: config.http.keepAliveTimeoutMs,
    connectionTimeout: Math.max(config.http.requestTimeoutMs, config.http.keepAliveTimeoutMs) + 5000,
    http: {
      // A missing Host is refused with a problem body and a request id (http/request-refusals.ts), not Node's empty 400.
      requireHostHeader: false,
      headersTimeout: config.http.requestTimeoutMs,
      // Node checks those timeouts every 30 s by default; at most 10% late instead.
      connectionsCheckingInterval: Math.min(5000, Math.max(250, Math.floor(config.http.requestTimeoutMs / 10))),
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  // Each plugin declares what it stands on (fastify-plugin `dependencies`): registered out of order, start-up fails.
  // Hooks run in registration order, so the order below is also the order every request passes through.
  await app.register(configPlugin, { config, clock });
  await app.register(database, { logger });
  await app.register(redis);
  await app.register(requestId);
  await app.register(validation);
  await app.register(errorHandling);
  await app.register(loadShedding);
  await app.register(protections);
  await app.register(requestRefusals);
  await app.register(openapi);
  await app.register(metrics);
  await app.register(services, { logger });
  await app.register(purgeTimer, { logger });
  await app.register(passwordMix, { logger });
  await app.register(sessionCookies);
  await app.register(authenticationPlugin);
  await app.register(routes);

  return app;
}
