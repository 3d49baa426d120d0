import type { FastifyReply, FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../account/password-policy.js';
import { AppError } from '../../../errors.js';
import { currentActor, isDeadSession, presentedToken } from '../../../http/authenticate.js';
import { LoginBody, MfaChallengeResponse, MfaLoginBody, RefreshBody, RegisterBody, tokenAnswerSchemas } from '../../../schemas/auth.js';
import { answerSession, signInOrigin, tokensInBody } from '../../../http/session-cookies.js';
import { BEARER, MessageSchema, problems } from '../../../schemas/problem.js';
import { UserResponse } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';
import email from './email.js';
import invitations from './invitations.js';
import oauth from './oauth.js';
import password from './password.js';
import passkey from './passkey.js';
import { clientOf } from '../../../http/client-info.js';

/** These bodies are optional: an empty request validates as {}. */
async function emptyBodyAsObject(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

export default routes('auth-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { auth, users, passkeySignIn } = app.services;
  const cookies = app.sessionCookies;
  const { TokenAnswer, LoginAnswer } = tokenAnswerSchemas(tokensInBody(app.config));
  /**
   * Logout in cookie mode: the access cookie names the session, or, once it expired (the browser dropped it after
   * its Max-Age), the refresh cookie with its own CSRF value (from an allowed origin); a refresh cookie refused
   * with 401 is cleared, so a logout never leaves one behind.
   */
  const authenticateLogout = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    try {
      await app.authenticate(request, reply);
    } catch (err) {
      if (!cookies || !(err instanceof AppError) || err.status !== 401) throw err;
      const presented = err.code === 'authorization_required' || err.code === 'token_expired' ? presentedToken(request, 'refresh') : undefined;
      // No refresh cookie: nothing live to end or clear (and a cross-site form must not clear a live session's cookies).
      if (presented?.carrier !== 'cookie') throw err;
      try {
        request.actor = { ...(await auth.authenticateRefresh(presented.token, presented.csrf)), client: clientOf(request) };
        request.tokenCarrier = 'cookie';
      } catch (refused) {
        if (refused instanceof AppError && refused.status === 401) cookies.clear(reply);
        throw refused;
      }
    }
  };

  r.post('/register', {
    schema: {
      tags: ['auth'],
      summary: 'Create an account',
      description: `Password: ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters, not a common password, not the username or email. Unknown fields (including role) are refused.`,
      body: RegisterBody,
      response: { 201: UserResponse, ...problems(400, 403, 409, 413, 415, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
  }, async (request, reply) => {
    const user = await users.register(request.body, { client: clientOf(request) });
    return reply.code(201).header('location', `/api/users/${user.id}`).send({ user });
  });

  r.post('/login', {
    schema: {
      tags: ['auth'],
      summary: 'Log in with email or username and password',
      description: 'Opens a session. Repeated failures lock the account (423 with Retry-After); unknown accounts answer exactly like wrong passwords. '
        + 'An account with a second factor answers a right password with {mfa_required, mfa_token, methods} and no tokens.',
      body: LoginBody,
      response: { 200: Type.Union([LoginAnswer, MfaChallengeResponse]), ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
  }, async (request, reply) => {
    const { email, username, password } = request.body;
    if ((email === undefined) === (username === undefined)) {
      const errors = [{ field: 'email', message: 'give exactly one of email or username' }, { field: 'username', message: 'give exactly one of email or username' }];
      throw new AppError('validation_failed', { errors });
    }
    const result = await auth.login({ email, username, password, ...clientOf(request) });
    return 'mfa_required' in result ? result : answerSession(reply, result);
  });

  r.post('/login/mfa', {
    schema: {
      tags: ['auth', 'mfa'],
      summary: 'Complete a login with a second factor',
      description: 'A code of a time step already used is refused, even through another login; wrong codes count toward the lockout like wrong passwords. '
        + 'webauthn: a passkey\'s assertion for the options of POST /api/auth/passkey/options {mfa_token}.',
      body: MfaLoginBody,
      response: { 200: LoginAnswer, ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: [signInOrigin, app.limits.credentials],
  }, async (request, reply) => {
    const { mfa_token: mfaToken, code, recovery_code: recoveryCode, webauthn } = request.body;
    const client = clientOf(request);
    const given = [code, recoveryCode, webauthn].filter((proof) => proof !== undefined).length;
    if (given === 1 && code !== undefined) return answerSession(reply, await auth.completeMfaLogin({ mfaToken, code, ...client }));
    if (given === 1 && recoveryCode !== undefined) return answerSession(reply, await auth.completeMfaLogin({ mfaToken, recoveryCode, ...client }));
    if (given === 1 && webauthn !== undefined) return answerSession(reply, await passkeySignIn.completeSecondStep({ mfaToken, response: webauthn, ...client }));
    const errors = ['code', 'recovery_code', 'webauthn'].map((field) => ({ field, message: 'give exactly one of code, recovery_code or webauthn' }));
    throw new AppError('validation_failed', { errors });
  });

  r.post('/refresh', {
    schema: {
      tags: ['auth'],
      summary: 'Exchange a refresh token for new tokens (rotation)',
      description: 'Send the refresh token as a Bearer token or as {"refresh_token"} (in cookie mode: the refresh cookie, with X-CSRF-TOKEN). The old refresh token dies; presenting it again after the grace window revokes the whole session (refresh_reused). With REFRESH_TOKEN_ROTATION=false the same refresh token is answered again. A Flask-JWT-Extended refresh token (LEGACY_JWT_SECRET_KEY) is exchanged for a new session that owns it.',
      body: RefreshBody,
      security: BEARER,
      response: { 200: TokenAnswer, ...problems(400, 401, 403, 429) },
    },
    // In cookie mode a refresh sets the session cookies whichever way its token came: a body or bearer token of
    // the attacker's own account, sent from another origin, would sign the browser into it (login CSRF).
    onRequest: [signInOrigin, app.limits.refresh],
    preValidation: emptyBodyAsObject,
  }, async (request, reply) => {
    const presented = presentedToken(request, 'refresh', request.body.refresh_token);
    if (!presented) throw new AppError('authorization_required', { detail: cookies ? 'Send the refresh cookie (with X-CSRF-TOKEN), or the refresh token in the body.' : 'Send the refresh token as a Bearer token or in the body.' });
    try {
      return answerSession(reply, await auth.refresh(presented.token, presented.csrf, clientOf(request)));
    } catch (err) {
      // Reuse detected, revoked or expired: the cookies hold a dead session.
      if (presented.carrier === 'cookie' && (isDeadSession(err) || (err instanceof AppError && err.code === 'token_expired'))) cookies?.clear(reply);
      throw err;
    }
  });

  r.post('/logout', {
    schema: {
      tags: ['auth'],
      summary: 'Revoke the current session (its access and refresh tokens)',
      body: RefreshBody,
      security: BEARER,
      response: { 200: MessageSchema, ...problems(400, 401, 403) },
    },
    onRequest: cookies ? authenticateLogout : app.authenticate,
    preValidation: emptyBodyAsObject,
  }, async (request, reply) => {
    await auth.logout(currentActor(request), request.body.refresh_token ?? cookies?.read(request, 'refresh'));
    cookies?.clear(reply);
    return { message: 'Successfully logged out' };
  });

  await app.register(password, { prefix: '/password' });
  await app.register(email, { prefix: '/email' });
  await app.register(oauth, { prefix: '/oauth' });
  await app.register(passkey, { prefix: '/passkey' });
  await app.register(invitations, { prefix: '/invitations' });
});
