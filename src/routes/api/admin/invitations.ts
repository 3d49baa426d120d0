import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { InvitationBody, InvitationIdParams, InvitationListQuery, InvitationListResponse, InvitationResponse } from '../../../schemas/invitation.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { MAX_LISTED_INVITATIONS } from '../../../admin/invitations.js';
import { routes } from '../../plugin.js';

/** Admins invite people by mail: the link creates an account with the role the admin chose. */
export default routes('invitation-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { invitations } = app.services;
  // Authentication and authorization run on request, before the body is read or validated.
  const adminOnly = [app.authenticate, requireAdmin];

  r.post('', {
    schema: {
      tags: ['admin', 'email'],
      summary: 'Invite someone by mail (admins only)',
      description: 'Mails a single-use link (INVITATION_URL, valid INVITATION_TTL seconds) that creates an account for the address with the role. '
        + 'A newer invitation to the same address revokes the older pending ones. 409 email_taken when an account has the address.',
      body: InvitationBody,
      security: BEARER,
      response: { 201: InvitationResponse, ...problems(400, 401, 403, 409, 413, 415, 503) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    const invitation = await invitations.invite({ actor: currentActor(request), email: request.body.email, role: request.body.role });
    return reply.code(201).header('location', `/api/admin/invitations/${invitation.id}`).send({ invitation });
  });

  r.get('', {
    schema: {
      tags: ['admin'],
      summary: 'List invitations (admins only)',
      description: `Newest first, at most ${MAX_LISTED_INVITATIONS}; pending ones unless status says otherwise (accepted, revoked, expired or all).`,
      querystring: InvitationListQuery,
      security: BEARER,
      response: { 200: InvitationListResponse, ...problems(400, 401, 403) },
    },
    onRequest: adminOnly,
  }, async (request) => ({ invitations: await invitations.list({ status: request.query.status ?? 'pending' }) }));

  r.delete('/:id', {
    schema: {
      tags: ['admin'],
      summary: 'Revoke a pending invitation (admins only)',
      description: 'Its link stops working at once. An unknown id and an invitation already accepted, revoked or expired are 404 invitation_not_found.',
      params: InvitationIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    await invitations.revoke({ actor: currentActor(request), id: request.params.id });
    return reply.code(204).send(null);
  });
});
