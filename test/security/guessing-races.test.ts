import { hash as bcryptHash } from '@node-rs/bcrypt';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, loginUser, PASSWORD, registerAndLogin, registerUser, type TestApp } from '../helper.js';

// Finding 1: the lock was checked once, when a request started, so hundreds of racing guesses were all
// evaluated and a right one among them won after the lock. Now every check reserves an attempt first.

const MAX = 5;
const NEW_PASSWORD = 'amber-Falcon-93-river';

/** Counts real hash verifications and holds each one until `release()`, so every racing request is in flight. */
function gateVerifications(t: TestApp) {
  const passwords = t.app.services.passwords;
  const verify = passwords.verify.bind(passwords);
  let open!: () => void;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const spy = vi.spyOn(passwords, 'verify').mockImplementation(async (hash, password) => {
    const result = await verify(hash, password);
    await gate;
    return result;
  });
  return {
    get calls(): number {
      return spy.mock.calls.length;
    },
    release: open,
    async waitForCalls(n: number): Promise<void> {
      for (let i = 0; i < 500 && spy.mock.calls.length < n; i++) await new Promise((r) => setTimeout(r, 10));
    },
  };
}

async function settled<T>(promises: Promise<T>[]): Promise<T[]> {
  return Promise.all(promises);
}

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
      const gate = gateVerifications(t);
      const guesses = Array.from({ length: 100 }, (_, i) => put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: `guess-${round}-${i}-x` }));
      await gate.waitForCalls(MAX);
      // The right password, sent once the budget is spent by guesses still in flight: it must not even be checked.
      const right = put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: victim.password });
      const rightRes = await right;
      gate.release();
      const results = await settled(guesses);
      expect(gate.calls, `round ${round}: hashes evaluated`).toBe(MAX);
      expect(rightRes.statusCode).toBe(423);
      const statuses = results.map((r) => r.statusCode).sort();
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
      const gate = gateVerifications(t);
      const logins = Array.from({ length: 48 }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-${round}-${i}-pw` }));
      await gate.waitForCalls(MAX);
      gate.release();
      const results = await settled(logins);
      expect(gate.calls, `round ${round}`).toBe(MAX);
      expect(results.filter((r) => r.statusCode === 401)).toHaveLength(MAX - 1);
      expect(results.filter((r) => r.statusCode === 423)).toHaveLength(48 - (MAX - 1));
      vi.restoreAllMocks();
    }
  });

  it('login and current_password share one budget per account, through every identifier', async () => {
    const victim = await registerAndLogin(t.app);
    const gate = gateVerifications(t);
    const requests = [
      ...Array.from({ length: 20 }, (_, i) => loginUser(t.app, { username: victim.username, password: `Wrong-u-${i}-pw` })),
      ...Array.from({ length: 20 }, (_, i) => loginUser(t.app, { email: victim.email, password: `Wrong-e-${i}-pw` })),
      ...Array.from({ length: 20 }, (_, i) => put(victim.id, victim.access, { password: NEW_PASSWORD, current_password: `Wrong-c-${i}-pw` })),
    ];
    await gate.waitForCalls(MAX);
    gate.release();
    await settled(requests);
    expect(gate.calls).toBe(MAX);
  });

  it('holds the bound across two instances sharing the database', async () => {
    const second = await buildTestApp({ database: t.database, env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
    try {
      const user = await registerUser(t.app);
      const gates = [gateVerifications(t), gateVerifications(second)];
      const logins = Array.from({ length: 40 }, (_, i) => loginUser(i % 2 ? second.app : t.app, { username: user.username, password: `Wrong-${i}-pw` }));
      for (let i = 0; i < 200 && gates[0]!.calls + gates[1]!.calls < MAX; i++) await new Promise((r) => setTimeout(r, 10));
      for (const gate of gates) gate.release();
      await settled(logins);
      expect(gates[0]!.calls + gates[1]!.calls).toBe(MAX);
    } finally {
      vi.restoreAllMocks();
      await second.close();
    }
  });

  it('never lets a right password win once racing guesses have locked the account', async () => {
    for (let round = 0; round < 5; round++) {
      const user = await registerUser(t.app);
      const gate = gateVerifications(t);
      const wrong = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-${round}-${i}-pw` }));
      await gate.waitForCalls(MAX);
      const right = await loginUser(t.app, { username: user.username, password: PASSWORD });
      gate.release();
      await settled(wrong);
      expect(right.statusCode, `round ${round}`).toBe(423);
      expect(await t.app.db.selectFrom('sessions').select('id').where('user_id', '=', user.id).execute()).toEqual([]);
      vi.restoreAllMocks();
    }
  });
});
