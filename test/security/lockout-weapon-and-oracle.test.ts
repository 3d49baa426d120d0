import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from '../helper.js';

// Finding 7a: five anonymous wrong logins locked any account and killed its live tokens, so five requests
// per window kept every admin out. 7b: a real account had one counter for its username and its email while
// unknown identifiers had one each, so answers told which username goes with which email.

const WRONG = 'Wrong-password-77';
type Form = 'username' | 'email';

describe(`lockout as a weapon and as an oracle on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: '5', LOCKOUT_DURATION: '900' } });
  });
  afterAll(async () => t.close());

  it('an anonymous attacker who locks every admin cannot end their sessions: an admin still unlocks over the API', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: admin.username, password: WRONG });
    for (let i = 0; i < 5; i++) await loginUser(t.app, { email: admin.email, password: WRONG });
    expect((await loginUser(t.app, { username: admin.username, password: admin.password })).statusCode).toBe(423);
    // The session opened before the lock still administers, and can lift the lock.
    const list = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(admin.access) });
    expect(list.statusCode).toBe(200);
    const unlock = await t.app.inject({ method: 'PUT', url: `/api/users/${admin.id}`, headers: bearer(admin.access), payload: { unlock: true } });
    expect(unlock.statusCode).toBe(200);
    expect(unlock.json().user).toMatchObject({ is_locked: false, failed_login_attempts: 0 });
    // The unlock lifts the identifier counters too: both ways of logging in work again at once.
    expect((await loginUser(t.app, { username: admin.username, password: admin.password })).statusCode).toBe(200);
    expect((await loginUser(t.app, { email: admin.email, password: admin.password })).statusCode).toBe(200);
  });

  /** The answers a sequence of wrong logins gets, identifier form by form. */
  async function answers(identity: { username: string; email: string }, sequence: Form[]): Promise<string[]> {
    const out = [];
    for (const form of sequence) {
      const res = await loginUser(t.app, form === 'username' ? { username: identity.username, password: WRONG } : { email: identity.email, password: WRONG });
      out.push(`${res.statusCode}:${res.json().code}:${res.headers['retry-after'] ?? ''}`);
    }
    return out;
  }

  const sequences: Form[][] = [
    ['username', 'username', 'username', 'username', 'email'],
    ['username', 'username', 'username', 'username', 'username', 'email', 'email'],
    ['email', 'username', 'email', 'username', 'email', 'username', 'email', 'username', 'email', 'username', 'email'],
    ['username', 'username', 'username', 'username', 'username', 'email', 'email', 'email', 'email', 'email', 'username'],
  ];

  it.each(sequences.map((s, i) => [i, s] as const))('answers sequence %i the same for a real account and an unknown pair', async (_i, sequence) => {
    const real = await registerUser(t.app);
    const unknown = uniqueIdentity('ghost');
    expect(await answers(real, sequence)).toEqual(await answers(unknown, sequence));
    clock.advance(900_001);
  });

  it('gives the same answers to the right password of a real account as to any password of an unknown pair, once the other identifier locked the account', async () => {
    const real = await registerUser(t.app);
    const unknown = uniqueIdentity('ghost');
    for (const identity of [real, unknown]) for (let i = 0; i < 5; i++) await loginUser(t.app, { username: identity.username, password: WRONG });
    const realAnswer = await loginUser(t.app, { email: real.email, password: real.password });
    const unknownAnswer = await loginUser(t.app, { email: unknown.email, password: real.password });
    expect([realAnswer.statusCode, realAnswer.json().code]).toEqual([401, 'invalid_credentials']);
    expect([unknownAnswer.statusCode, unknownAnswer.json().code]).toEqual([401, 'invalid_credentials']);
    clock.advance(900_001);
    expect((await loginUser(t.app, { email: real.email, password: real.password })).statusCode).toBe(200);
  });

  it('stores identifier counters under a keyed HMAC, not a digest a dictionary reverses', async () => {
    const { username, email } = uniqueIdentity('hmac');
    await loginUser(t.app, { username, password: WRONG });
    await loginUser(t.app, { email, password: WRONG });
    const keys = (await t.app.db.selectFrom('login_failures').select('identifier').execute()).map((r) => r.identifier);
    for (const plain of [`username:${username}`, `email:${email}`, username, email]) {
      expect(keys).not.toContain(createHash('sha256').update(plain).digest('hex'));
      expect(keys.join()).not.toContain(plain);
    }
    // Another server key gives other digests: the same identifier lands on a new counter.
    const other = await buildTestApp({ database: t.database, env: { JWT_SECRET_KEY: 'another-secret-key-for-this-test-0123456789' } });
    try {
      const before = keys.length;
      await loginUser(other.app, { username, password: WRONG });
      const after = await t.app.db.selectFrom('login_failures').select('identifier').execute();
      expect(after.length).toBe(before + 1);
    } finally {
      await other.close();
    }
  });
});
