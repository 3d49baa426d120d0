import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { startPurgeTimer } from '../../account/purge.js';

export interface PurgeTimerOptions {
  logger: Logger;
}

async function purgeTimer(app: FastifyInstance, { logger }: PurgeTimerOptions): Promise<void> {
  let stop = (): void => {};
  app.addHook('onReady', async () => {
    stop = startPurgeTimer({ db: app.db, clock: app.clock, config: app.config, logger });
  });
  app.addHook('onClose', async () => stop());
}

/** Purges expired sessions, tokens and old mail every SESSION_PURGE_INTERVAL seconds while the app runs. */
export default fp(purgeTimer, { name: 'purge-timer', fastify: '5.x', dependencies: ['config', 'database'] });
