import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { currentActor } from '../../../http/authenticate.js';
import { VerifyEmailBody } from '../../../schemas/auth.js';
import { BEARER, MessageSchema, problems } from '../../../schemas/problem.js';
import { UserResponse } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';
import { clientOf } from '../../../http/client-info.js';

/** Email verification: the token-holder's side of the mailed link, and a new link for the caller. */
export default routes('email-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { recovery } = app.services;

  r.post('/verify', {
    schema: {
      tags: ['email'],
      summary: 'Confirm an email address (or a pending email change) with a mailed token',
      body: VerifyEmailBody,
      response: { 200: UserResponse, ...problems(400, 409, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => ({ user: await recovery.verifyEmail(request.body.token, clientOf(request)) }));

  r.post('/verify/resend', {
    schema: {
      tags: ['email'],
      summary: 'Mail a new verification link to the caller\'s address',
      security: BEARER,
      // 400: a body is not needed, but one that is sent is parsed, and malformed JSON is refused.
      response: { 202: MessageSchema, ...problems(400, 401, 409, 429, 503) },
    },
    onRequest: [app.limits.credentials, app.authenticate],
  }, async (request, reply) => {
    await recovery.resendVerification(currentActor(request).user);
    return reply.code(202).send({ message: 'A new verification link is on its way.' });
  });
});
