import { Type } from 'typebox';
import { routes } from './plugin.js';

const JwksSchema = Type.Object({ keys: Type.Array(Type.Object({ kid: Type.String(), kty: Type.String(), alg: Type.String(), use: Type.String() }, { additionalProperties: true })) });

export default routes('well-known-routes', async (app) => {
  const body = app.services.tokens.jwks();
  app.get('/jwks.json', {
    schema: {
      tags: ['keys'],
      summary: 'Public keys that verify Gatehouse tokens (empty under HS256)',
      response: { 200: JwksSchema },
    },
  }, async (_request, reply) => reply.header('cache-control', 'public, max-age=300').send(body));
});
