import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Attack (auditor's view): PUT /api/users/:id reads the target before its write transaction and, inside it,
// records "what changed" by comparing that stale read with the row it wrote. A change another admin committed in
// between is recorded a second time, attributed to the admin whose request did not make it: admin A renames a
// user while admin B promotes them; the log then says A changed the role too (two role_changed events for one
// change, one of them false). Likewise a deactivation racing another deactivation is recorded twice. The diff
// must be taken against the row as locked inside the transaction.

type Event = { action: string; actor_id: number | null; details: Record<string, unknown> };

describe(`review7: audit events of racing admin updates, on ${backend}`, () => {
  let t: TestApp;
  let adminA: Awaited<ReturnType<typeof registerAndLogin>>;
  let adminB: Awaited<ReturnType<typeof registerAndLogin>>;
  beforeAll(async () => {
    t = await buildTestApp();
    adminA = await registerAndLogin(t.app, { role: 'admin' });
    adminB = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(() => t.close());

  const eventsAbout = async (id: number): Promise<Event[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/users/${id}/audit?per_page=200`, headers: bearer(adminA.access) });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().events;
  };

  it('a rename racing a promotion records one role_changed, by the admin who promoted', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await registerUser(t.app);
      const hold = holdNextWriteTransaction(t);
      const rename = t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(adminA.access), payload: { username: `renamed_${round}_${user.id}` } });
      await hold.waitUntilHeld();
      const promote = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(adminB.access), payload: { role: 'admin' } });
      expect(promote.statusCode, promote.body).toBe(200);
      hold.release();
      expect((await rename).statusCode).toBe(200);
      const roleChanges = (await eventsAbout(user.id)).filter((e) => e.action === 'role_changed');
      expect(roleChanges.map((e) => ({ actor_id: e.actor_id, to: e.details.to })), `round ${round}`).toEqual([{ actor_id: adminB.id, to: 'admin' }]);
    }
  });

  it('two racing deactivations record one user_deactivated', async () => {
    for (let round = 0; round < 3; round++) {
      const user = await registerUser(t.app);
      const hold = holdNextWriteTransaction(t);
      const first = t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(adminA.access), payload: { is_active: false } });
      await hold.waitUntilHeld();
      const second = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(adminB.access), payload: { is_active: false } });
      expect(second.statusCode, second.body).toBe(200);
      hold.release();
      const firstRes = await first;
      expect(firstRes.statusCode).toBeLessThan(500);
      const deactivations = (await eventsAbout(user.id)).filter((e) => e.action === 'user_deactivated');
      expect(deactivations.map((e) => e.actor_id), `round ${round}`).toEqual([adminB.id]);
    }
  });
});
