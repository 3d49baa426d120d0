import { sql } from 'kysely';
import { Type } from 'typebox';
import { AppError } from '../errors.js';
import { ProblemSchema } from '../schemas/problem.js';
import { routes } from './plugin.js';

const Health = Type.Object({ status: Type.Literal('ok') });
const Ready = Type.Object({ status: Type.Literal('ok'), database: Type.Literal('ok'), redis: Type.Optional(Type.Literal('ok')) });

export default routes('health-routes', async (app) => {
  app.get('/health', {
    schema: { tags: ['health'], summary: 'Liveness: the process is up', response: { 200: Health } },
  }, async () => ({ status: 'ok' as const }));

  app.get('/ready', {
    schema: {
      tags: ['health'],
      summary: 'Readiness: the database (and Redis, when configured) answer',
      response: { 200: Ready, 503: ProblemSchema },
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
