import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { uniqueClientIp } from '../edge-helper.js';
import { backend, bearer, buildTestApp, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// Finding 4: a right current_password with a new password that fails the policy spent a hash, unlimited.
// Finding 6: any account could probe which emails exist by trying to take them (409 email_taken), ~800/s.

const SELF_SERVICE_MAX = 3;

describe(`self-service changes on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { SELF_SERVICE_RATE_LIMIT_MAX: String(SELF_SERVICE_MAX), SELF_SERVICE_RATE_LIMIT_WINDOW: '3600' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const put = (id: number, token: string, payload: object, ip = uniqueClientIp()) =>
    t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload, remoteAddress: ip });

  it('checks the new password against the policy before spending any hash', async () => {
    const alice = await registerAndLogin(t.app);
    const hash = vi.spyOn(t.app.services.passwords, 'hash');
    const verify = vi.spyOn(t.app.services.passwords, 'verify');
    for (const weak of ['short', 'password123', alice.username]) {
      const res = await put(alice.id, alice.access, { password: weak, current_password: alice.password });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('validation_failed');
    }
    expect(hash).not.toHaveBeenCalled();
    expect(verify).not.toHaveBeenCalled();
  });

  it('limits self-service changes per user, whatever address they come from', async () => {
    const alice = await registerAndLogin(t.app);
    const statuses = [];
    for (let i = 0; i < SELF_SERVICE_MAX + 2; i++) statuses.push((await put(alice.id, alice.access, { username: `${alice.username}${i}` })).statusCode);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const limited = await put(alice.id, alice.access, { password: 'short' });
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits self-service changes per IP (AUTH_RATE_LIMIT_MAX), across users', async () => {
    const strict = await buildTestApp({ database: t.database, env: { SELF_SERVICE_RATE_LIMIT_MAX: '100', AUTH_RATE_LIMIT_MAX: '6' } });
    try {
      const ip = uniqueClientIp();
      const statuses = [];
      for (let i = 0; i < 4; i++) {
        // Set up through the services: the HTTP credential endpoints share this strict per-IP budget.
        const user = await registerUser(t.app);
        const login = await strict.app.services.auth.login({ username: user.username, password: user.password });
        const access = 'access_token' in login ? login.access_token : '';
        for (let j = 0; j < 2; j++) {
          statuses.push((await strict.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(access), payload: { username: `${user.username}${j}` }, remoteAddress: ip })).statusCode);
        }
      }
      expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 429, 429]);
    } finally {
      await strict.close();
    }
  });

  it('does not limit an admin administering other accounts', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const ip = uniqueClientIp();
    for (let i = 0; i < SELF_SERVICE_MAX + 5; i++) {
      const user = await registerUser(t.app);
      expect((await put(user.id, admin.access, { is_active: i % 2 === 0 }, ip)).statusCode).toBe(200);
    }
  });

  it('refuses an email change without the current password, before telling whether the address is taken', async () => {
    const alice = await registerAndLogin(t.app);
    const bob = await registerUser(t.app);
    for (const email of [bob.email, `nobody-${bob.email}`]) {
      const res = await put(alice.id, alice.access, { email });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toContainEqual({ field: 'current_password', message: expect.stringMatching(/required/) });
    }
    const wrong = await put(alice.id, alice.access, { email: bob.email, current_password: 'not-my-Password-1' });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('invalid_current_password');
  });

  it('keeps probing of addresses to a handful per hour even with the right password', async () => {
    const alice = await registerAndLogin(t.app);
    const candidates = Array.from({ length: 10 }, (_, i) => `probe${i}-${alice.email}`);
    const statuses = [];
    for (const email of candidates) statuses.push((await put(alice.id, alice.access, { email, current_password: alice.password })).statusCode);
    expect(statuses.filter((s) => s !== 429)).toHaveLength(SELF_SERVICE_MAX);
  });
});
