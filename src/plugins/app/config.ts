import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Clock } from '../../clock.js';
import type { Config } from '../../config.js';

declare module 'fastify' {
  interface FastifyInstance {
    config: Config;
    /** Every rule reads time here, so tests move it by hand instead of sleeping. */
    clock: Clock;
  }
}

export interface ConfigPluginOptions {
  config: Config;
  clock: Clock;
}

async function configPlugin(app: FastifyInstance, { config, clock }: ConfigPluginOptions): Promise<void> {
  app.decorate('config', config);
  app.decorate('clock', clock);
}

/** What the app is a function of: its config and its clock. */
export default fp(configPlugin, { name: 'config', fastify: '5.x' });
