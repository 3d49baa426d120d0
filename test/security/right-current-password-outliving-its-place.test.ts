import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { IN_FLIGHT_MS } from '../../src/account/lockout.js';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { holdVerifications } from './hold-checks.js';

// Mutation pass (checkCurrentPassword without its `assertStillHeld` survived the suite): a right current_password
// whose check outlived its place (IN_FLIGHT_MS) is not acted on either. Its place may have been taken by other
// guesses meanwhile, so acting on it would let one more guess than the budget allows change the account.

describe(`a right current_password that outlived its place on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 6, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('is answered 503 service_unavailable and changes nothing', async () => {
    const owner = await registerAndLogin(t.app);
    const hold = holdVerifications(t, { first: 1 });
    const change = t.app.inject({ method: 'PUT', url: `/api/users/${owner.id}`, headers: bearer(owner.access), payload: { password: 'fresh-Harbour-93-comet', current_password: owner.password } });
    await hold.whenHeld(1);
    // The hash is slow: the application's clock passes IN_FLIGHT_MS while it runs.
    clock.advance(IN_FLIGHT_MS);
    hold.release();
    const res = await change;
    expect(res.statusCode, res.body).toBe(503);
    expect(res.json().code).toBe('service_unavailable');

    vi.restoreAllMocks();
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).statusCode).toBe(200);
  });
});
