import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';

describe(`users: access control on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  const get = (url: string, token: string) => t.app.inject({ method: 'GET', url, headers: bearer(token) });
  const put = (url: string, token: string, payload: object) => t.app.inject({ method: 'PUT', url, headers: bearer(token), payload });
  const del = (url: string, token: string) => t.app.inject({ method: 'DELETE', url, headers: bearer(token) });
  const row = (id: number) => t.app.db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  /** The status and code of an answer, so one assertion pins both. */
  const answer = (res: { statusCode: number; json(): { code?: string } }) => `${res.statusCode} ${res.statusCode < 300 ? '' : res.json().code}`.trim();

  it('requires a token on every users route', async () => {
    for (const [method, url] of [['GET', '/api/users'], ['GET', '/api/users/me'], ['GET', '/api/users/1'], ['PUT', '/api/users/1'], ['DELETE', '/api/users/1']] as const) {
      const res = await t.app.inject({ method, url, ...(method === 'PUT' ? { payload: { username: 'someone' } } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().code).toBe('authorization_required');
    }
  });

  it('shows a user themselves at /me and /:id, without admin-only fields or the hash', async () => {
    const alice = await registerAndLogin(t.app);
    for (const url of ['/api/users/me', `/api/users/${alice.id}`]) {
      const res = await get(url, alice.access);
      expect(res.statusCode).toBe(200);
      expect(res.json().user).toMatchObject({ id: alice.id, username: alice.username, email: alice.email, role: 'user', is_active: true, is_locked: false });
      expect(res.json().user).not.toHaveProperty('failed_login_attempts');
      expect(res.json().user).not.toHaveProperty('locked_until');
      expect(res.body).not.toMatch(/password|argon2/);
    }
  });

  it('refuses a user reading, updating or deleting another user (IDOR), leaving the target unchanged', async () => {
    const alice = await registerAndLogin(t.app);
    const bob = await registerAndLogin(t.app);
    const before = await row(bob.id);

    expect(answer(await get(`/api/users/${bob.id}`, alice.access))).toBe('403 forbidden');
    expect(answer(await put(`/api/users/${bob.id}`, alice.access, { email: 'stolen@example.com' }))).toBe('403 forbidden');
    expect(answer(await put(`/api/users/${bob.id}`, alice.access, { password: 'a-New-password-99', current_password: alice.password }))).toBe('403 forbidden');
    expect(answer(await del(`/api/users/${bob.id}`, alice.access))).toBe('403 forbidden');
    // An unknown id answers the same 403 to a non-admin: existence is not revealed.
    expect(answer(await get('/api/users/999999', alice.access))).toBe('403 forbidden');

    expect(await row(bob.id)).toEqual(before);
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(200);
  });

  it('refuses a user listing users or deleting themselves (admins only)', async () => {
    const alice = await registerAndLogin(t.app);
    expect(answer(await get('/api/users', alice.access))).toBe('403 forbidden');
    expect(answer(await del(`/api/users/${alice.id}`, alice.access))).toBe('403 forbidden');
    expect(await row(alice.id)).toBeTruthy();
  });

  it('refuses role through registration (400) and the account stays a user', async () => {
    const identity = uniqueIdentity();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: { ...identity, password: 'quiet-Lantern-47-orbit', role: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'role', message: 'is not an accepted field' }]);
    const stored = await t.app.db.selectFrom('users').select('id').where('email', '=', identity.email).executeTakeFirst();
    expect(stored).toBeUndefined();

    const registered = await registerUser(t.app);
    expect((await row(registered.id)).role).toBe('user');
  });

  it('refuses role, is_active and unlock in a self update (403), even with the current value', async () => {
    const alice = await registerAndLogin(t.app);
    const before = await row(alice.id);
    for (const payload of [{ role: 'admin' }, { role: 'user' }, { is_active: true }, { is_active: false }, { unlock: true }, { username: 'fine_name', role: 'admin' }]) {
      const res = await put(`/api/users/${alice.id}`, alice.access, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(403);
      expect(res.json().code).toBe('forbidden');
    }
    expect(await row(alice.id)).toEqual(before);
  });

  it('refuses unknown fields (400) and an empty body (400)', async () => {
    const alice = await registerAndLogin(t.app);
    const unknown = await put(`/api/users/${alice.id}`, alice.access, { password_hash: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'password_hash', message: 'is not an accepted field' }] });
    expect(answer(await put(`/api/users/${alice.id}`, alice.access, {}))).toBe('400 validation_failed');
    const noBody = await t.app.inject({ method: 'PUT', url: `/api/users/${alice.id}`, headers: bearer(alice.access) });
    expect(answer(noBody)).toBe('400 validation_failed');
  });

  it('answers a malformed id with 400 and an unknown id with 404 user_not_found', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (const id of ['abc', '0', '-1', '1.5', '99999999999999999999', '2147483648']) {
      for (const method of ['GET', 'PUT', 'DELETE'] as const) {
        const res = await t.app.inject({ method, url: `/api/users/${id}`, headers: bearer(admin.access), ...(method === 'PUT' ? { payload: { username: 'valid_name' } } : {}) });
        expect(res.statusCode, `${method} ${id}`).toBe(400);
        expect(res.json().code).toBe('validation_failed');
      }
    }
    for (const method of ['GET', 'PUT', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/users/2147483647', headers: bearer(admin.access), ...(method === 'PUT' ? { payload: { username: 'valid_name' } } : {}) });
      expect(res.statusCode, method).toBe(404);
      expect(res.json().code).toBe('user_not_found');
    }
  });

  it('lets an admin read anyone, with lock details', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerUser(t.app);
    const res = await get(`/api/users/${bob.id}`, admin.access);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: bob.id, role: 'user', failed_login_attempts: 0, locked_until: null });
  });

  it('applies a demotion to a live admin token at the next request', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const other = await registerAndLogin(t.app, { role: 'admin' });
    expect((await get('/api/users', other.access)).statusCode).toBe(200);

    const demote = await put(`/api/users/${other.id}`, admin.access, { role: 'user' });
    expect(demote.statusCode).toBe(200);
    expect(demote.json().user.role).toBe('user');
    // The token still claims role admin; the database says otherwise.
    expect(answer(await get('/api/users', other.access))).toBe('403 forbidden');
    expect(answer(await del(`/api/users/${admin.id}`, other.access))).toBe('403 forbidden');
    expect((await row(admin.id)).role).toBe('admin');
  });

  it('applies a promotion at the next request too', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerAndLogin(t.app);
    expect(answer(await get('/api/users', bob.access))).toBe('403 forbidden');
    expect((await put(`/api/users/${bob.id}`, admin.access, { role: 'admin' })).statusCode).toBe(200);
    expect((await get('/api/users', bob.access)).statusCode).toBe(200);
  });

  it('revokes the sessions of a deactivated user (401 token_revoked at the next request); reactivation lets them log in again', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerAndLogin(t.app);
    expect((await get('/api/users/me', bob.access)).statusCode).toBe(200);

    const off = await put(`/api/users/${bob.id}`, admin.access, { is_active: false });
    expect(off.statusCode).toBe(200);
    expect(off.json().user.is_active).toBe(false);
    // Deactivation revokes every session of the account: the live token is refused as revoked, and stays so.
    expect(answer(await get('/api/users/me', bob.access))).toBe('401 token_revoked');
    expect(answer(await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(bob.refresh) }))).toBe('401 token_revoked');
    const sessions = await t.app.db.selectFrom('sessions').select(['revoked_at', 'revoked_reason']).where('user_id', '=', bob.id).execute();
    expect(sessions).toEqual([{ revoked_at: expect.any(Number), revoked_reason: 'admin' }]);
    expect(answer(await loginUser(t.app, { username: bob.username, password: bob.password }))).toBe('403 account_disabled');

    expect((await put(`/api/users/${bob.id}`, admin.access, { is_active: true })).statusCode).toBe(200);
    // Reactivation does not bring the old session back, neither its access nor its refresh token; a new login works.
    expect(answer(await get('/api/users/me', bob.access))).toBe('401 token_revoked');
    expect(answer(await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(bob.refresh) }))).toBe('401 token_revoked');
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(200);
  });

  it('deletes a user with their sessions: 204, their live token fails, and they are gone', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerAndLogin(t.app);
    const res = await del(`/api/users/${bob.id}`, admin.access);
    expect(res.statusCode).toBe(204);
    expect(res.body).toBe('');
    expect(answer(await get('/api/users/me', bob.access))).toBe('401 token_revoked');
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', bob.id).execute()).toEqual([]);
    expect(answer(await get(`/api/users/${bob.id}`, admin.access))).toBe('404 user_not_found');
    expect(answer(await del(`/api/users/${bob.id}`, admin.access))).toBe('404 user_not_found');
  });

  it('lets an admin unlock a locked account', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerUser(t.app);
    for (let i = 0; i < t.config.lockout.maxFailedLogins; i++) await loginUser(t.app, { username: bob.username, password: 'wrong-password-x' });
    expect(answer(await loginUser(t.app, { username: bob.username, password: bob.password }))).toBe('423 account_locked');
    expect((await get(`/api/users/${bob.id}`, admin.access)).json().user).toMatchObject({ is_locked: true, failed_login_attempts: t.config.lockout.maxFailedLogins });

    const res = await put(`/api/users/${bob.id}`, admin.access, { unlock: true });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ is_locked: false, locked_until: null, failed_login_attempts: 0 });
    expect((await loginUser(t.app, { username: bob.username, password: bob.password })).statusCode).toBe(200);
  });
});
