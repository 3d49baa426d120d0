import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isSelf } from '../../../account/actor.js';
import { AppError } from '../../../errors.js';
import { currentActor } from '../../../http/authenticate.js';
import { requireAdmin, requireSelfOrAdmin } from '../../../http/guards.js';
import { BEARER, MessageSchema, problems } from '../../../schemas/problem.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, UserChangesBody, type UserCreation, UserCreationBody, UserIdParams, UserListQuery, UserListResponse, UserResponse } from '../../../schemas/user.js';
import type { InitialCredential } from '../../../users/user-service.js';
import { routes } from '../../plugin.js';
import mfa from './mfa.js';
import identities from './identities.js';
import passkeys from './passkeys.js';
import sessions from './sessions.js';
import audit from './audit.js';

/** The body's one credential: a password or a hash, never both, never neither. */
function initialCredential({ password, password_hash: passwordHash }: UserCreation): InitialCredential {
  if (password !== undefined && passwordHash === undefined) return { password };
  if (passwordHash !== undefined && password === undefined) return { passwordHash };
  const errors = ['password', 'password_hash'].map((field) => ({ field, message: 'give exactly one of password or password_hash' }));
  throw new AppError('validation_failed', { errors });
}

export default routes('users-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { users } = app.services;
  // Authentication and authorization run on request, before the body is read or validated.
  const adminOnly = [app.authenticate, requireAdmin];
  const selfOrAdmin = [app.authenticate, requireSelfOrAdmin];

  r.get('', {
    schema: {
      tags: ['users'],
      summary: 'List users (admins only)',
      description: `Ordered by id. per_page 1-${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}); a page past the end is empty. `
        + 'Keyset paging: pass the previous page\'s next as after (not together with page, 400); next is null on the last page.',
      querystring: UserListQuery,
      security: BEARER,
      response: { 200: UserListResponse, ...problems(400, 401, 403) },
    },
    onRequest: adminOnly,
  }, async (request) => {
    const { page, after, per_page: perPage, role, q, status } = request.query;
    return users.list({ page, after, perPage, role, q, status });
  });

  r.post('', {
    schema: {
      tags: ['users'],
      summary: 'Create a user (admins only)',
      description: 'With a password (the password policy applies) or the password_hash of another system (argon2, bcrypt, werkzeug '
        + 'pbkdf2 or scrypt, within bounded parameters), never both; the hash is never shown. role (default user), is_active (default true) '
        + 'and email_verified (default false: a verification mail goes out) set the account as it starts. Non-admins are refused before the body is read.',
      body: UserCreationBody,
      security: BEARER,
      response: { 201: UserResponse, ...problems(400, 401, 403, 409, 413, 415) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    const { username, email, role, is_active: isActive, email_verified: emailVerified } = request.body;
    const account = { username, email, role, isActive, emailVerified, credential: initialCredential(request.body) };
    const user = await users.create({ actor: currentActor(request), account });
    return reply.code(201).header('location', `/api/users/${user.id}`).send({ user });
  });

  r.get('/me', {
    schema: { tags: ['users'], summary: 'The current user', security: BEARER, response: { 200: UserResponse, ...problems(401, 403) } },
    onRequest: app.authenticate,
  }, async (request) => ({ user: users.me(currentActor(request)) }));

  r.get('/:id', {
    schema: {
      tags: ['users'],
      summary: 'One user (self or admin)',
      params: UserIdParams,
      security: BEARER,
      response: { 200: UserResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: selfOrAdmin,
  }, async (request) => ({ user: await users.get({ viewer: currentActor(request), id: request.params.id }) }));

  r.put('/:id', {
    schema: {
      tags: ['users'],
      summary: 'Update a user (self or admin)',
      description: 'Anyone may change their own username, email and password (the last two with current_password, '
        + 'rate-limited per user and per IP); a new password ends their other sessions. Admins may also set role, is_active and unlock for anyone. The last active admin cannot be '
        + 'demoted or deactivated (409 last_admin).',
      params: UserIdParams,
      body: UserChangesBody,
      security: BEARER,
      response: { 200: UserResponse, ...problems(400, 401, 403, 404, 409, 423, 429) },
    },
    onRequest: [...selfOrAdmin, ...app.limits.selfService],
  }, async (request, reply) => {
    const actor = currentActor(request);
    const user = await users.update({ actor, id: request.params.id, changes: request.body });
    // A browser that changed its own password through its cookies signs in again with it: the session behind
    // them ends and they are cleared (a bearer client keeps its session, as the other sessions end).
    if (request.tokenCarrier === 'cookie' && request.body.password !== undefined && isSelf(actor, user.id)) {
      await app.services.auth.logout(actor);
      app.sessionCookies?.clear(reply);
    }
    return { user };
  });

  r.post('/:id/password-reset', {
    schema: {
      tags: ['users', 'email'],
      summary: 'Mail a user a password-reset link (admins only)',
      params: UserIdParams,
      security: BEARER,
      response: { 202: MessageSchema, ...problems(400, 401, 403, 404, 503) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    await app.services.recovery.sendPasswordReset({ actor: currentActor(request), id: request.params.id });
    return reply.code(202).send({ message: 'A password-reset link is on its way to the user.' });
  });

  r.delete('/:id', {
    schema: {
      tags: ['users'],
      summary: 'Delete a user (admins only)',
      description: 'The user\'s sessions go with them. The last active admin cannot be deleted (409 last_admin).',
      params: UserIdParams,
      security: BEARER,
      response: { 204: Type.Null(), ...problems(400, 401, 403, 404, 409) },
    },
    onRequest: adminOnly,
  }, async (request, reply) => {
    await users.remove({ actor: currentActor(request), id: request.params.id });
    return reply.code(204).send(null);
  });

  await app.register(sessions);
  await app.register(mfa);
  await app.register(identities);
  await app.register(passkeys);
  await app.register(audit);
});
