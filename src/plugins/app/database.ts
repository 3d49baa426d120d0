import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { openDatabase, type PoolStats } from '../../db/connection.js';
import type { Database } from '../../db/types.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    /** The connection pool's counts, for the metrics. */
    dbPoolStats: () => PoolStats;
  }
}

export interface DatabasePluginOptions {
  logger: Logger;
}

async function databasePlugin(app: FastifyInstance, { logger }: DatabasePluginOptions): Promise<void> {
  const { config } = app;
  const database = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize, connectTimeoutMs: config.databaseConnectTimeoutMs, statementTimeoutMs: config.databaseStatementTimeoutMs, logger });
  app.decorate('db', database.db);
  app.decorate('dbPoolStats', database.poolStats);
  app.addHook('onClose', async () => {
    await database.db.destroy();
  });
}

/** The database handle (DATABASE_URL), closed with the app. */
export default fp(databasePlugin, { name: 'database', fastify: '5.x', dependencies: ['config'] });
