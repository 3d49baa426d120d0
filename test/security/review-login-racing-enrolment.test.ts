import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, manualClock, PASSWORD, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review (finding 1c): "enrolling a factor ends the user's other sessions", and once a factor exists a password
// alone opens no session. A login reads the user row (no factor yet) before its turn on the account's lease;
// an enrolment confirmed in between (it takes the account's lease too) commits the factor and ends the other
// sessions, and then the login, going on with the row it read, opens a password-only session (aal 1) that
// nothing ends. An attacker who knows the password and keeps logging in gets such a session whenever the
// owner turns the factor on to shut them out. The test lines the requests up by events (checks queued).

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`a password login racing the owner's enrolment on ${backend}`, () => {
  const clock = manualClock(Date.UTC(2026, 9, 1, 9, 0, 0));
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
      // The attacker's first login holds the account's turn (in its hash) ...
      const first = loginUser(t.app, { username: owner.username, password: PASSWORD });
      await hold.whenHeld(1);
      // ... the owner's confirmation waits for its turn ...
      const confirm = t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(owner.access), payload: { code: codeAt(secret, clock.now()) } });
      await hold.whenQueued(1);
      // ... and the attacker's second login reads the row (no factor yet) and queues behind it.
      const second = loginUser(t.app, { email: owner.email, password: PASSWORD });
      await hold.whenQueued(2);
      hold.release();
      const [, confirmed, late] = await Promise.all([first, confirm, second]);
      expect(confirmed.statusCode, `round ${round}`).toBe(200);

      const lateBody = late.json();
      if (late.statusCode === 200 && lateBody.access_token) {
        const me = await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(lateBody.access_token) });
        expect(me.statusCode, `round ${round}: a password-only session opened after the factor was confirmed still works`).toBe(401);
      } else {
        expect(lateBody.mfa_required, `round ${round}`).toBe(true);
      }
      const rows = await t.app.db.selectFrom('sessions').select(['aal']).where('user_id', '=', owner.id).where('revoked_at', 'is', null).execute();
      expect(rows.map((r) => r.aal), `round ${round}: live sessions of a user with a factor`).toEqual([2]);
      vi.restoreAllMocks();
      clock.advance(30_000);
    }
  });
});
