import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { currentAuth } from '../../../http/authenticate.js';
import { requireRole, requireSelfOrAdmin } from '../../../http/guards.js';
import { Email, NO_CONTROL_CHARACTERS, NullableInteger, Password, RoleSchema, Username } from '../../../schemas/fields.js';
import { BEARER, MessageSchema, problems } from '../../../schemas/problem.js';
import { UserResponse, UserSchema } from '../../../schemas/user.js';
import { DEFAULT_PER_PAGE, MAX_PER_PAGE } from '../../../users/service.js';
import { routes } from '../../plugin.js';
import mfa from './mfa.js';
import sessions from './sessions.js';

// Ids are PostgreSQL `integer`s: anything outside that range is a malformed id (400), never a driver error.
const UserIdParams = Type.Object({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647, description: 'User id' }) }, { additionalProperties: false });

const ListQuery = Type.Object(
  {
    // No schema default: a filled-in page would make every `after` request look like page + after.
    page: Type.Optional(Type.Integer({ minimum: 1, maximum: 1_000_000, description: 'Offset paging (default 1); not with after' })),
    after: Type.Optional(Type.Integer({ minimum: 0, maximum: 2_147_483_647, description: 'Keyset paging: users with an id above this one (the previous page\'s next); not with page' })),
    per_page: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE })),
    role: Type.Optional(RoleSchema),
    q: Type.Optional(Type.String({ maxLength: 254, pattern: NO_CONTROL_CHARACTERS, description: 'Case-insensitive substring of the username or email' })),
  },
  { additionalProperties: false },
);

const UpdateBody = Type.Object(
  {
    username: Type.Optional(Username),
    email: Type.Optional(Email),
    password: Type.Optional(Password),
    current_password: Type.Optional({ ...Password, description: 'Required to change your own password or email' }),
    role: Type.Optional({ ...RoleSchema, description: 'Admins only' }),
    is_active: Type.Optional(Type.Boolean({ description: 'Admins only' })),
    unlock: Type.Optional(Type.Boolean({ description: 'Admins only: true clears failed logins and the lock' })),
  },
  { additionalProperties: false, minProperties: 1 },
);

const UserListResponse = Type.Object({
  users: Type.Array(UserSchema),
  page: NullableInteger({ description: 'The offset page; null on a keyset (after) page' }),
  per_page: Type.Integer(),
  total: Type.Integer({ description: 'Matching users, counted up to a cap (10,000); see total_exact' }),
  total_exact: Type.Boolean({ description: 'False when the count stopped at the cap: total is the cap and there are more' }),
  pages: Type.Integer(),
  next: NullableInteger({ description: 'The after of the next page when more users may follow; null on the last page' }),
});

export default routes('users-routes', async (app) => {
  const r = app.withTypeProvider<TypeBoxTypeProvider>();
  const { users } = app.services;
  // Authentication and authorization run on request, before the body is read or validated.
  const adminOnly = [app.authenticate, requireRole('admin')];
  const selfOrAdmin = [app.authenticate, requireSelfOrAdmin];

  r.get('', {
    schema: {
      tags: ['users'],
      summary: 'List users (admins only)',
      description: `Ordered by id. per_page 1-${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}); a page past the end is empty. `
        + 'Keyset paging: pass the previous page\'s next as after (not together with page, 400); next is null on the last page.',
      querystring: ListQuery,
      security: BEARER,
      response: { 200: UserListResponse, ...problems(400, 401, 403) },
    },
    onRequest: adminOnly,
  }, async (request) => {
    const { page, after, per_page: perPage, role, q } = request.query;
    return users.list({ page, after, perPage, role, q });
  });

  r.get('/me', {
    schema: { tags: ['users'], summary: 'The current user', security: BEARER, response: { 200: UserResponse, ...problems(401, 403) } },
    onRequest: app.authenticate,
  }, async (request) => ({ user: users.me(currentAuth(request).user) }));

  r.get('/:id', {
    schema: {
      tags: ['users'],
      summary: 'One user (self or admin)',
      params: UserIdParams,
      security: BEARER,
      response: { 200: UserResponse, ...problems(400, 401, 403, 404) },
    },
    onRequest: selfOrAdmin,
  }, async (request) => ({ user: await users.get({ viewer: currentAuth(request).user, id: request.params.id }) }));

  r.put('/:id', {
    schema: {
      tags: ['users'],
      summary: 'Update a user (self or admin)',
      description: 'Anyone may change their own username, email and password (the last two with current_password, '
        + 'rate-limited per user and per IP); a new password ends their other sessions. Admins may also set role, is_active and unlock for anyone. The last active admin cannot be '
        + 'demoted or deactivated (409 last_admin).',
      params: UserIdParams,
      body: UpdateBody,
      security: BEARER,
      response: { 200: UserResponse, ...problems(400, 401, 403, 404, 409, 423, 429) },
    },
    onRequest: [...selfOrAdmin, ...app.limits.selfService],
  }, async (request) => {
    const { user, sessionId } = currentAuth(request);
    return { user: await users.update({ actor: { kind: 'user', user, sessionId }, id: request.params.id, changes: request.body }) };
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
    const { user, sessionId } = currentAuth(request);
    await app.services.recovery.sendPasswordReset({ actor: { kind: 'user', user, sessionId }, id: request.params.id });
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
    const { user, sessionId } = currentAuth(request);
    await users.remove({ actor: { kind: 'user', user, sessionId }, id: request.params.id });
    return reply.code(204).send(null);
  });

  await app.register(sessions);
  await app.register(mfa);
});
