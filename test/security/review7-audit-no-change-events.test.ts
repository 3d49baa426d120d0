import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, bearer, buildTestApp, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// Attack (auditor's view, and webhook receivers'): events recorded for changes that did not happen. (1) DELETE
// /api/users/:id/mfa on an account that has no second factor answers 204 and records mfa_reset (raising
// mfa.disabled): the log and the webhook say a factor was removed that never existed (what did happen, the
// account's sessions ending, is not what is recorded). (2) PUT /api/users/:id {unlock: true} on an account that is
// not locked records user_unlocked ("an admin or the CLI cleared a lock") and raises user.updated, though no lock
// was cleared. (3) DELETE /api/users/me/sessions with no other session records sessions_revoked {revoked: 0}
// and raises session.revoked for no session. Each should be recorded only when its change took place.

describe(`review7: events for changes that did not happen, on ${backend}`, () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof registerAndLogin>>;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await registerAndLogin(t.app, { role: 'admin' });
  });
  afterAll(() => t.close());

  const actionsAbout = async (id: number): Promise<string[]> => {
    const res = await t.app.inject({ method: 'GET', url: `/api/users/${id}/audit?per_page=200`, headers: bearer(admin.access) });
    expect(res.statusCode).toBe(200);
    return (res.json().events as { action: string }[]).map((e) => e.action);
  };

  it('removing a second factor from an account without one records no mfa_reset', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({ method: 'DELETE', url: `/api/users/${user.id}/mfa`, headers: bearer(admin.access) });
    expect(res.statusCode).toBeLessThan(500);
    expect(await actionsAbout(user.id)).not.toContain('mfa_reset');
  });

  it('unlocking an account that is not locked records no user_unlocked', async () => {
    const user = await registerUser(t.app);
    const res = await t.app.inject({ method: 'PUT', url: `/api/users/${user.id}`, headers: bearer(admin.access), payload: { unlock: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.is_locked).toBe(false);
    expect(await actionsAbout(user.id)).not.toContain('user_unlocked');
  });

  it('ending one\'s other sessions when there are none records no sessions_revoked', async () => {
    const user = await registerAndLogin(t.app);
    const res = await t.app.inject({ method: 'DELETE', url: '/api/users/me/sessions', headers: bearer(user.access) });
    expect(res.statusCode).toBe(200);
    expect(res.json().revoked).toBe(0);
    expect(await actionsAbout(user.id)).not.toContain('sessions_revoked');
  });
});
