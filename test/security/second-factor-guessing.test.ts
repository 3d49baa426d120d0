import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, type LoggedInUser, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Third review, finding 1 (high): with the password known, a second factor could be guessed without limit.
// 400 wrong codes against an admin's POST /api/users/me/mfa/recovery-codes were all evaluated. Three causes:
// (a) the right current_password reset the attempt counter before the code was checked; (b) the per-user
// self-service limiter took /me routes of admins for administration and skipped them; (c) sessions opened
// before the factor stayed at aal 1 and could change it.

const MAX = 5;
const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`second-factor guessing on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 6, 1, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), SELF_SERVICE_RATE_LIMIT_MAX: '100000', AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const post = (app: TestApp, url: string, token: string | null, payload: object) => app.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });
  const wrongCode = (secret: string) => (codeAt(secret, clock.now()) === '000000' ? '111111' : '000000');

  /** Enrols a factor from `user`'s session; returns the secret. */
  async function enrol(app: TestApp, user: LoggedInUser): Promise<string> {
    const started = await post(app, '/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode).toBe(200);
    const { secret } = started.json();
    expect((await post(app, '/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    clock.advance(30_000);
    return secret;
  }

  /** A full login with the code: a session at aal 2 (the kind an attacker with the password alone cannot open). */
  async function secondFactorSession(app: TestApp, user: LoggedInUser, secret: string): Promise<string> {
    const step = await loginUser(app.app, { username: user.username, password: user.password });
    const done = await post(app, '/api/auth/login/mfa', null, { mfa_token: step.json().mfa_token, code: codeAt(secret, clock.now()) });
    expect(done.statusCode, done.body).toBe(200);
    clock.advance(30_000);
    return done.json().access_token;
  }

  it('(a) right password + wrong code counts as a failure: at most MAX_FAILED_LOGINS codes evaluated, racing or not', async () => {
    for (let round = 0; round < 4; round++) {
      const user = await registerAndLogin(t.app, { role: round % 2 ? 'admin' : 'user' });
      const secret = await enrol(t, user);
      const access = await secondFactorSession(t, user, secret);
      const hold = holdVerifications(t);
      const guesses = Array.from({ length: 30 }, () => post(t, '/api/users/me/mfa/recovery-codes', access, { current_password: user.password, code: wrongCode(secret) }));
      await hold.whenHeld(MAX);
      await hold.whenQueued(30 - MAX);
      // The right code, sent behind the guesses: the budget is spent, so it is not evaluated either.
      const right = post(t, '/api/users/me/mfa/recovery-codes', access, { current_password: user.password, code: codeAt(secret, clock.now()) });
      await hold.whenQueued(31 - MAX);
      hold.release();
      const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
      expect(hold.calls, `round ${round}: password+code checks evaluated`).toBe(MAX);
      expect(statuses.filter((s) => s === 400), `round ${round}`).toHaveLength(MAX - 1);
      expect(statuses.filter((s) => s === 423), `round ${round}`).toHaveLength(30 - (MAX - 1));
      expect((await right).statusCode).toBe(423);
      vi.restoreAllMocks();
    }
  });

  it('(a) a right password in between does not reset the count of wrong codes', async () => {
    const user = await registerAndLogin(t.app);
    const secret = await enrol(t, user);
    const access = await secondFactorSession(t, user, secret);
    const statuses: number[] = [];
    for (let i = 0; i < MAX; i++) {
      statuses.push((await post(t, '/api/users/me/mfa/recovery-codes', access, { current_password: user.password, code: wrongCode(secret) })).statusCode);
      // The right password alone (an email change here would need it too) before each wrong code: it settles nothing.
      if (i < MAX - 1) expect((await loginUser(t.app, { username: user.username, password: user.password })).json().mfa_required).toBe(true);
    }
    expect(statuses).toEqual([400, 400, 400, 400, 423]);
    const row = await t.app.db.selectFrom('users').select(['failed_login_attempts', 'locked_until']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ failed_login_attempts: MAX, locked_until: clock.now() + 900_000 });
  });

  it('(a) wrong codes at the login step are bounded the same way, however many race on one mfa_token', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await registerAndLogin(t.app);
      const secret = await enrol(t, user);
      const mfaToken = (await loginUser(t.app, { username: user.username, password: user.password })).json().mfa_token;
      const guesses = Array.from({ length: 30 }, () => post(t, '/api/auth/login/mfa', null, { mfa_token: mfaToken, code: wrongCode(secret) }));
      const statuses = (await Promise.all(guesses)).map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 401), `round ${round}`).toHaveLength(MAX - 1);
      expect(statuses.filter((s) => s === 423), `round ${round}`).toHaveLength(30 - (MAX - 1));
      expect((await post(t, '/api/auth/login/mfa', null, { mfa_token: mfaToken, code: codeAt(secret, clock.now()) })).statusCode).toBe(423);
    }
  });

  it('(b) an admin acting on themself (/me) is limited per user like anyone', async () => {
    const limited = await buildTestApp({ clock, env: { SELF_SERVICE_RATE_LIMIT_MAX: '3', MAX_FAILED_LOGINS: '100', AUTH_RATE_LIMIT_MAX: '100000' } });
    try {
      for (const role of ['admin', 'user'] as const) {
        const user = await registerAndLogin(limited.app, { role });
        const secret = await enrol(limited, user);
        const access = await secondFactorSession(limited, user, secret);
        const statuses: number[] = [];
        // Enrolment and its confirmation used two of the three.
        for (let i = 0; i < 5; i++) statuses.push((await post(limited, '/api/users/me/mfa/recovery-codes', access, { current_password: user.password, code: wrongCode(secret) })).statusCode);
        expect(statuses, role).toEqual([400, 429, 429, 429, 429]);
      }
    } finally {
      await limited.close();
    }
  });

  it('(c) enrolment ends the sessions opened before it; a password-only session can never change the factor', async () => {
    for (const role of ['user', 'admin'] as const) {
      const owner = await registerAndLogin(t.app, { role });
      // The attacker's session, opened with the password alone before the owner enrolled.
      const attacker = await loginUser(t.app, { username: owner.username, password: owner.password });
      const secret = await enrol(t, owner);
      const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(attacker.json().access_token) });
      expect(me.statusCode).toBe(401);
      const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: attacker.json().refresh_token } });
      expect(refreshed.statusCode).toBe(401);
      // The session that enrolled proved the factor: it may manage it.
      expect((await post(t, '/api/users/me/mfa/recovery-codes', owner.access, { current_password: owner.password, code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
      clock.advance(30_000);
    }
  });

  it('(c) once a factor exists, a session at aal 1 gets 403 mfa_required for new recovery codes and for turning it off', async () => {
    const owner = await registerAndLogin(t.app);
    const secret = await enrol(t, owner);
    // A session at aal 1 of a user with a factor (only possible from before this rule): the owner's own, set back in the database.
    await t.app.db.updateTable('sessions').set({ aal: 1 }).where('user_id', '=', owner.id).execute();
    const proof = { current_password: owner.password, code: codeAt(secret, clock.now()) };
    const codes = await post(t, '/api/users/me/mfa/recovery-codes', owner.access, proof);
    expect([codes.statusCode, codes.json().code]).toEqual([403, 'mfa_required']);
    const off = await t.app.inject({ method: 'DELETE', url: '/api/users/me/mfa/totp', headers: bearer(owner.access), payload: proof });
    expect([off.statusCode, off.json().code]).toEqual([403, 'mfa_required']);
    // The factor is still on.
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).json().mfa_required).toBe(true);
  });
});
