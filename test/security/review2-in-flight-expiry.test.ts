import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IN_FLIGHT_MS } from '../../src/account/lockout.js';
import { backend, buildTestApp, loginUser, perTestClock, registerUser, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Review 2: a place expires IN_FLIGHT_MS after the newest reservation on the counter, whether or not the check that
// holds it is still running (a live process with slow hashes, e.g. libuv's 4-thread pool queued behind a flood of
// dummy hashes through unknown identifiers). Once it expires, `live` reads 0: a fresh batch of MAX wrong checks
// reserves and is evaluated beside the MAX still running, and the old checks' releases then decrement the new batch's
// count (release does not know which reservation it gives back), so the bound drifts further. Now each place is a
// row of its own with its own end, and a check that outlives its place is neither counted nor answered (503): its
// guess tells the attacker nothing, so at most MAX_FAILED_LOGINS wrong guesses are answered per lock window.

const MAX = 5;

describe(`checks in flight longer than IN_FLIGHT_MS on ${backend}`, () => {
  const clock = perTestClock();
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock, env: { MAX_FAILED_LOGINS: String(MAX), AUTH_RATE_LIMIT_MAX: '100000' } });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('never answers more than MAX_FAILED_LOGINS wrong passwords of one account per window, however slow the hashes are', async () => {
    const user = await registerUser(t.app);
    const hold = holdVerifications(t);
    const first = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { username: user.username, password: `Wrong-a-${i}-pw` }));
    await hold.whenHeld(MAX);
    // The hashes are slow: the application's clock passes IN_FLIGHT_MS while they run (the process is alive).
    clock.advance(IN_FLIGHT_MS + 1);
    const second = Array.from({ length: MAX }, (_, i) => loginUser(t.app, { email: user.email, password: `Wrong-b-${i}-pw` }));
    // The first batch's places have ended: the second batch is evaluated beside it.
    await hold.whenHeld(2 * MAX);
    hold.release();
    const firstAnswers = (await Promise.all(first)).map((r) => `${r.statusCode} ${r.json().code}`);
    const secondAnswers = (await Promise.all(second)).map((r) => r.statusCode);
    // The checks that outlived their places tell nothing: 503, not counted.
    expect(firstAnswers).toEqual(Array(MAX).fill('503 service_unavailable'));
    // The second batch is answered within the budget: MAX wrong guesses answered, the last one locks.
    expect(secondAnswers.filter((s) => s === 401)).toHaveLength(MAX - 1);
    expect(secondAnswers.filter((s) => s === 423)).toHaveLength(1);
    const row = await t.app.db.selectFrom('users').select('failed_login_attempts').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.failed_login_attempts).toBe(MAX);
  });
});
