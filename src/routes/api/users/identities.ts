import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { setSignInCookie } from '../../../http/sign-in-cookie.js';
import { AuthorizationUrlResponse, IdentityIdParams, IdentityListResponse, LinkStartBody, ProviderParams } from '../../../schemas/identity.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { UserIdParams } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';

/** Provider identities: your own at /me/identities, anyone's (admins) at /:id/identities. */
export default routes('identity-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { identities, oauth } = app.services;

  r.get('/me/identities', {
    schema: {
      tags: ['oauth'],
      summary: 'The identity providers linked to your account',
      security: BEARER,
      response: { 200: IdentityListResponse, ...problems(401, 403) },
    },
    onRequest: app.authenticate,
  }, async (request) => ({ identities: await identities.list(currentActor(request).user.id) }));

  r.post('/me/identities/:provider/start', {
    schema: {
      tags: ['oauth'],
      summary: 'Link another identity provider: answers the URL to send the browser to',
      description: 'Needs a session signed in within 10 minutes, or current_password. The browser that follows authorization_url must be the one that made this request (a cookie binds them); '
        + 'the callback then redirects to redirect_to with ?linked=<provider>, or ?error=identity_taken when the identity is another user\'s.',
      params: ProviderParams,
      body: LinkStartBody,
      security: BEARER,
      response: { 200: AuthorizationUrlResponse, ...problems(400, 401, 403, 404, 413, 415, 423, 429, 503) },
    },
    onRequest: [app.authenticate, ...app.limits.selfService],
  }, async (request, reply) => {
    const actor = currentActor(request);
    await identities.assertMayLink(actor, request.body.current_password);
    if (actor.sessionId === null) throw new Error('a linking actor has a session');
    const started = await oauth.start({ provider: request.params.provider, redirectTo: request.body.redirect_to, link: { userId: actor.user.id, sessionId: actor.sessionId } });
    setSignInCookie(request, reply, started.browserKey);
    return { authorization_url: started.authorizationUrl };
  });

  r.delete('/me/identities/:id', {
    schema: {
      tags: ['oauth'],
      summary: 'Unlink an identity provider',
      description: 'Refused with 409 last_sign_in_method when it is your last way in (no password, no other identity).',
      params: IdentityIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
    },
    onRequest: app.authenticate,
  }, async (request, reply) => {
    await identities.unlink(currentActor(request), request.params.id);
    return reply.code(204).send(null);
  });

  r.get('/:id/identities', {
    schema: {
      tags: ['oauth'],
      summary: "A user's linked identity providers (admins only)",
      params: UserIdParams,
      security: BEARER,
      response: { 200: IdentityListResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request) => ({ identities: await identities.list(request.params.id) }));
});
