import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, buildTestApp, loginUser, registerUser, type TestApp, uniqueIdentity } from '../helper.js';

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
        for (let i = 0; i < 500 && held === 0; i++) await new Promise((r) => setTimeout(r, 10));
        expect(held).toBe(1);
      },
    };
  }

  /** Whether a wrong login through `email` is answered while one through `username` is in its hash. */
  async function answeredMeanwhile(pair: { username: string; email: string }): Promise<boolean> {
    const hold = holdFirstHash();
    const first = loginUser(t.app, { username: pair.username, password: WRONG });
    await hold.whenHeld();
    let answered = false;
    const second = loginUser(t.app, { email: pair.email, password: WRONG }).then((res) => {
      answered = true;
      return res;
    });
    for (let i = 0; i < 150 && !answered; i++) await new Promise((r) => setTimeout(r, 10));
    const meanwhile = answered;
    hold.release();
    const results = await Promise.all([first, second]);
    expect(results.map((r) => r.statusCode)).toEqual([401, 401]);
    vi.restoreAllMocks();
    return meanwhile;
  }

  it('a wrong login through the email is answered as soon for a real account as for an unknown pair', async () => {
    const real = await registerUser(t.app);
    const unknown = uniqueIdentity('ghost');
    const unknownAnswered = await answeredMeanwhile(unknown);
    const realAnswered = await answeredMeanwhile(real);
    expect(unknownAnswered, 'unknown pair: the email login is answered while the username login hashes').toBe(true);
    expect(realAnswered, 'real pair: the email login waits for the username login (one hash later)').toBe(true);
  });
});
