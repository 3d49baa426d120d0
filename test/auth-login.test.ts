import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, buildTestApp, loginUser, perTestClock, PASSWORD, registerUser, type TestApp, uniqueIdentity } from './helper.js';

const WRONG = 'wrong-Password-123';

describe('register', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  const register = (payload: object) => t.app.inject({ method: 'POST', url: '/api/auth/register', payload });

  it('creates a user: 201, the user, a Location, email lower-cased, role user', async () => {
    const { username } = uniqueIdentity();
    const res = await register({ username, email: `${username.toUpperCase()}@Example.COM`, password: PASSWORD });
    expect(res.statusCode).toBe(201);
    const { user } = res.json();
    expect(res.headers.location).toBe(`/api/users/${user.id}`);
    expect(user).toMatchObject({ username, email: `${username}@example.com`, role: 'user', is_active: true, is_locked: false, last_login_at: null });
    expect(Object.keys(user).sort()).toEqual(['created_at', 'email', 'email_verified', 'email_verified_at', 'id', 'is_active', 'is_locked', 'last_login_at', 'mfa_enabled', 'pending_email', 'role', 'updated_at', 'username']);
    expect(user).toMatchObject({ email_verified: false, email_verified_at: null, pending_email: null, mfa_enabled: false });
    expect(res.body).not.toMatch(/argon2|password/);
  });

  it('refuses role and any unknown field (mass assignment)', async () => {
    const res = await register({ ...uniqueIdentity(), password: PASSWORD, role: 'admin' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ field: 'role', message: 'is not an accepted field' });
  });

  it('names every broken field in errors[]', async () => {
    const res = await register({ username: 'x', email: 'not-an-email' });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'validation_failed', error: 'validation_failed' });
    expect(res.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['email', 'password', 'username']);
  });

  it.each([
    ['too short', 'Ab1-xyz', /at least 8 characters/],
    ['common', 'password123', /too common/],
    ['the username', '__USERNAME__', /same as the username/],
    ['the email', '__EMAIL__', /same as the email/],
  ])('refuses a password that is %s, naming the rule', async (_case, password, rule) => {
    const identity = uniqueIdentity();
    const pw = password.replace('__USERNAME__', identity.username).replace('__EMAIL__', identity.email);
    const res = await register({ ...identity, password: pw });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ field: 'password', message: expect.stringMatching(rule) });
  });

  it('refuses a password over 256 characters by schema, before hashing', async () => {
    const res = await register({ ...uniqueIdentity(), password: 'x'.repeat(257) });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toContainEqual({ field: 'password', message: expect.stringMatching(/256/) });
  });

  it('treats usernames as unique case-insensitively and emails as unique: 409 with the right code', async () => {
    const taken = await registerUser(t.app);
    const username = await register({ ...uniqueIdentity(), username: taken.username.toUpperCase(), password: PASSWORD });
    expect(username.statusCode).toBe(409);
    expect(username.json().code).toBe('username_taken');
    const email = await register({ ...uniqueIdentity(), email: taken.email.toUpperCase(), password: PASSWORD });
    expect(email.statusCode).toBe(409);
    expect(email.json().code).toBe('email_taken');
  });

  it('lets the database decide concurrent registrations: one 201, the others 409, never 500', async () => {
    const identity = uniqueIdentity();
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => register({ username: i % 2 ? identity.username : identity.username.toUpperCase(), email: `${i}${identity.email}`, password: PASSWORD })),
    );
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });
});

