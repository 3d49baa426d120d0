import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, registerAndLogin, registerUser, type TestApp } from './helper.js';

const NEW_PASSWORD = 'amber-Falcon-93-river';

describe(`users: updates on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });
  const put = (id: number, token: string, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });

  it('lets a user change their username at once, and their email once the new address confirms (stored lower-case)', async () => {
    const alice = await registerAndLogin(t.app);
    const res = await put(alice.id, alice.access, { username: `${alice.username}_x`, email: `New.${alice.email.toUpperCase()}`, current_password: alice.password });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ id: alice.id, username: `${alice.username}_x`, email: alice.email, pending_email: `new.${alice.email}` });
    // Until the mailed token confirms it, the old address is the one that logs in.
    expect((await loginUser(t.app, { email: alice.email, password: alice.password })).statusCode).toBe(200);
    expect((await loginUser(t.app, { email: `new.${alice.email}`, password: alice.password })).statusCode).toBe(401);
  });

  it('answers a taken username (any case) or email with 409, leaving the user unchanged', async () => {
    const alice = await registerAndLogin(t.app);
    const bob = await registerUser(t.app);
    const username = await put(alice.id, alice.access, { username: bob.username.toUpperCase() });
    expect(username.statusCode).toBe(409);
    expect(username.json().code).toBe('username_taken');
    const email = await put(alice.id, alice.access, { email: bob.email.toUpperCase(), current_password: alice.password });
    expect(email.statusCode).toBe(409);
    expect(email.json().code).toBe('email_taken');
    expect((await me(alice.access)).json().user).toMatchObject({ username: alice.username, email: alice.email });
  });

  it('changes the password: other sessions die, the current one lives, the old password stops working', async () => {
    const alice = await registerAndLogin(t.app);
    const otherLogin = await loginUser(t.app, { username: alice.username, password: alice.password });
    const other = otherLogin.json();
    expect((await me(other.access_token)).statusCode).toBe(200);

    const res = await put(alice.id, alice.access, { password: NEW_PASSWORD, current_password: alice.password });
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/argon2|password/);

    expect((await me(alice.access)).statusCode).toBe(200);
    const revoked = await me(other.access_token);
    expect(revoked.statusCode).toBe(401);
    expect(revoked.json().code).toBe('token_revoked');
    const refresh = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: other.refresh_token } });
    expect(refresh.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: alice.refresh } })).statusCode).toBe(200);

    expect((await loginUser(t.app, { username: alice.username, password: alice.password })).statusCode).toBe(401);
    expect((await loginUser(t.app, { username: alice.username, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a wrong current_password with 403 and keeps the old password', async () => {
    const alice = await registerAndLogin(t.app);
    const res = await put(alice.id, alice.access, { password: NEW_PASSWORD, current_password: 'not-my-password-1' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('invalid_current_password');
    expect((await loginUser(t.app, { username: alice.username, password: alice.password })).statusCode).toBe(200);
    expect((await loginUser(t.app, { username: alice.username, password: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it('counts wrong current_password guesses against the account: the threshold stops password checks, not the session', async () => {
    const alice = await registerAndLogin(t.app, { password: 'first-Guess-proof-42' });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await put(alice.id, alice.access, { password: NEW_PASSWORD, current_password: `wrong-guess-${i}-x` })).statusCode);
    expect(statuses).toEqual([403, 403, 403, 403, 423]);
    // Even the right current password is not checked while the lock lasts.
    const right = await put(alice.id, alice.access, { password: NEW_PASSWORD, current_password: alice.password });
    expect(right.statusCode).toBe(423);
    expect(right.json().code).toBe('account_locked');
    // The session opened before the lock lives on.
    expect((await me(alice.access)).statusCode).toBe(200);
    // A login through an identifier with no lock of its own is refused like a wrong password (no check runs).
    const login = await loginUser(t.app, { username: alice.username, password: alice.password });
    expect(login.statusCode).toBe(401);
    expect(login.json().code).toBe('invalid_credentials');
    expect((await loginUser(t.app, { username: alice.username, password: NEW_PASSWORD })).statusCode).toBe(401);
  });

  it('requires current_password for your own password, even as an admin (400)', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const res = await put(admin.id, admin.access, { password: NEW_PASSWORD });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'current_password', message: expect.stringMatching(/required/) }]);
    const alone = await put(admin.id, admin.access, { current_password: admin.password });
    expect(alone.statusCode).toBe(400);
  });

  it('holds a new password to the policy, naming the rule', async () => {
    const alice = await registerAndLogin(t.app);
    const short = await put(alice.id, alice.access, { password: 'Zq7!xw', current_password: alice.password });
    expect(short.statusCode).toBe(400);
    expect(short.json().errors).toEqual([{ field: 'password', message: 'must be at least 8 characters' }]);
    const common = await put(alice.id, alice.access, { password: 'password123', current_password: alice.password });
    expect(common.json().errors).toEqual([{ field: 'password', message: expect.stringMatching(/too common/) }]);
    const sameAsName = await put(alice.id, alice.access, { password: alice.username.toUpperCase(), current_password: alice.password });
    expect(sameAsName.json().errors).toContainEqual({ field: 'password', message: 'must not be the same as the username' });
    expect((await loginUser(t.app, { username: alice.username, password: alice.password })).statusCode).toBe(200);
  });

  it('lets an admin set another user\'s password without current_password, ending all their sessions', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerAndLogin(t.app);
    const res = await put(bob.id, admin.access, { password: NEW_PASSWORD });
    expect(res.statusCode).toBe(200);
    expect((await me(bob.access)).statusCode).toBe(401);
    expect((await me(admin.access)).statusCode).toBe(200);
    expect((await loginUser(t.app, { username: bob.username, password: NEW_PASSWORD })).statusCode).toBe(200);
  });

  it('lets an admin change role and active state in one request, and shows admin fields', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const bob = await registerUser(t.app);
    const res = await put(bob.id, admin.access, { role: 'admin', is_active: false });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ role: 'admin', is_active: false, failed_login_attempts: 0 });
  });
});
