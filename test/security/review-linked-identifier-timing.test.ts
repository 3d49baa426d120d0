import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, buildTestApp, loginUser, registerUser, type TestApp, uniqueIdentity } from '../helper.js';
import { waitFor } from '../wait-for.js';

// Review: "a wrong password for an existing or a non-existing account gives the same status, body and (within
// noise) timing", and answers must not tell which username goes with which email (finding 7b). When checks on
// an account took turns, a login through a username and one through an email of the same account were
// evaluated one after the other, while the two identifiers of an unknown pair were evaluated at once: the
// response time told an attacker that this email is registered, and whose it is. Checks now run side by side
// while the account's budget has room. (At the budget's edge, with MAX_FAILED_LOGINS checks of the account in
// flight, a further check must wait: README "Security model" states this limit.) The test holds the first
// hash (an event, not a time) and asks whether the second login is answered meanwhile.

const WRONG = 'not-the-Password-99';

describe(`linking a username to an email by timing on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { MAX_FAILED_LOGINS: '100' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  /** Holds the first hash (real or dummy) until released. */
  function holdFirstHash() {
    const passwords = t.app.services.passwords;
    let release!: () => void;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    let held = 0;
    const wrap = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
      const result = await fn(...args);
      if (held === 0) {
        held = 1;
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
        await waitFor('the first login\'s hash to be held', () => held === 1);
      },
    };
  }

  /**
   * A wrong login through `email` is answered while one through `username` is held in its hash: an event that
   * either happens while the first is held or never does (it would wait for the release), so the wait is bounded
   * by a deadline, not a timing comparison.
   */
  async function expectAnsweredMeanwhile(pair: { username: string; email: string }, what: string): Promise<void> {
    const hold = holdFirstHash();
    const first = loginUser(t.app, { username: pair.username, password: WRONG });
    let answered = false;
    let second: ReturnType<typeof loginUser> | undefined;
    try {
      await hold.whenHeld();
      second = loginUser(t.app, { email: pair.email, password: WRONG }).then((res) => {
        answered = true;
        return res;
      });
      await waitFor(`${what}: the email login to be answered while the username login is held in its hash`, () => answered);
    } finally {
      hold.release();
    }
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r?.statusCode)).toEqual([401, 401]);
    vi.restoreAllMocks();
  }

  it('a wrong login through the email is answered as soon for a real account as for an unknown pair', async () => {
    const real = await registerUser(t.app);
    const unknown = uniqueIdentity('ghost');
    await expectAnsweredMeanwhile(unknown, 'unknown pair');
    await expectAnsweredMeanwhile(real, 'real pair');
  });
});
