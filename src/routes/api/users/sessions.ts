import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { RevokedResponse, SessionIdParams, SessionListResponse } from '../../../schemas/session.js';
import { UserIdParams } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';

/**
 * Sessions under /api/users: the caller's own at /me/sessions, anyone's (admins) at /:id/sessions. The static
 * `me` segment wins over `:id` in the router, so /me/sessions never reaches the admin routes.
 */
export default routes('session-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { sessions } = app.services;
  const adminOnly = [app.authenticate, requireAdmin];

  r.get('/me/sessions', {
    schema: {
      tags: ['sessions'],
      summary: 'Your live sessions',
      description: 'Every login that is neither ended nor expired, newest first; `current` marks the one of this access token. '
        + 'last_used_at moves on refresh only.',
      security: BEARER,
      response: { 200: SessionListResponse, ...problems(401, 403) },
    },
    onRequest: app.authenticate,
  }, async (request) => ({ sessions: await sessions.listOwn(currentActor(request)) }));

  r.delete('/me/sessions/:id', {
    schema: {
      tags: ['sessions'],
      summary: 'End one of your sessions',
      description: 'Its access and refresh tokens stop working at once, on every instance. Ending the current session is a logout. '
        + 'A session of someone else, an unknown id and an ended session are all 404 session_not_found, alike.',
      params: SessionIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
    },
    onRequest: app.authenticate,
  }, async (request, reply) => {
    const actor = currentActor(request);
    await sessions.endOwn(actor, request.params.id);
    // This browser's own session ended: its cookies go with it.
    if (request.params.id === actor.sessionId) app.sessionCookies?.clear(reply);
    return reply.code(204).send(null);
  });

  r.delete('/me/sessions', {
    schema: {
      tags: ['sessions'],
      summary: 'End all your sessions but the current one',
      security: BEARER,
      // 400: no body is needed, but one sent as JSON is parsed, and an empty or malformed one is refused.
      response: { 200: RevokedResponse, ...problems(400, 401, 403) },
    },
    onRequest: app.authenticate,
  }, async (request) => ({ revoked: await sessions.endOwnOthers(currentActor(request)) }));

  r.get('/:id/sessions', {
    schema: {
      tags: ['sessions'],
      summary: 'A user\'s live sessions (admins only)',
      description: 'Newest first; `current` is true only for the admin\'s own session.',
      params: UserIdParams,
      security: BEARER,
      response: { 200: SessionListResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request) => ({ sessions: await sessions.listForUser({ actor: currentActor(request), userId: request.params.id }) }));

  r.delete('/:id/sessions', {
    schema: {
      tags: ['sessions'],
      summary: 'End every session of a user (admins only)',
      description: 'Every access and refresh token of the user stops working at once; audited as sessions_revoked.',
      params: UserIdParams,
      security: BEARER,
      response: { 200: RevokedResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: adminOnly,
  }, async (request) => ({ revoked: await sessions.endAllForUser({ actor: currentActor(request), userId: request.params.id }) }));
});
