import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, buildTestApp, loginUser, registerUser, type TestApp, uniqueIdentity } from '../helper.js';

// Review 2: review-linked-identifier-timing passes only because it runs with MAX_FAILED_LOGINS=100. At the default
// (5), MAX wrong logins racing through a username fill the account's budget, so a wrong login through an email
// of the same account waits for one of them to settle (a hash later), while the email of an unknown pair is
// evaluated at once: timing tells that the email is registered and that it belongs to that username, and the
// attacker does not care that the account locks. The test holds the first MAX hashes (real or dummy) and asks
// whether the email's login is answered meanwhile or queued (AttemptBudget.waiting), events both.

const MAX = 5;
const WRONG = 'not-the-Password-99';

describe(`linking a username to an email by timing at MAX_FAILED_LOGINS=${MAX} on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  /** Holds the first `n` hashes (real or dummy) until released. */
  function holdFirstHashes(n: number) {
    const passwords = t.app.services.passwords;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    const wrap = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      const result = await fn(...args);
      if (held < n) {
        held += 1;
        await gate;
      }
      return result;
    };
    const verify = wrap(passwords.verify.bind(passwords));
    const dummy = wrap(passwords.verifyAgainstDummy.bind(passwords));
    vi.spyOn(passwords, 'verify').mockImplementation(verify);
    vi.spyOn(passwords, 'verifyAgainstDummy').mockImplementation(dummy);
    return {
      release,
      async whenHeld() {
        for (let i = 0; i < 1000 && held < n; i++) await new Promise((r) => setTimeout(r, 10));
        expect(held).toBe(n);
      },
      async whenQueued() {
        for (let i = 0; i < 1000 && t.app.services.budget.waiting() < 1; i++) await new Promise((r) => setTimeout(r, 10));
        expect(t.app.services.budget.waiting()).toBe(1);
      },
    };
  }

  /** 'answered' when a wrong login through `email` is answered while MAX through `username` hash; 'queued' otherwise. */
  async function emailLoginWhileUsernameHashes(pair: { username: string; email: string }): Promise<'answered' | 'queued'> {
    const hold = holdFirstHashes(MAX);
    const first = Array.from({ length: MAX }, () => loginUser(t.app, { username: pair.username, password: WRONG }));
    await hold.whenHeld();
    const second = loginUser(t.app, { email: pair.email, password: WRONG });
    const outcome = await Promise.race([second.then(() => 'answered' as const), hold.whenQueued().then(() => 'queued' as const)]);
    hold.release();
    const results = await Promise.all([...first, second]);
    expect((await second).statusCode).toBe(401);
    expect(results.filter((r) => r.statusCode === 401).length).toBeGreaterThanOrEqual(MAX);
    vi.restoreAllMocks();
    return outcome;
  }

  it('a wrong login through the email is answered as soon for a real account as for an unknown pair', async () => {
    const unknown = await emailLoginWhileUsernameHashes(uniqueIdentity('ghost'));
    const real = await emailLoginWhileUsernameHashes(await registerUser(t.app));
    expect(unknown, 'unknown pair').toBe('answered');
    expect(real, 'real pair: the email login must not wait for the username logins').toBe('answered');
  });
});