describe('login and lockout', () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterAll(async () => t.close());

  it('logs in by username (any case) or email: tokens, expiry and the user; records last_login_at', async () => {
    const user = await registerUser(t.app);
    const byName = await loginUser(t.app, { username: user.username.toUpperCase(), password: PASSWORD });
    expect(byName.statusCode).toBe(200);
    expect(byName.json()).toMatchObject({ token_type: 'Bearer', expires_in: 900, user: { id: user.id, last_login_at: new Date(clock.now()).toISOString() } });
    const byEmail = await loginUser(t.app, { email: user.email.toUpperCase(), password: PASSWORD });
    expect(byEmail.statusCode).toBe(200);
  });

  it('refuses an oversized password on login with 400, without spending a hash', async () => {
    const user = await registerUser(t.app);
    const verify = vi.spyOn(t.app.services.passwords, 'verify');
    const dummy = vi.spyOn(t.app.services.passwords, 'verifyAgainstDummy');
    try {
      for (const username of [user.username, `ghost_${user.username}`]) {
        const res = await loginUser(t.app, { username, password: 'x'.repeat(10_000) });
        expect(res.statusCode).toBe(400);
        expect(res.json().errors).toContainEqual({ field: 'password', message: expect.stringMatching(/256/) });
      }
      expect(verify).not.toHaveBeenCalled();
      expect(dummy).not.toHaveBeenCalled();
      // The spies do see a normal login, so the assertions above can fail.
      await loginUser(t.app, { username: user.username, password: PASSWORD });
      expect(verify).toHaveBeenCalledTimes(1);
    } finally {
      verify.mockRestore();
      dummy.mockRestore();
    }
  });

  it('requires exactly one of email or username', async () => {
    const both = await loginUser(t.app, { email: 'a@example.com', username: 'a', password: PASSWORD });
    expect(both.statusCode).toBe(400);
    const neither = await loginUser(t.app, { password: PASSWORD });
    expect(neither.statusCode).toBe(400);
  });

  it('answers a wrong password and an unknown account with the same status and body', async () => {
    const user = await registerUser(t.app);
    const wrong = await loginUser(t.app, { username: user.username, password: WRONG });
    const unknown = await loginUser(t.app, { username: `ghost_${user.username}`, password: WRONG });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, request_id: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(wrong.json()).toMatchObject({ code: 'invalid_credentials', error: 'invalid_credentials' });
  });

  it('locks after exactly MAX_FAILED_LOGINS concurrent failures: 4 x 401, the rest 423 with Retry-After', async () => {
    const user = await registerUser(t.app);
    const results = await Promise.all(Array.from({ length: 20 }, () => loginUser(t.app, { username: user.username, password: WRONG })));
    const counts = results.reduce<Record<number, number>>((acc, r) => ({ ...acc, [r.statusCode]: (acc[r.statusCode] ?? 0) + 1 }), {});
    expect(counts).toEqual({ 401: 4, 423: 16 });
    const locked = results.find((r) => r.statusCode === 423);
    expect(locked?.json().code).toBe('account_locked');
    expect(Number(locked?.headers['retry-after'])).toBe(900);
    const row = await t.app.db.selectFrom('users').select(['failed_login_attempts', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
    // Exactly MAX_FAILED_LOGINS attempts reached the account: the other 15 were refused before any hash.
    expect(row.failed_login_attempts).toBe(5);
    expect(row.locked_until).toBe(clock.now() + 900_000);
  });

  it('locks at the threshold even for the right password, then unlocks by itself', async () => {
    const user = await registerUser(t.app);
    for (let i = 1; i <= 4; i++) expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(401);
    expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(423);
    const right = await loginUser(t.app, { username: user.username, password: PASSWORD });
    expect(right.statusCode).toBe(423);
    clock.advance(899_000);
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).headers['retry-after']).toBe('1');
    clock.advance(1_000);
    const after = await loginUser(t.app, { username: user.username, password: PASSWORD });
    expect(after.statusCode).toBe(200);
    expect(after.json().user.is_locked).toBe(false);
  });

  it('does not let a correct password erase a lock that concurrent wrong guesses set meanwhile', async () => {
    const user = await registerUser(t.app);
    const verify = t.app.services.passwords.verify.bind(t.app.services.passwords);
    // While the correct password is being hashed, the wrong guesses racing it lock the account.
    const spy = vi.spyOn(t.app.services.passwords, 'verify').mockImplementation(async (hash, password) => {
      const result = await verify(hash, password);
      await t.app.db.updateTable('users').set({ failed_login_attempts: 5, locked_until: clock.now() + 900_000 }).where('id', '=', user.id).execute();
      return result;
    });
    try {
      const res = await loginUser(t.app, { username: user.username, password: PASSWORD });
      expect(res.statusCode).toBe(423);
      expect(res.headers['retry-after']).toBe('900');
    } finally {
      spy.mockRestore();
    }
    const row = await t.app.db.selectFrom('users').select(['failed_login_attempts', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_login_attempts: 5, locked_until: clock.now() + 900_000 });
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
  });

  it('forgets failures older than the lockout window, for real and unknown accounts alike', async () => {
    const user = await registerUser(t.app);
    const ghost = `ghost_${user.username}`;
    for (const username of [user.username, ghost]) {
      for (let i = 0; i < 4; i++) await loginUser(t.app, { username, password: WRONG });
    }
    clock.advance(900_001);
    const statuses = [];
    for (const username of [user.username, ghost]) statuses.push((await loginUser(t.app, { username, password: WRONG })).statusCode);
    expect(statuses).toEqual([401, 401]);
    // A failure inside the window still counts on top of the earlier ones.
    for (let i = 0; i < 3; i++) await loginUser(t.app, { username: user.username, password: WRONG });
    expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(423);
  });

  it('refuses control characters in the login identifier with 400, and odd Unicode with 401, never 500', async () => {
    const nul = await loginUser(t.app, { username: 'ali\u0000ce', password: WRONG });
    expect(nul.statusCode).toBe(400);
    // Lower-casing makes this 254-character address over 500 characters long.
    const odd = await loginUser(t.app, { email: '\u0130'.repeat(254), password: WRONG });
    expect(odd.statusCode).toBe(401);
  });

  it('resets the counter on success', async () => {
    const user = await registerUser(t.app);
    for (let i = 0; i < 4; i++) await loginUser(t.app, { username: user.username, password: WRONG });
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(401);
  });

  it('counts unknown accounts the same way, so a lock tells nothing about existence', async () => {
    const ghost = `ghost_${uniqueIdentity().username}`;
    const statuses = [];
    for (let i = 0; i < 6; i++) statuses.push((await loginUser(t.app, { username: ghost, password: WRONG })).statusCode);
    expect(statuses).toEqual([401, 401, 401, 401, 423, 423]);
    const res = await loginUser(t.app, { username: ghost, password: WRONG });
    expect(res.headers['retry-after']).toBe('900');
  });

  it('keeps the sessions opened before a lock: a lock stops password checks, not sessions', async () => {
    const user = await registerUser(t.app);
    const tokens = (await loginUser(t.app, { username: user.username, password: PASSWORD })).json();
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: user.username, password: WRONG });
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(423);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(tokens.access_token) })).statusCode).toBe(200);
    const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: tokens.refresh_token } });
    expect(refreshed.statusCode).toBe(200);
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(refreshed.json().access_token) });
    expect(res.statusCode).toBe(200);
  });

  it('answers account_disabled only after a correct password', async () => {
    const user = await registerUser(t.app);
    await t.app.db.updateTable('users').set({ is_active: 0 }).where('id', '=', user.id).execute();
    const wrong = await loginUser(t.app, { username: user.username, password: WRONG });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('invalid_credentials');
    const right = await loginUser(t.app, { username: user.username, password: PASSWORD });
    expect(right.statusCode).toBe(403);
    expect(right.json().code).toBe('account_disabled');
  });

  it.each(['$2b$', '$2a$', '$2y$'])('logs in a user imported from Flask with a %s bcrypt hash and upgrades it to argon2id', async (prefix) => {
    const user = await registerUser(t.app);
    const flaskHash = (await bcryptHash(PASSWORD, 4)).replace(/^\$2[aby]\$/, prefix);
    await t.app.db.updateTable('users').set({ password_hash: flaskHash }).where('id', '=', user.id).execute();
    expect((await loginUser(t.app, { username: user.username, password: WRONG })).statusCode).toBe(401);
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(200);
    const { password_hash } = await t.app.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(password_hash).toMatch(/^\$argon2id\$v=19\$m=8192,t=1,p=1\$/);
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(200);
  });

  it('rehashes an argon2id hash made with weaker parameters', async () => {
    const { hash } = await import('@node-rs/argon2');
    const user = await registerUser(t.app);
    await t.app.db.updateTable('users').set({ password_hash: await hash(PASSWORD, { memoryCost: 4096, timeCost: 1, algorithm: 2 }) }).where('id', '=', user.id).execute();
    expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(200);
    const { password_hash } = await t.app.db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(password_hash).toMatch(/m=8192,t=1,p=1/);
  });
});
