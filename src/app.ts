import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type Clock, systemClock } from './clock.js';
import type { Config } from './config.js';
import { type DatabaseKind, openDatabase } from './db/connection.js';
import type { Database } from './db/types.js';
import edge from './http/edge.js';
import { registerErrorHandling } from './http/error-handler.js';
import openapi from './http/openapi.js';
import { requestIdFor } from './http/request-id.js';
import { healthRoutes } from './routes/health.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    db: Kysely<Database>;
    dbKind: DatabaseKind;
    redis: Redis | null;
    clock: Clock;
  }
}

export interface BuildAppOptions {
  config: Config;
  logger: Logger;
  clock?: Clock;
}

/** Builds the whole application from its config. Opens connections, but listens on nothing. */
export async function buildApp({ config, logger, clock = systemClock }: BuildAppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    genReqId: requestIdFor,
    trustProxy: config.http.trustProxy,
    bodyLimit: config.http.bodyLimit,
    return503OnClosing: true,
    ajv: { customOptions: { removeAdditional: false, allErrors: true, coerceTypes: 'array', useDefaults: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  const { db, kind } = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize });
  const redis = config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: true, maxRetriesPerRequest: 2, enableOfflineQueue: true }) : null;
  app.decorate('config', config);
  app.decorate('db', db);
  app.decorate('dbKind', kind);
  app.decorate('redis', redis);
  app.decorate('clock', clock);
  app.addHook('onClose', async () => {
    await db.destroy();
    if (redis) await redis.quit().catch(() => redis.disconnect());
  });
  if (redis) await redis.connect();

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorHandling(app);
  await app.register(edge);
  await app.register(openapi);

  await app.register(healthRoutes);
  return app;
}
