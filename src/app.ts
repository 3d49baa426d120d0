import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Logger } from 'pino';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { AppError } from './errors.js';
import { clientErrorHandler, frameworkErrorHandler, registerErrorHandling } from './http/error-handler.js';
import { registerValidation } from './http/validation.js';
import openapi from './http/openapi.js';
import protections from './http/protections.js';
import { requestIdFor } from './http/request-id.js';
import metrics from './http/metrics.js';
import { requestChildLogger } from './logging.js';
import { authenticationPlugin } from './http/authenticate.js';
import configPlugin from './plugins/app/config.js';
import database from './plugins/app/database.js';
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
    // Requests arriving while shutting down are refused by a hook below, in the error contract.
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
      // A missing Host is refused by a hook below, with a problem body and a request id, not Node's empty 400.
      requireHostHeader: false,
      headersTimeout: config.http.requestTimeoutMs,
      // Node checks those timeouts every 30 s by default; at most 10% late instead.
      connectionsCheckingInterval: Math.min(5000, Math.max(250, Math.floor(config.http.requestTimeoutMs / 10))),
    },
  }).withTypeProvider<TypeBoxTypeProvider>();

  await app.register(configPlugin, { config, clock });
  await app.register(database, { logger });
  await app.register(redis);

  // JSON only: any other body type is a 415, not a string that fails validation.
  app.removeContentTypeParser('text/plain');
  // Bodies strictly UTF-8 and never type-coerced; query strings and path parameters coerced (src/http/validation.ts).
  registerValidation(app);
  // The hooks every request passes through are plain callbacks: an async one costs a promise per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  // While shutting down, in-flight responses close their keep-alive sockets so close() can finish.
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close');
    done(null, payload);
  });
  registerErrorHandling(app);
  await app.register(loadShedding);
  await app.register(protections);
  // After helmet (in protections), so these refusals carry the security headers like any other answer.
  app.addHook('onRequest', (request, _reply, done) => {
    if (closing) return done(new AppError('service_unavailable', { detail: 'The server is shutting down; retry on another instance.', retryAfter: 1 }));
    if (request.raw.httpVersion === '1.1' && request.headers.host === undefined) {
      return done(new AppError('bad_request', { detail: 'An HTTP/1.1 request needs a Host header.' }));
    }
    done();
  });
  await app.register(openapi);
  await app.register(metrics);
  await app.register(services, { logger });
  await app.register(purgeTimer, { logger });
  await app.register(authenticationPlugin);

  await app.register(routes);

  return app;
}
