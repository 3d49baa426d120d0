import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { takeHashCensus } from '../../account/hash-census.js';

/** Logins upgrade hashes and imports add them: the mix follows within this long. */
export const MIX_REFRESH_MS = 10 * 60_000;

export interface PasswordMixOptions {
  logger: Logger;
}

/** Takes the census of stored hash shapes before the app serves, then every MIX_REFRESH_MS, for unknown accounts' dummies. */
async function passwordMix(app: FastifyInstance, { logger }: PasswordMixOptions): Promise<void> {
  const refresh = async (): Promise<void> => {
    try {
      await app.services.dummyMix.update(await takeHashCensus(app.db));
    } catch (err) {
      logger.error({ err }, 'the stored password hashes could not be counted; the previous dummy mix stays');
    }
  };
  let timer: NodeJS.Timeout | undefined;
  app.addHook('onReady', async () => {
    await refresh();
    timer = setInterval(() => void refresh(), MIX_REFRESH_MS);
    timer.unref();
  });
  app.addHook('onClose', async () => clearInterval(timer));
}

export default fp(passwordMix, { name: 'password-mix', fastify: '5.x', dependencies: ['database', 'services'] });
