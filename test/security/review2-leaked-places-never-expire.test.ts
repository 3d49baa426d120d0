import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IN_FLIGHT_MS } from '../../src/account/lockout.js';
import { backend, buildTestApp, loginUser, perTestClock, PASSWORD, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review 2: places held by checks that will never settle (a process that died mid-check) are meant to be given back
// IN_FLIGHT_MS after they were taken. But every reservation sets `attempts_in_flight_until = now + IN_FLIGHT_MS`
// for the whole count, so the leaked places live on as long as the account is used at least every 15 s: the
// account's budget stays smaller for good, and once settled failures plus the leaked places reach MAX, every check,
// the owner's right password included, waits (503 after MAX_WAIT_MS on one clock) with no check in flight.
// Here two checks never settle (held forever = a dead instance), the owner logs in every 10 s for a minute, then
// makes one typo: the owner's next right password is queued although the dead checks' places expired 45 s ago.

const MAX = 3;

describe(`places of checks that never settle on ${backend}`, () => {
  const clock = perTestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('are given back IN_FLIGHT_MS after they were taken, even while the account is in use', async () => {
    const user = await registerUser(t.app);
    const dead = holdVerifications(t, { first: 2 });
    const stuck = [0, 1].map((i) => loginUser(t.app, { email: user.email, password: `Dead-${i}-password` }));
    await dead.whenHeld(2);
    // The owner logs in every 10 s for a minute: each login succeeds.
    for (let i = 0; i < 6; i++) {
      clock.advance(10_000);
      expect((await loginUser(t.app, { username: user.username, password: PASSWORD })).statusCode).toBe(200);
    }
    // One typo.
    expect((await loginUser(t.app, { username: user.username, password: 'a-typo-Password-1' })).statusCode).toBe(401);
    // The right password: no check is alive on the account, so it must be evaluated at once.
    let answered = false;
    const right = loginUser(t.app, { username: user.username, password: PASSWORD }).then((res) => {
      answered = true;
      return res;
    });
    const outcome = await Promise.race([right.then(() => 'answered' as const), dead.whenQueued(1).then(() => 'queued' as const)]);
    // Clean up: let the leaked places expire on the clock, then let the dead checks end.
    if (!answered) clock.advance(IN_FLIGHT_MS + 1);
    expect((await right).statusCode).toBe(200);
    dead.release();
    await Promise.all(stuck);
    expect(outcome, 'the right password waited for places of checks that died 60 s ago').toBe('answered');
  });
});
