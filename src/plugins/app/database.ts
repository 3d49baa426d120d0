import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import { type DatabaseKind, openDatabase } from '../../db/connection.js';
import type { Database } from '../../db/types.js';
import { type PoolStats, poolStatsOf } from '../../metrics.js';

declare module 'fastify' {
  interface FastifyInstance {
    db: Kysely<Database>;
    dbKind: DatabaseKind;
    /** The connection pool's counts, for the metrics; null when the pool cannot be read. */
    dbPoolStats: () => PoolStats | null;
  }
}

export interface DatabasePluginOptions {
  logger: Logger;
}

async function databasePlugin(app: FastifyInstance, { logger }: DatabasePluginOptions): Promise<void> {
  const { config } = app;
  const database = openDatabase(config.databaseUrl, { poolSize: config.databasePoolSize, connectTimeoutMs: config.databaseConnectTimeoutMs, statementTimeoutMs: config.databaseStatementTimeoutMs, logger });
  app.decorate('db', database.db);
  app.decorate('dbKind', database.kind);
  app.decorate('dbPoolStats', poolStatsOf(database));
  app.addHook('onClose', async () => {
    await database.db.destroy();
  });
}

/** The database handle (DATABASE_URL), closed with the app. */
export default fp(databasePlugin, { name: 'database', fastify: '5.x', dependencies: ['config'] });
