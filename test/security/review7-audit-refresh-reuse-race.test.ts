import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp, sessionIdOf } from '../helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Attack (holder of a spent refresh token): a reused refresh token revokes its session and records
// refresh_reused (raising session.revoked). The revocation is conditional (only a live session is revoked) but the
// event is not: a replay that found the session live, then waited while the session was ended (by another replay,
// or by its owner's logout), records refresh_reused and raises session.revoked for a revocation it did not make.
// The log then shows two revocations of one session (or says a reuse ended a session the owner had logged out).
// The event must follow invalidateSession's answer, like logout's does.


describe(`review7: refresh reuse racing the session's end, on ${backend}`, () => {
  let t: TestApp;
  const clock = perTestClock(Date.UTC(2026, 7, 1, 9, 0, 0));
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(() => t.close());

  const refresh = (token: string) => t.app.inject({ method: 'POST', url: '/api/auth/refresh', headers: bearer(token) });
  const eventsOf = async (userId: number) => {
    const res = await t.app.inject({ method: 'GET', url: `/api/users/${userId}/audit?per_page=200`, headers: bearer(admin.access) });
    expect(res.statusCode).toBe(200);
    return res.json().events as { action: string; session_id: string | null }[];
  };

  for (const ender of ['another replay', 'the owner\'s logout'] as const) {
    it(`a replay held while ${ender} ends the session records no second revocation`, async () => {
      for (let round = 0; round < 3; round++) {
        const user = await registerAndLogin(t.app);
        const spent = user.refresh;
        const rotated = await refresh(spent);
        expect(rotated.statusCode).toBe(200);
        clock.advance(5 * 60_000); // past any reuse grace window
        const hold = holdNextWriteTransaction(t);
        const replay = refresh(spent);
        await hold.waitUntilHeld();
        const other = ender === 'another replay'
          ? await refresh(spent)
          : await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: bearer(rotated.json().access_token) });
        expect(other.statusCode).toBe(ender === 'another replay' ? 401 : 200);
        hold.release();
        expect((await replay).statusCode).toBe(401);
        const revocations = (await eventsOf(user.id)).filter((e) => ['refresh_reused', 'logout', 'session_revoked', 'sessions_revoked'].includes(e.action) && e.session_id === sessionIdOf(user.access));
        expect(revocations.map((e) => e.action), `round ${round}: one session ended once`).toHaveLength(1);
      }
    });
  }
});
