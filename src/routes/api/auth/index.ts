import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '../../../account/password-policy.js';
import { AppError } from '../../../errors.js';
import { bearerToken, currentActor } from '../../../http/authenticate.js';
import { LoginBody, LoginResponse, MfaChallengeResponse, MfaLoginBody, RefreshBody, RegisterBody, TokenPairSchema } from '../../../schemas/auth.js';
import { BEARER, MessageSchema, problems } from '../../../schemas/problem.js';
import { UserResponse } from '../../../schemas/user.js';
import { routes } from '../../plugin.js';
import email from './email.js';
import password from './password.js';

/** These bodies are optional: an empty request validates as {}. */
async function emptyBodyAsObject(request: FastifyRequest): Promise<void> {
  request.body ??= {};
}

export default routes('auth-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { auth, users } = app.services;

  r.post('/register', {
    schema: {
      tags: ['auth'],
      summary: 'Create an account',
      description: `Password: ${PASSWORD_MIN_LENGTH}-${PASSWORD_MAX_LENGTH} characters, not a common password, not the username or email. Unknown fields (including role) are refused.`,
      body: RegisterBody,
      response: { 201: UserResponse, ...problems(400, 409, 413, 415, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request, reply) => {
    const user = await users.register(request.body);
    return reply.code(201).header('location', `/api/users/${user.id}`).send({ user });
  });

  r.post('/login', {
    schema: {
      tags: ['auth'],
      summary: 'Log in with email or username and password',
      description: 'Opens a session. Repeated failures lock the account (423 with Retry-After); unknown accounts answer exactly like wrong passwords. '
        + 'An account with a second factor answers a right password with {mfa_required, mfa_token, methods} and no tokens.',
      body: LoginBody,
      response: { 200: Type.Union([LoginResponse, MfaChallengeResponse]), ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => {
    const { email, username, password } = request.body;
    if ((email === undefined) === (username === undefined)) {
      const errors = [{ field: 'email', message: 'give exactly one of email or username' }, { field: 'username', message: 'give exactly one of email or username' }];
      throw new AppError('validation_failed', { errors });
    }
    return auth.login({ email, username, password, ip: request.ip, userAgent: request.headers['user-agent'] });
  });

  r.post('/login/mfa', {
    schema: {
      tags: ['auth', 'mfa'],
      summary: 'Complete a login with a second factor',
      description: 'A code of a time step already used is refused, even through another login; wrong codes count toward the lockout like wrong passwords.',
      body: MfaLoginBody,
      response: { 200: LoginResponse, ...problems(400, 401, 403, 413, 415, 423, 429) },
    },
    onRequest: app.limits.credentials,
  }, async (request) => {
    const { mfa_token: mfaToken, code, recovery_code: recoveryCode } = request.body;
    const client = { ip: request.ip, userAgent: request.headers['user-agent'] };
    if (code !== undefined && recoveryCode === undefined) return auth.completeMfaLogin({ mfaToken, code, ...client });
    if (recoveryCode !== undefined && code === undefined) return auth.completeMfaLogin({ mfaToken, recoveryCode, ...client });
    const errors = ['code', 'recovery_code'].map((field) => ({ field, message: 'give exactly one of code or recovery_code' }));
    throw new AppError('validation_failed', { errors });
  });

  r.post('/refresh', {
    schema: {
      tags: ['auth'],
      summary: 'Exchange a refresh token for new tokens (rotation)',
      description: 'Send the refresh token as a Bearer token or as {"refresh_token"}. The old refresh token dies; presenting it again after the grace window revokes the whole session (refresh_reused). With REFRESH_TOKEN_ROTATION=false the same refresh token is answered again. A Flask-JWT-Extended refresh token (LEGACY_JWT_SECRET_KEY) is exchanged for a new session that owns it.',
      body: RefreshBody,
      security: BEARER,
      response: { 200: TokenPairSchema, ...problems(400, 401, 403, 429) },
    },
    onRequest: app.limits.refresh,
    preValidation: emptyBodyAsObject,
  }, async (request) => {
    const token = bearerToken(request) ?? request.body.refresh_token;
    if (!token) throw new AppError('authorization_required', { detail: 'Send the refresh token as a Bearer token or in the body.' });
    return auth.refresh(token);
  });

  r.post('/logout', {
    schema: {
      tags: ['auth'],
      summary: 'Revoke the current session (its access and refresh tokens)',
      body: RefreshBody,
      security: BEARER,
      response: { 200: MessageSchema, ...problems(400, 401, 403) },
    },
    onRequest: app.authenticate,
    preValidation: emptyBodyAsObject,
  }, async (request) => {
    await auth.logout(currentActor(request), request.body.refresh_token);
    return { message: 'Successfully logged out' };
  });

  await app.register(password, { prefix: '/password' });
  await app.register(email, { prefix: '/email' });
});
