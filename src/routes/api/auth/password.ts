import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { ForgotPasswordBody, ResetPasswordBody } from '../../../schemas/auth.js';
import { MessageSchema, problems } from '../../../schemas/problem.js';
import { routes } from '../../plugin.js';
import { clientOf } from '../../../http/client-info.js';

const ACCEPTED = 'If the address belongs to an account, a link to reset its password is on its way.';

/** Password reset: asking for the mailed link, and the token-holder setting the new password. */
export default routes('password-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { recovery } = app.services;

  r.post('/forgot', {
    schema: {
      tags: ['email'],
      summary: 'Mail a password-reset link',
      description: 'Answers 202 with the same body, at once, whether or not the address has an account; a known address '
        + 'gets at most one link per MAIL_RESEND_INTERVAL.',
      body: ForgotPasswordBody,
      response: { 202: MessageSchema, ...problems(400, 413, 415, 429, 503) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    recovery.forgotPassword(request.body.email, clientOf(request));
    return reply.code(202).send({ message: ACCEPTED });
  });

  r.post('/reset', {
    schema: {
      tags: ['email'],
      summary: 'Set a new password with a mailed token',
      description: 'The password policy applies. Every session of the account ends, its lock is lifted, and a notice is mailed.',
      body: ResetPasswordBody,
      response: { 200: MessageSchema, ...problems(400, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => {
    await recovery.resetPassword({ ...request.body, client: clientOf(request) });
    return { message: 'Your password was changed. Log in with the new one.' };
  });
});
