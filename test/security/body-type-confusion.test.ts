import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, PASSWORD, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from '../helper.js';

/** A JSON body whose `password` value carries bytes that are not UTF-8 (a lone 0xff and a cut sequence). */
function bodyWithInvalidUtf8(fields: Record<string, string>): Buffer {
  const json = JSON.stringify({ ...fields, password: '@@BAD@@' });
  const [before = '', after = ''] = json.split('@@BAD@@');
  return Buffer.concat([Buffer.from(before), Buffer.from('quiet-Lantern-47-'), Buffer.from([0xff, 0xe2, 0x82]), Buffer.from('-orbit'), Buffer.from(after)]);
}

describe(`JSON bodies are taken as sent, never coerced (${backend})`, () => {
  let t: TestApp;
  let admin: LoggedInUser;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(async () => t.close());

  const put = (id: number, payload: unknown) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: { ...bearer(admin.access), 'content-type': 'application/json' }, payload: JSON.stringify(payload) });
  const userRow = (id: number) => t.app.db.selectFrom('users').select(['username', 'role', 'is_active']).where('id', '=', id).executeTakeFirstOrThrow();

  it('{"is_active": null} is a 400, and the user stays active', async () => {
    const bob = await registerUser(t.app);
    const res = await put(bob.id, { is_active: null });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', errors: [{ field: 'is_active', message: 'must be boolean' }] });
    expect(Boolean((await userRow(bob.id)).is_active)).toBe(true);
  });

  it.each([['false'], [0], [[false]]])('is_active %j (not a boolean) is a 400, and the user stays active', async (value) => {
    const bob = await registerUser(t.app);
    const res = await put(bob.id, { is_active: value });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([expect.objectContaining({ field: 'is_active' })]);
    expect(Boolean((await userRow(bob.id)).is_active)).toBe(true);
  });

  it('{"role": ["admin"]} is a 400, and the user is not promoted', async () => {
    const bob = await registerUser(t.app);
    const res = await put(bob.id, { role: ['admin'] });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect((await userRow(bob.id)).role).toBe('user');
  });

  it('a username sent as a number is a 400 on register and on update, never turned into "12345"', async () => {
    const { email } = uniqueIdentity();
    const register = await t.app.inject({ method: 'POST', url: '/api/auth/register', payload: JSON.stringify({ username: 12345, email, password: PASSWORD }), headers: { 'content-type': 'application/json' } });
    expect(register.statusCode).toBe(400);
    expect(register.json().errors).toEqual([{ field: 'username', message: 'must be string' }]);
    expect(await t.app.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();

    const bob = await registerUser(t.app);
    const update = await put(bob.id, { username: 12345 });
    expect(update.statusCode).toBe(400);
    expect((await userRow(bob.id)).username).toBe(bob.username);
  });

  it('a password sent as a number is a 400 on login, not a login attempt', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: JSON.stringify({ username: admin.username, password: 12345678 }), headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'password', message: 'must be string' }]);
  });

  it('a register body with invalid UTF-8 is a 400, and no account is created with U+FFFD in its password', async () => {
    const identity = uniqueIdentity();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', headers: { 'content-type': 'application/json' }, payload: bodyWithInvalidUtf8(identity) });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json().code).toBe('malformed_json');
    expect(await t.app.db.selectFrom('users').select('id').where('username', '=', identity.username).executeTakeFirst()).toBeUndefined();
  });

  it('a login body with invalid UTF-8 is a 400 and does not count as a failed login', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json; charset=utf-8' }, payload: bodyWithInvalidUtf8({ username: user.username }) });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('malformed_json');
    const row = await t.app.db.selectFrom('users').select('failed_login_attempts').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.failed_login_attempts).toBe(0);
  });

  it('valid UTF-8 beyond ASCII is still accepted', async () => {
    const password = 'Grüße-aus-Köln-🔑-47';
    const user = await registerUser(t.app, { password });
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: Buffer.from(JSON.stringify({ username: user.username, password }), 'utf8') });
    expect(login.statusCode).toBe(200);
  });

  it('proto poisoning is still refused by the JSON parser', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload: '{"username":"x","password":"y","__proto__":{"role":"admin"}}' });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('query strings and path parameters are still coerced from text', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/users?page=1&per_page=5', headers: bearer(admin.access) });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ page: 1, per_page: 5 });
    const one = await t.app.inject({ method: 'GET', url: `/api/users/${admin.id}`, headers: bearer(admin.access) });
    expect(one.statusCode).toBe(200);
    expect(one.json().user.id).toBe(admin.id);
  });
});
