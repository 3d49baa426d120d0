import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';

// Third review, finding 8: for a user with a second factor, five password steps not followed by a code (the
// login opened five times, a lost phone) locked the account, and every later login with the right password
// answered 401 invalid_credentials for the lock window. A password step now neither counts nor clears the
// count: only wrong passwords and wrong codes count, and only a passed code clears it.

const MAX = 5;
const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`unfinished second-factor steps on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 7, 1, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), SELF_SERVICE_RATE_LIMIT_MAX: '100000', AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => t.close());

  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });

  async function userWithFactor() {
    const user = await registerAndLogin(t.app);
    const { secret } = (await post('/api/users/me/mfa/totp', user.access, { current_password: user.password })).json();
    expect((await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    clock.advance(30_000);
    return { ...user, secret: secret as string };
  }

  it('password steps left without their code never lock the account nor turn the right password into 401', async () => {
    const user = await userWithFactor();
    for (let i = 0; i < 3 * MAX; i++) {
      const step = await loginUser(t.app, i % 2 ? { email: user.email, password: user.password } : { username: user.username, password: user.password });
      expect([step.statusCode, step.json().mfa_required], `step ${i}`).toEqual([200, true]);
    }
    // Twenty at once, too.
    const racing = await Promise.all(Array.from({ length: 20 }, () => loginUser(t.app, { username: user.username, password: user.password })));
    expect(racing.map((r) => r.statusCode)).toEqual(Array(20).fill(200));
    const last = (await loginUser(t.app, { username: user.username, password: user.password })).json();
    const done = await post('/api/auth/login/mfa', null, { mfa_token: last.mfa_token, code: codeAt(user.secret, clock.now()) });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().access_token).toEqual(expect.any(String));
  });

  it('a password step between wrong codes does not clear them: the fifth wrong code locks', async () => {
    const user = await userWithFactor();
    const wrong = () => (codeAt(user.secret, clock.now()) === '000000' ? '111111' : '000000');
    const statuses: number[] = [];
    for (let i = 0; i < MAX; i++) {
      const { mfa_token: mfaToken } = (await loginUser(t.app, { username: user.username, password: user.password })).json();
      statuses.push((await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: wrong() })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
  });

  it('a passed code clears the wrong codes before it', async () => {
    const user = await userWithFactor();
    const wrong = () => (codeAt(user.secret, clock.now()) === '000000' ? '111111' : '000000');
    for (let round = 0; round < 3; round++) {
      const { mfa_token: mfaToken } = (await loginUser(t.app, { username: user.username, password: user.password })).json();
      for (let i = 0; i < MAX - 1; i++) expect((await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: wrong() })).statusCode).toBe(401);
      expect((await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: codeAt(user.secret, clock.now()) })).statusCode).toBe(200);
      clock.advance(30_000);
    }
  });
});
