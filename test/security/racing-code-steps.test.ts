import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Mutation pass (consumeMfaChallenge without its `used_at is null` condition survived the suite): one password
// step completes at most one login. Two code steps sent with the same mfa_token, each with a right second
// factor (a TOTP code and a recovery code), both find the challenge unspent; only the first to spend it may
// open a session, or whoever saw one password step and holds a recovery code gets a second session from it.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`code steps racing on one password step on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 3, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const post = (url: string, token: string | null, payload: object) => t.app.inject({ method: 'POST', url, headers: token ? bearer(token) : {}, payload });

  it('two right code steps on one mfa_token: one 200, the other 401 invalid_or_expired_token, one session', async () => {
    const owner = await registerAndLogin(t.app);
    const started = await post('/api/users/me/mfa/totp', owner.access, { current_password: owner.password });
    expect(started.statusCode).toBe(200);
    const { secret } = started.json();
    const confirmed = await post('/api/users/me/mfa/totp/confirm', owner.access, { code: codeAt(secret, clock.now()) });
    expect(confirmed.statusCode).toBe(200);
    const [recoveryCode] = confirmed.json().recovery_codes as string[];
    clock.advance(30_000);

    const step = await loginUser(t.app, { username: owner.username, password: owner.password });
    expect(step.statusCode).toBe(200);
    const mfaToken = step.json().mfa_token as string;
    const sessionsBefore = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', owner.id).where('aal', '=', 2).execute();

    // The first step has found the challenge live and waits at its first write transaction (its place on the
    // budget); the second finds it live too and completes meanwhile.
    const hold = holdNextWriteTransaction(t);
    const first = post('/api/auth/login/mfa', null, { mfa_token: mfaToken, recovery_code: recoveryCode });
    await hold.waitUntilHeld();
    const second = await post('/api/auth/login/mfa', null, { mfa_token: mfaToken, code: codeAt(secret, clock.now()) });
    expect(second.statusCode, second.body).toBe(200);
    hold.release();
    const late = await first;
    expect(late.statusCode, late.body).toBe(401);
    expect(late.json().code).toBe('invalid_or_expired_token');

    const sessionsAfter = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', owner.id).where('aal', '=', 2).execute();
    expect(sessionsAfter.length - sessionsBefore.length).toBe(1);
  });
});
