import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Finding 3: logins that verified the old password, or raced a deactivation, opened sessions that survived
// the change. A login now opens its session in one step that re-checks the hash it verified and the user's state.

const NEW_PASSWORD = 'amber-Falcon-93-river';
const LOGINS = 40;

describe(`sessions racing a password change or a deactivation on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    // A budget large enough for every racing login to be checked.
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: '1000', SELF_SERVICE_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const liveSessions = async (userId: number) =>
    (await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', userId).where('revoked_at', 'is', null).execute()).map((s) => s.id);
  const me = (token: string) => t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(token) });

  it('leaves no session opened with the old password once the password change has answered', async () => {
    for (let round = 0; round < 5; round++) {
      const alice = await registerAndLogin(t.app);
      const [own] = await liveSessions(alice.id);
      const hold = holdVerifications(t, { first: LOGINS });
      const logins = Array.from({ length: LOGINS }, () => loginUser(t.app, { username: alice.username, password: alice.password }));
      await hold.whenHeld(LOGINS);
      const change = await t.app.inject({ method: 'PUT', url: `/api/users/${alice.id}`, headers: bearer(alice.access), payload: { password: NEW_PASSWORD, current_password: alice.password } });
      expect(change.statusCode).toBe(200);
      hold.release();
      const results = await Promise.all(logins);
      for (const res of results.filter((r) => r.statusCode === 200)) expect((await me(res.json().access_token)).statusCode, `round ${round}`).toBe(401);
      expect(await liveSessions(alice.id), `round ${round}`).toEqual([own]);
      vi.restoreAllMocks();
    }
  });

  it('leaves no session opened by a login that raced a deactivation, even after reactivation', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    for (let round = 0; round < 5; round++) {
      const bob = await registerAndLogin(t.app);
      const hold = holdVerifications(t, { first: LOGINS });
      const logins = Array.from({ length: LOGINS }, () => loginUser(t.app, { username: bob.username, password: bob.password }));
      await hold.whenHeld(LOGINS);
      const put = (payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${bob.id}`, headers: bearer(admin.access), payload });
      expect((await put({ is_active: false })).statusCode).toBe(200);
      hold.release();
      const results = await Promise.all(logins);
      expect(results.every((r) => r.statusCode === 403 && r.json().code === 'account_disabled'), `round ${round}`).toBe(true);
      expect((await put({ is_active: true })).statusCode).toBe(200);
      expect(await liveSessions(bob.id), `round ${round}`).toEqual([]);
      expect((await me(bob.access)).statusCode).toBe(401);
      vi.restoreAllMocks();
    }
  });

  it('under free-running concurrency (no holds), no pre-change session survives, many rounds', async () => {
    for (let round = 0; round < 10; round++) {
      const alice = await registerAndLogin(t.app);
      const [own] = await liveSessions(alice.id);
      const logins = Array.from({ length: LOGINS }, () => loginUser(t.app, { username: alice.username, password: alice.password }));
      const change = t.app.inject({ method: 'PUT', url: `/api/users/${alice.id}`, headers: bearer(alice.access), payload: { password: NEW_PASSWORD, current_password: alice.password } });
      const [changed] = await Promise.all([change, ...logins]);
      expect(changed!.statusCode).toBe(200);
      const live = await liveSessions(alice.id);
      // Sessions opened after the change answered would need the new password: none may exist besides the caller's.
      expect(live, `round ${round}`).toEqual([own]);
    }
  });
});
