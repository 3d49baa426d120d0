import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';

// Attack: an imported user enabled a second factor in Gatehouse; the Flask service still serves during the
// cut-over and knows nothing of it. Whoever has the password (phished, reused) logs in to Flask, gets a fresh
// Flask token (issued after the enrolment ended the user's sessions), and brings it to Gatehouse: a session,
// or an actor, on the password alone, for an account whose logins need a code.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

const mintFlask = (now: number, userId: number, type: 'access' | 'refresh'): Promise<string> => mintFlaskToken(now, userId, type, { fresh: true });

describe(`a Flask token for an account with a second factor on ${backend}`, () => {
  const clock = perTestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, LEGACY_JWT_ACCEPT_ACCESS_TOKENS: 'true' } });
  });
  afterAll(async () => t.close());

  const post = (url: string, token: string, payload?: object) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });

  it('opens no session and authenticates nothing: the password alone does not sign in there', async () => {
    const user = await registerAndLogin(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: user.id, source: 'flask', digest: 'f'.repeat(64), imported_at: clock.now() }).execute();
    const started = await post('/api/users/me/mfa/totp', user.access, { current_password: user.password });
    expect(started.statusCode).toBe(200);
    expect((await post('/api/users/me/mfa/totp/confirm', user.access, { code: codeAt(started.json().secret, clock.now()) })).statusCode).toBe(200);
    // The password alone is refused by Gatehouse's own login.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: user.username, password: user.password } });
    expect(login.json().mfa_required).toBe(true);

    clock.advance(2_000);
    // The attacker logs in to Flask with the password, now.
    const refreshToken = await mintFlask(clock.now(), user.id, 'refresh');
    const accessToken = await mintFlask(clock.now(), user.id, 'access');
    const garbage = await post('/api/auth/refresh', 'garbage.token.value');
    const exchanged = await post('/api/auth/refresh', refreshToken);
    expect({ status: exchanged.statusCode, code: exchanged.json().code }).toEqual({ status: garbage.statusCode, code: garbage.json().code });
    expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).where('aal', '<', 2).where('revoked_at', 'is', null).execute()).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(accessToken) })).statusCode).toBe(401);
  });
});
