import { JwksResponse } from '../schemas/keys.js';
import { routes } from './plugin.js';

export default routes('well-known-routes', async (app) => {
  const body = app.services.tokens.jwks();
  app.get('/jwks.json', {
    schema: {
      tags: ['keys'],
      summary: 'Public keys that verify Gatehouse tokens (empty under HS256)',
      response: { 200: JwksResponse },
    },
  }, async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(body));
});
