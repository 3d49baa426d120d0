import { sql } from 'kysely';
import { AppError } from '../errors.js';
import { HealthResponse, ReadyResponse } from '../schemas/health.js';
import { ProblemSchema } from '../schemas/problem.js';
import { routes } from './plugin.js';

export default routes('health-routes', async (app) => {
  app.get('/health', {
    schema: { tags: ['health'], summary: 'Liveness: the process is up', response: { 200: HealthResponse } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: {
      tags: ['health'],
      summary: 'Readiness: the database (and Redis, when configured) answer',
      response: { 200: ReadyResponse, 503: ProblemSchema },
    },
  }, async () => {
    try {
      await sql`select 1`.execute(app.db);
    } catch (err) {
      throw new AppError('service_unavailable', { detail: 'The database does not answer.', cause: err });
    }
    if (!app.redis) return { status: 'ok' as const, database: 'ok' as const };
    try {
      await app.redis.ping();
    } catch (err) {
      throw new AppError('service_unavailable', { detail: 'Redis does not answer.', cause: err });
    }
    return { status: 'ok' as const, database: 'ok' as const, redis: 'ok' as const };
  });
});
