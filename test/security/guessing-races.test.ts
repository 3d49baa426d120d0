import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, PASSWORD, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Second review, finding 1: the lock was checked once, when a request started, so hundreds of racing guesses
// were all evaluated and a right one among them won after the lock. Every check now reserves a place on its
// counters first (settled failures plus checks in flight stay within MAX_FAILED_LOGINS, on every instance),
// and only settled failures count.

const MAX = 5;
const NEW_PASSWORD = 'amber-Falcon-93-river';

describe(`guessing races on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: String(MAX), SELF_SERVICE_RATE_LIMIT_MAX: '100000', AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const put = (id: number, token: string, payload: object) => t.app.inject({ method: 'PUT', url: `/api/users/${id}`, headers: bearer(token), payload });

  it('a stolen access token gets at most MAX_FAILED_LOGINS current_password checks, however many guesses race', async () => {
    for (let round = 0; round < 5; round++) {
      const victim = await registerAndLogin(t.app);
      const hold = holdVerifications(t);
      const guesses = Array.from({ length: 100 }, (_, i) => put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: `guess-${round}-${i}-x` }));
      // MAX guesses are evaluated (held); the other 95 wait for room ...
      await hold.whenHeld(MAX);
      await hold.whenQueued(95);
      // ... and the right password, sent behind them, must not even be checked.
      const right = put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: victim.password });
      await hold.whenQueued(96);
      hold.release();
      const results = await Promise.all(guesses);
      expect(hold.calls, `round ${round}: hashes evaluated`).toBe(MAX);
      expect((await right).statusCode).toBe(423);
      const statuses = results.map((r) => r.statusCode);
      expect(statuses.filter((s) => s === 403)).toHaveLength(MAX - 1);
      expect(statuses.filter((s) => s === 423)).toHaveLength(100 - (MAX - 1));
      vi.restoreAllMocks();
      // The password did not change.
      expect((await loginUser(t.app, { email: victim.email, password: NEW_PASSWORD })).statusCode).not.toBe(200);
    }
  });

  it('a burst of logins against one bcrypt account spends at most MAX_FAILED_LOGINS hashes', async () => {
    for (let round = 0; round < 5; round++) {
      const user = await registerUser(t.app);
      await t.app.db.updateTable('users').set({ password_hash: await bcryptHash(PASSWORD, 4) }).where('id', '=', user.id).execute();
      const hold = holdVerifications(t);
      const logins = Array.from({ length: 48 }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-${round}-${i}-pw` }));
      await hold.whenHeld(MAX);
      await hold.whenQueued(48 - MAX);
      hold.release();
      const results = await Promise.all(logins);
      expect(hold.calls, `round ${round}`).toBe(MAX);
      expect(results.filter((r) => r.statusCode === 401)).toHaveLength(MAX - 1);
      expect(results.filter((r) => r.statusCode === 423)).toHaveLength(48 - (MAX - 1));
      vi.restoreAllMocks();
    }
  });

  it('login and current_password share one budget per account, through every identifier', async () => {
    const victim = await registerAndLogin(t.app);
    const hold = holdVerifications(t);
    const requests = [
      ...Array.from({ length: 20 }, (_, i) => loginUser(t.app, { username: victim.username, password: `Wrong-u-${i}-pw` })),
      ...Array.from({ length: 20 }, (_, i) => loginUser(t.app, { email: victim.email, password: `Wrong-e-${i}-pw` })),
      ...Array.from({ length: 20 }, (_, i) => put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: `Wrong-c-${i}-pw` })),
    ];
    // MAX checks are evaluated (held); every other request waits for room on an identifier or the account.
    await hold.whenHeld(MAX);
    await hold.whenQueued(60 - MAX);
    hold.release();
    await Promise.all(requests);
    expect(hold.calls).toBe(MAX);
  });

  // PostgreSQL only: two instances in one process on one SQLite file block each other (better-sqlite3 waits for
  // the other connection's write lock synchronously, on the event loop the other one needs); separate processes
  // on one SQLite file are covered by test/server-cluster.test.ts.
  it.skipIf(backend === 'sqlite')('holds the bound across two instances sharing the database', async () => {
    const second = await buildTestApp({ database: t.database, env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
    try {
      for (let round = 0; round < 3; round++) {
        const user = await registerUser(t.app);
        const hold = holdVerifications([t, second]);
        const logins = Array.from({ length: 40 }, (_, i) => loginUser(i % 2 ? second.app : t.app, { username: user.username, password: `Wrong-${round}-${i}-pw` }));
        // MAX are evaluated between the two instances; the rest wait for room (the other instance's by polling).
        await hold.whenHeld(MAX);
        await hold.whenQueued(40 - MAX);
        hold.release();
        const results = await Promise.all(logins);
        expect(hold.calls, `round ${round}`).toBe(MAX);
        expect(results.filter((r) => r.statusCode === 401)).toHaveLength(MAX - 1);
        expect(results.filter((r) => r.statusCode === 423)).toHaveLength(40 - (MAX - 1));
        vi.restoreAllMocks();
      }
    } finally {
      vi.restoreAllMocks();
      await second.close();
    }
  });

  it('never lets a right password win once racing guesses have locked the account', async () => {
    for (let round = 0; round < 5; round++) {
      const user = await registerUser(t.app);
      const hold = holdVerifications(t);
      const wrong = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-${round}-${i}-pw` }));
      await hold.whenHeld(MAX);
      // The right password, sent once the wrong ones hold the whole budget: it waits, and finds the lock.
      const right = loginUser(t.app, { username: user.username, password: PASSWORD });
      await hold.whenQueued(1);
      hold.release();
      await Promise.all(wrong);
      expect((await right).statusCode, `round ${round}`).toBe(423);
      expect(hold.calls).toBe(MAX);
      expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
      vi.restoreAllMocks();
    }
  });
});
