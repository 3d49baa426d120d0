import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, PASSWORD, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review (finding 1c): "enrolling a factor ends the user's other sessions", and once a factor exists a password
// alone opens no session. A login read the user row (no factor yet), and an enrolment confirmed while its hash
// ran committed the factor and ended the other sessions; the login, going on with the row it read, then opened
// a password-only session (aal 1) that nothing ended. An attacker who knows the password and keeps logging in
// got such a session whenever the owner turned the factor on to shut them out. A password-only session now
// opens only while the account has no factor, in the statement that opens it. The test holds the login's hash
// (an event) while the confirmation commits.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`a password login racing the owner's enrolment on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 9, 1, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { SELF_SERVICE_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('a login that read the row before the factor was confirmed does not open a password-only session after it', async () => {
    for (let round = 0; round < 3; round++) {
      const owner = await registerAndLogin(t.app);
      const started = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(owner.access), payload: { current_password: PASSWORD } });
      const { secret } = started.json();
      clock.advance(30_000);

      const hold = holdVerifications(t);
      // The attacker's login has read the row (no factor yet) and its hash is held ...
      const login = loginUser(t.app, { username: owner.username, password: PASSWORD });
      await hold.whenHeld(1);
      // ... while the owner's confirmation commits the factor and ends the other sessions.
      const confirmed = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(owner.access), payload: { code: codeAt(secret, clock.now()) } });
      expect(confirmed.statusCode, `round ${round}`).toBe(200);
      hold.release();
      const late = await login;

      // Held by construction past the confirmation: the login's one step that opens a session sees the factor
      // and refuses the password-only session.
      expect([late.statusCode, late.json().code], `round ${round}`).toEqual([401, 'invalid_credentials']);
      const rows = await t.app.db.selectFrom('sessions').select(['aal']).where('user_id', '=', owner.id).where('revoked_at', 'is', null).execute();
      expect(rows.map((r) => r.aal), `round ${round}: live sessions of a user with a factor`).toEqual([2]);
      vi.restoreAllMocks();
      clock.advance(30_000);
    }
  });
});
