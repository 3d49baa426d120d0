import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { currentActor } from '../http/authenticate.js';
import { Email, Password } from '../schemas/fields.js';
import { BEARER, MessageSchema, problems } from '../schemas/problem.js';
import { UserResponse } from '../schemas/user.js';

/** Mailed tokens are 32 bytes in base64url (43 characters); anything else is refused by the schema. */
const MailedToken = Type.String({ minLength: 16, maxLength: 128, pattern: '^[A-Za-z0-9_-]+$', description: 'The token from the mailed link' });

const ACCEPTED = 'If the address belongs to an account, a link to reset its password is on its way.';

/** Password reset and email verification: the token-holder's side of the mailed links. */
export async function emailRoutes(app: FastifyInstance): Promise<void> {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { recovery } = app.services;

  r.post('/password/forgot', {
    schema: {
      tags: ['email'],
      summary: 'Mail a password-reset link',
      description: 'Answers 202 with the same body, at once, whether or not the address has an account; a known address '
        + 'gets at most one link per MAIL_RESEND_INTERVAL.',
      body: Type.Object({ email: Email }, { additionalProperties: false }),
      response: { 202: MessageSchema, ...problems(400, 413, 415, 429, 503) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    recovery.forgotPassword(request.body.email);
    return reply.code(202).send({ message: ACCEPTED });
  });

  r.post('/password/reset', {
    schema: {
      tags: ['email'],
      summary: 'Set a new password with a mailed token',
      description: 'The password policy applies. Every session of the account ends, its lock is lifted, and a notice is mailed.',
      body: Type.Object({ token: MailedToken, password: Password }, { additionalProperties: false }),
      response: { 200: MessageSchema, ...problems(400, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => {
    await recovery.resetPassword(request.body);
    return { message: 'Your password was changed. Log in with the new one.' };
  });

  r.post('/email/verify', {
    schema: {
      tags: ['email'],
      summary: 'Confirm an email address (or a pending email change) with a mailed token',
      body: Type.Object({ token: MailedToken }, { additionalProperties: false }),
      response: { 200: UserResponse, ...problems(400, 409, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => ({ user: await recovery.verifyEmail(request.body.token) }));

  r.post('/email/verify/resend', {
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
}
