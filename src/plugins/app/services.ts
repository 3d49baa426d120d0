import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Logger } from 'pino';
import { createServices, type Services } from '../../wiring.js';

declare module 'fastify' {
  interface FastifyInstance {
    services: Services;
  }
}

export interface ServicesPluginOptions {
  logger: Logger;
}

/** The app's services, on its database, clock and metrics; it owns the mail sender's and the webhook dispatcher's start and stop. */
async function servicesPlugin(app: FastifyInstance, { logger }: ServicesPluginOptions): Promise<void> {
  const services = createServices({ config: app.config, db: app.db, clock: app.clock, logger, metrics: app.metrics });
  app.decorate('services', services);
  app.addHook('onReady', async () => {
    services.mailer.start();
    services.webhooks.dispatcher.start();
  });
  // onClose hooks run last-added first: the mail and webhook work ends before the database (registered earlier) closes.
  app.addHook('onClose', async () => {
    await services.recovery.settled();
    await services.mailer.stop();
    await services.webhooks.dispatcher.stop();
  });
}

export default fp(servicesPlugin, { name: 'services', fastify: '5.x', dependencies: ['config', 'database', 'metrics'] });
