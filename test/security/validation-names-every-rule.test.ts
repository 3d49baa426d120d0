import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, registerAndLogin, type TestApp, uniqueIdentity } from '../helper.js';

describe(`a rejected form names every broken rule at once (${backend})`, () => {
  let t: TestApp;
  let alice: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    alice = await registerAndLogin(t.app);
  });
  afterAll(async () => t.close());

  const json = { 'content-type': 'application/json' };

  it('register with a bad email and a short password: both errors in one 400, nothing created', async () => {
    const { username } = uniqueIdentity();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: json, payload: { username, email: 'not-an-email', password: 'Zq7!xw' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().errors).toEqual([
      { field: 'email', message: 'must match format "email"' },
      { field: 'password', message: 'must be at least 8 characters' },
    ]);
    expect(await t.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()).toBeUndefined();
  });

  it('register with an unknown field and a password equal to the username: both named', async () => {
    const { username, email } = uniqueIdentity();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: json, payload: { username, email, password: username, role: 'admin' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'role', message: 'is not an accepted field' },
      { field: 'password', message: 'must not be the same as the username' },
    ]);
  });

  it('update with a bad email and a common password: both errors in one 400, nothing changed', async () => {
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${alice.id}`, headers: bearer(alice.access), payload: { email: 'nope', password: 'password1', current_password: alice.password } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([
      { field: 'email', message: 'must match format "email"' },
      { field: 'password', message: 'is too common: it appears in a list of frequently used passwords' },
    ]);
    const row = await t.app.db.selectFrom('users').select('email').where('id', '=', alice.id).executeTakeFirstOrThrow();
    expect(row.email).toBe(alice.email);
  });

  it('a password the schema already refuses is not reported twice', async () => {
    const { username, email } = uniqueIdentity();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: json, payload: { username, email, password: 'x'.repeat(300) } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'password', message: 'must NOT have more than 256 characters' }]);
  });

  it('login never applies the new-password policy to the password presented', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: json, payload: { username: alice.username, password: 'short', extra: 1 } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'extra', message: 'is not an accepted field' }]);
  });
});
