import { hash as bcryptHash } from '@node-rs/bcrypt';
import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, PASSWORD, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review (findings 7 and 8): "20 concurrent correct logins all 200" and "no answer may claim a right password
// is wrong". Two right logins through the email and the username at once both verify the same legacy (bcrypt)
// hash, as every user imported from the Flask service has. The first upgrades it to argon2id; the second was
// refused its session "because the password changed meanwhile" and answered 401 invalid_credentials. With a
// second factor, the second password step's challenge was bound to the old hash, so the right code was spent
// and answered 401 too. A login whose hash was replaced beside it now checks the password against the stored
// hash once more before it refuses.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`right logins racing a hash upgrade on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 1, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const legacyHash = async (userId: number) => t.app.db.updateTable('users').set({ password_hash: await bcryptHash(PASSWORD, 4) }).where('id', '=', userId).execute();

  it('two right logins of an imported (bcrypt) user, through the email and the username at once, both get 200', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await registerUser(t.app);
      await legacyHash(user.id);
      const hold = holdVerifications(t);
      const logins = [loginUser(t.app, { username: user.username, password: PASSWORD }), loginUser(t.app, { email: user.email, password: PASSWORD })];
      // Both verify the legacy hash at once; the first to settle stores its argon2id rehash.
      await hold.whenHeld(2);
      hold.release();
      const answers = (await Promise.all(logins)).map((r) => `${r.statusCode} ${r.json().code ?? ''}`.trim());
      expect(answers, `round ${round}`).toEqual(['200', '200']);
      vi.restoreAllMocks();
    }
  });

  it('with a second factor: both password steps, then both right codes, complete the login', async () => {
    const owner = await registerAndLogin(t.app);
    const { secret } = (await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(owner.access), payload: { current_password: PASSWORD } })).json();
    expect((await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(owner.access), payload: { code: codeAt(secret, clock.now()) } })).statusCode).toBe(200);
    clock.advance(30_000);
    await legacyHash(owner.id);
    const hold = holdVerifications(t);
    const steps = [loginUser(t.app, { username: owner.username, password: PASSWORD }), loginUser(t.app, { email: owner.email, password: PASSWORD })];
    await hold.whenHeld(2);
    hold.release();
    const tokens = (await Promise.all(steps)).map((r) => r.json().mfa_token as string);
    const answers: string[] = [];
    for (const mfaToken of tokens) {
      const res = await t.app.inject({ method: 'POST', url: '/api/auth/login/mfa', payload: { mfa_token: mfaToken, code: codeAt(secret, clock.now()) } });
      answers.push(`${res.statusCode} ${res.json().code ?? ''}`.trim());
      clock.advance(30_000);
    }
    expect(answers).toEqual(['200', '200']);
  });
});
