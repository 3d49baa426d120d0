import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin } from '../../../http/guards.js';
import { ConfirmBody, EnrolBody, EnrolmentResponse, ProofBody, RecoveryCodesResponse } from '../../../schemas/mfa.js';
import { BEARER, problems } from '../../../schemas/problem.js';
import { UserIdParams } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';

/** A second factor (TOTP, RFC 6238) with recovery codes: one's own under /me/mfa, and an admin's reset. */
export default routes('mfa-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { mfa } = app.services;
  // Every change of one's own factor proves a password or a code: limited per user and per IP like other self-service.
  const self = [app.authenticate, ...app.limits.selfService];

  r.post('/me/mfa/totp', {
    schema: {
      tags: ['mfa'],
      summary: 'Start enrolling a TOTP second factor',
      description: 'Answers the secret, an otpauth:// URI and its QR code (SVG). Nothing is enabled until a code confirms it within 10 minutes.',
      body: EnrolBody,
      security: BEARER,
      response: { 200: EnrolmentResponse, ...problems(400, 401, 403, 409, 423, 429) },
    },
    onRequest: self,
  }, async (request) => mfa.enrol(currentActor(request), request.body.current_password));

  r.post('/me/mfa/totp/confirm', {
    schema: {
      tags: ['mfa'],
      summary: 'Confirm the enrolment with a code: the factor is on, and the recovery codes are shown once',
      body: ConfirmBody,
      security: BEARER,
      response: { 200: RecoveryCodesResponse, ...problems(400, 401, 409, 423, 429) },
    },
    onRequest: self,
  }, async (request) => ({ recovery_codes: await mfa.confirm(currentActor(request), request.body.code) }));

  r.delete('/me/mfa/totp', {
    schema: {
      tags: ['mfa'],
      summary: 'Turn the second factor off (needs the password and a code); other sessions end',
      body: ProofBody,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 423, 429) },
    },
    onRequest: self,
  }, async (request, reply) => {
    await mfa.disable(currentActor(request), { currentPassword: request.body.current_password, code: request.body.code });
    return reply.code(204).send(null);
  });

  r.post('/me/mfa/recovery-codes', {
    schema: {
      tags: ['mfa'],
      summary: 'Replace the recovery codes (needs the password and a code)',
      body: ProofBody,
      security: BEARER,
      response: { 200: RecoveryCodesResponse, ...problems(400, 401, 403, 423, 429) },
    },
    onRequest: self,
  }, async (request) => ({ recovery_codes: await mfa.replaceRecoveryCodes(currentActor(request), { currentPassword: request.body.current_password, code: request.body.code }) }));

  r.delete('/:id/mfa', {
    schema: {
      tags: ['mfa', 'users'],
      summary: 'Remove a user\'s second factor (admins only); their sessions end',
      params: UserIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404) },
    },
    onRequest: [app.authenticate, requireAdmin],
  }, async (request, reply) => {
    await mfa.reset({ actor: currentActor(request), id: request.params.id });
    return reply.code(204).send(null);
  });
});
