import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Mutation pass (settleAccountSuccess without its `password_hash` condition survived the suite): a login whose
// old password was verified while the owner changed it must not open a session. Otherwise whoever knew the old
// password races the change and keeps a session the change was meant to end (it ends only the sessions open then).

describe(`a login racing a password change on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 2, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('the old password verified before the change lands opens no session: 401 invalid_credentials', async () => {
    const owner = await registerAndLogin(t.app);
    const newPassword = 'fresh-Harbour-93-comet';
    // Hold the first verification only: the attacker's login with the old password, after its hash ran.
    const hold = holdVerifications(t, { first: 1 });
    const login = loginUser(t.app, { username: owner.username, password: owner.password });
    await hold.whenHeld(1);

    const change = await t.app.inject({ method: 'PUT', url: `/api/users/${owner.id}`, headers: bearer(owner.access), payload: { password: newPassword, current_password: owner.password } });
    expect(change.statusCode).toBe(200);

    hold.release();
    const res = await login;
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('invalid_credentials');
    expect(res.json().access_token).toBeUndefined();

    vi.restoreAllMocks();
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).json().code).toBe('invalid_credentials');
    expect((await loginUser(t.app, { username: owner.username, password: newPassword })).statusCode).toBe(200);
  });

  // Mutation pass (settleAccountSuccess without `activeOnly` survived the suite): a right password verified while
  // an admin deactivates the account opens no session.
  it('a right password verified while an admin deactivates the account opens no session: 403 account_disabled', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const owner = await registerAndLogin(t.app);
    const hold = holdVerifications(t, { first: 1 });
    const login = loginUser(t.app, { username: owner.username, password: owner.password });
    await hold.whenHeld(1);

    const deactivate = await t.app.inject({ method: 'PUT', url: `/api/users/${owner.id}`, headers: bearer(admin.access), payload: { is_active: false } });
    expect(deactivate.statusCode).toBe(200);

    hold.release();
    const res = await login;
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('account_disabled');
    expect(res.json().access_token).toBeUndefined();
    const opened = await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', owner.id).where('revoked_at', 'is', null).execute();
    expect(opened).toEqual([]);
  });
});
