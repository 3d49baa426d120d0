import { createSigner, createDecoder } from 'fast-jwt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { backend, bearer, buildTestApp, manualClock, registerUser, TEST_SECRET, type TestApp } from '../helper.js';

const START = Date.UTC(2026, 0, 1);

describe(`two instances whose clocks disagree (${backend})`, () => {
  const behindClock = manualClock(START);
  let behind: TestApp;
  beforeAll(async () => {
    behind = await buildTestApp({ clock: behindClock });
  });
  afterAll(async () => behind.close());

  /** Logs in on an instance whose clock is `aheadMs` ahead of `behind`, sharing its database. */
  async function loginAhead(aheadMs: number): Promise<{ access: string; refresh: string }> {
    const ahead = await buildTestApp({ database: behind.database, clock: manualClock(behindClock.now() + aheadMs) });
    try {
      const user = await registerUser(ahead.app);
      const res = await ahead.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } });
      expect(res.statusCode).toBe(200);
      return { access: res.json().access_token, refresh: res.json().refresh_token };
    } finally {
      await ahead.close();
    }
  }

  it('a token issued by an instance 1 s ahead works at once on the other (nbf and iat within JWT_CLOCK_TOLERANCE)', async () => {
    const tokens = await loginAhead(1000);
    const me = await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(tokens.access) });
    expect(me.statusCode).toBe(200);
    const refresh = await behind.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: tokens.refresh } });
    expect(refresh.statusCode).toBe(200);
  });

  it('a token from an instance 10 s ahead (beyond the tolerance) is refused as not yet valid', async () => {
    const tokens = await loginAhead(10_000);
    const me = await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(tokens.access) });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe('invalid_token');
  });

  it('a token just expired on a clock running ahead still works within the tolerance, and not beyond it', async () => {
    const tokens = await loginAhead(0);
    const { exp } = createDecoder()(tokens.access) as { exp: number };
    behindClock.set(exp * 1000 + 3000);
    expect((await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(tokens.access) })).statusCode).toBe(200);
    behindClock.set(exp * 1000 + 6000);
    const late = await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(tokens.access) });
    expect(late.statusCode).toBe(401);
    expect(late.json().code).toBe('token_expired');
    behindClock.set(START);
  });

  it('a token whose iat is in the future beyond the tolerance is refused, even with a valid nbf', async () => {
    const tokens = await loginAhead(0);
    const claims = createDecoder()(tokens.access) as Record<string, number>;
    const forged = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })({ ...claims, iat: Math.floor(behindClock.now() / 1000) + 60 });
    const res = await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(forged) });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_token');
    // The same claims with an honest iat pass: only the iat made the difference.
    const honest = createSigner({ key: TEST_SECRET, algorithm: 'HS256' })({ ...claims });
    expect((await behind.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(honest) })).statusCode).toBe(200);
  });

  it('JWT_CLOCK_TOLERANCE defaults to 5 s and is bounded', () => {
    expect(loadConfig({}).jwt.clockToleranceSeconds).toBe(5);
    expect(loadConfig({ JWT_CLOCK_TOLERANCE: '0' }).jwt.clockToleranceSeconds).toBe(0);
    expect(() => loadConfig({ JWT_CLOCK_TOLERANCE: '301' })).toThrow(/^JWT_CLOCK_TOLERANCE: /);
  });
});
