import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../account/password-policy.js';
import { AcceptInvitationBody } from '../../../schemas/invitation.js';
import { problems } from '../../../schemas/problem.js';
import { UserResponse } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';
import { clientOf } from '../../../http/client-info.js';

/** The holder of an invitation's link creates the account (beside password reset: a mailed token, the credential limit). */
export default routes('invitation-accept-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { invitations } = app.services;

  r.post('/accept', {
    schema: {
      tags: ['auth', 'email'],
      summary: 'Accept an invitation: create the invited account',
      description: `The account gets the invitation's address (verified now) and role. Password: ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters, `
        + 'not a common password, not the username or email; a refused request leaves the link usable. Every bad, used, expired or revoked '
        + 'token answers 400 invalid_or_expired_token. No session is opened: log in next.',
      body: AcceptInvitationBody,
      response: { 201: UserResponse, ...problems(400, 409, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    const user = await invitations.accept({ ...request.body, client: clientOf(request) });
    return reply.code(201).header('location', `/api/users/${user.id}`).send({ user });
  });
});
