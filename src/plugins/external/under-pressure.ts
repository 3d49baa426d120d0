import underPressure from '@fastify/under-pressure';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { AppError } from '../../errors.js';

async function loadShedding(app: FastifyInstance): Promise<void> {
  if (app.config.maxEventLoopDelayMs <= 0) return;
  // Shed load with a 503 problem rather than letting every request time out.
  await app.register(underPressure, {
    maxEventLoopDelay: app.config.maxEventLoopDelayMs,
    pressureHandler: () => {
      throw new AppError('service_unavailable', { detail: 'The server is overloaded; retry shortly.', retryAfter: 10 });
    },
  });
}

/** A 503 while the event loop lags more than MAX_EVENT_LOOP_DELAY (0: off). */
export default fp(loadShedding, { name: 'load-shedding', fastify: '5.x', dependencies: ['config'] });
