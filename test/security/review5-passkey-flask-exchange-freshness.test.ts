import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { FLASK_SECRET, mintFlaskToken } from '../flask-tokens.js';
import { claimsOf, creationOptions, newAuthenticator } from '../passkey-helper.js';
import { buildPasskeyApp, passkeyCount, postRegistration } from './passkey-attack-helper.js';

// Review 5, finding 1. Adding a way in (a passkey) needs current_password or "a session signed in within the last
// 10 minutes" (account/reauthentication.ts reads sessions.created_at). Exchanging a Flask refresh token at
// POST /api/auth/refresh opens a brand-new session, created now: the exchange is no sign-in, yet the session counts
// as fresh. A Flask refresh token lives 30 days (stolen from the old app's storage, a backup, a log), so its holder,
// with no password, gets a "fresh" session, registers a passkey of their own (a lasting way in, which also ends
// the owner's other sessions), and the session rises to aal 2: with MFA_REQUIRED_FOR_ADMINS, an imported admin's
// old Flask refresh token also reaches every admin endpoint.

describe(`a stolen, days-old Flask refresh token adding a passkey on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 6, 3, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp({ clock, env: { LEGACY_JWT_SECRET_KEY: FLASK_SECRET, MFA_REQUIRED_FOR_ADMINS: 'true', REFRESH_RATE_LIMIT_MAX: '100000' } });
  });
  afterAll(async () => t.close());

  it('the session an old Flask refresh token opens is not a recent sign-in: no creation options without current_password', async () => {
    const victim = await registerAndLogin(t.app);
    await t.app.db.insertInto('user_imports').values({ user_id: victim.id, source: 'flask', digest: 'a'.repeat(64), imported_at: clock.now() }).execute();
    // The victim signed in to the Flask app three days ago; the attacker copied that refresh token.
    const flaskRefresh = await mintFlaskToken(clock.now(), victim.id, 'refresh');
    clock.advance(3 * 86_400_000);
    const exchanged = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(flaskRefresh) });
    expect(exchanged.statusCode, exchanged.body).toBe(200);
    const access = exchanged.json().access_token as string;
    const res = await creationOptions(t.app, access);
    expect(res.statusCode, 'a token exchange is not a sign-in: the options need current_password').toBe(403);
    expect(res.json().code).toBe('invalid_current_password');
  });

  it('an imported admin without a factor: the old Flask refresh token must not reach aal 2 (and the admin API) through a passkey of the attacker', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    await t.app.db.insertInto('user_imports').values({ user_id: admin.id, source: 'flask', digest: 'b'.repeat(64), imported_at: clock.now() }).execute();
    const flaskRefresh = await mintFlaskToken(clock.now(), admin.id, 'refresh');
    clock.advance(5 * 86_400_000);
    const exchanged = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(flaskRefresh) });
    expect(exchanged.statusCode, exchanged.body).toBe(200);
    const access = exchanged.json().access_token as string;
    // The admin API is closed to it (aal 1 under MFA_REQUIRED_FOR_ADMINS)...
    expect((await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(access) })).statusCode).toBe(403);
    // ...and stays closed: the attacker's own authenticator cannot be added without the password.
    const options = await creationOptions(t.app, access);
    if (options.statusCode === 200) {
      const registered = await postRegistration(t.app, access, newAuthenticator().register(options.json()));
      const refreshed = await t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(exchanged.json().refresh_token as string) });
      const raised = refreshed.statusCode === 200 ? (refreshed.json().access_token as string) : access;
      const users = await t.app.inject({ method: 'GET', url: '/api/users', headers: bearer(raised) });
      expect({ registered: registered.statusCode, aal: claimsOf(raised).aal, adminApi: users.statusCode, passkeys: await passkeyCount(t.app, admin.id) })
        .toEqual({ registered: 403, aal: 1, adminApi: 403, passkeys: 0 });
    }
    expect(options.statusCode).toBe(403);
    expect(await passkeyCount(t.app, admin.id)).toBe(0);
  });
});
