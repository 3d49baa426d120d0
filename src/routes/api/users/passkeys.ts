import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { CreationOptionsBody, CreationOptionsResponse, PasskeyIdParams, PasskeyListResponse, PasskeyResponse, RegisterPasskeyBody, RenamePasskeyBody, UserPasskeyParams } from '../../../schemas/passkey.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { UserIdParams } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';

/** Passkeys: your own under /me/passkeys, anyone's (admins) under /:id/passkeys. */
export default routes('passkey-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { passkeys } = app.services;
  // Adding a way in proves a password or a fresh session: limited per user and per IP like other self-service.
  const self = [app.authenticate, ...app.limits.selfService];

  r.post('/me/passkeys/options', {
    schema: {
      tags: ['passkeys'],
      summary: 'Start registering a passkey: answers the creation options for navigator.credentials.create()',
      description: 'Needs current_password or a session signed in within 10 minutes; once the account has a factor (TOTP or a passkey), a session at aal 2. '
        + 'The challenge is single use, lives 5 minutes and is bound to this session. Resident key required, user verification preferred, your passkeys excluded.',
      body: CreationOptionsBody,
      security: BEARER,
      response: { 200: CreationOptionsResponse, ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: self,
  }, async (request) => passkeys.creationOptions(currentActor(request), request.body.current_password));

  r.post('/me/passkeys', {
    schema: {
      tags: ['passkeys'],
      summary: 'Finish registering a passkey with what the authenticator answered (credential.toJSON())',
      description: 'Verifies origin (WEBAUTHN_ORIGINS), RP ID, the challenge of this session and the attestation; stores the public key. Your other sessions end, and this one stands at aal 2.',
      body: RegisterPasskeyBody,
      security: BEARER,
      response: { 201: PasskeyResponse, ...problems(400, 401, 403, 413, 415, 429) },
    },
    onRequest: self,
  }, async (request, reply) => {
    const passkey = await passkeys.register(currentActor(request), { response: request.body.response, name: request.body.name });
    return reply.code(201).header('location', `/api/users/me/passkeys/${passkey.id}`).send({ passkey });
  });

  r.get('/me/passkeys', {
    schema: { tags: ['passkeys'], summary: 'Your passkeys', security: BEARER, response: { 200: PasskeyListResponse, ...problems(401, 403) } },
    onRequest: app.authenticate,
  }, async (request) => ({ passkeys: await passkeys.list(currentActor(request).user.id) }));

  r.patch('/me/passkeys/:id', {
    schema: {
      tags: ['passkeys'],
      summary: 'Rename a passkey',
      params: PasskeyIdParams,
      body: RenamePasskeyBody,
      security: BEARER,
      response: { 200: PasskeyResponse, ...problems(400, 401, 403, 404, 413, 415) },
    },
    onRequest: app.authenticate,
  }, async (request) => ({ passkey: await passkeys.rename(currentActor(request), request.params.id, request.body.name) }));

  r.delete('/me/passkeys/:id', {
    schema: {
      tags: ['passkeys'],
      summary: 'Remove a passkey (needs a session at aal 2); your other sessions end',
      description: 'Refused with 409 last_sign_in_method when it is your last way in (no password, no provider, no other passkey).',
      params: PasskeyIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
    },
    onRequest: app.authenticate,
  }, async (request, reply) => {
    const actor = currentActor(request);
    await passkeys.remove(actor, actor.user.id, request.params.id);
    return reply.code(204).send(null);
  });

  r.get('/:id/passkeys', {
    schema: {
      tags: ['passkeys', 'users'],
      summary: "A user's passkeys (admins only)",
      params: UserIdParams,
      security: BEARER,
      response: { 200: PasskeyListResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request) => ({ passkeys: await passkeys.list(request.params.id) }));

  r.delete('/:id/passkeys/:passkeyId', {
    schema: {
      tags: ['passkeys', 'users'],
      summary: "Remove a user's passkey (admins only); their sessions end",
      params: UserPasskeyParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request, reply) => {
    await passkeys.remove(currentActor(request), request.params.id, request.params.passkeyId);
    return reply.code(204).send(null);
  });
});
