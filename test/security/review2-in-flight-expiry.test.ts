import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IN_FLIGHT_MS } from '../../src/account/lockout.js';
import { backend, buildTestApp, loginUser, manualClock, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review 2: a place expires IN_FLIGHT_MS after the newest reservation on the counter, whether or not the check that
// holds it is still running (a live process with slow hashes, e.g. libuv's 4-thread pool queued behind a flood of
// dummy hashes through unknown identifiers). Once it expires, `live` reads 0: a fresh batch of MAX wrong checks
// reserves and is evaluated beside the MAX still running, and the old checks' releases then decrement the new batch's
// count (release does not know which reservation it gives back), so the bound drifts further.

const MAX = 5;

describe(`checks in flight longer than IN_FLIGHT_MS on ${backend}`, () => {
  const clock = manualClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('never evaluates more than MAX_FAILED_LOGINS wrong passwords of one account, however slow the hashes are', async () => {
    const user = await registerUser(t.app);
    const hold = holdVerifications(t);
    const first = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-a-${i}-pw` }));
    await hold.whenHeld(MAX);
    // The hashes are slow: the application's clock passes IN_FLIGHT_MS while they run (the process is alive).
    clock.advance(IN_FLIGHT_MS + 1);
    const second = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { email: user.email, password: `Wrong-b-${i}-pw` }));
    // Either the second batch waits for room (the contract), or it is evaluated beside the first (the defect).
    await Promise.race([hold.whenQueued(MAX), hold.whenHeld(2 * MAX)]);
    const evaluatedWhileFirstBatchRan = hold.calls;
    hold.release();
    await Promise.all([...first, ...second]);
    expect(evaluatedWhileFirstBatchRan, 'wrong passwords evaluated at once on one account').toBeLessThanOrEqual(MAX);
    expect(hold.calls, 'wrong passwords evaluated in one lock window').toBe(MAX);
  });
});
