import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { Redis } from 'ioredis';

declare module 'fastify' {
  interface FastifyInstance {
    /** Shared rate-limit counters (REDIS_URL); null when every instance counts on its own. */
    redis: Redis | null;
  }
}

async function redisPlugin(app: FastifyInstance): Promise<void> {
  const { redisUrl } = app.config;
  // No offline queue: while Redis is unreachable, commands fail at once (rate limits let requests through,
  // /ready answers 503) instead of queueing and stalling requests; ioredis keeps reconnecting.
  const redis = redisUrl ? new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false }) : null;
  app.decorate('redis', redis);
  if (!redis) return;
  app.addHook('onClose', async () => {
    await redis.quit().catch(() => redis.disconnect());
  });
  redis.on('error', (err: Error) => app.log.warn({ err: { message: err.message } }, 'redis unavailable'));
  // A Redis outage at boot must not keep the auth service down: start, and report it on /ready.
  await redis.connect().catch(() => {});
}

export default fp(redisPlugin, { name: 'redis', fastify: '5.x', dependencies: ['config'] });
