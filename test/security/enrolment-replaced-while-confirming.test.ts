import { Secret, TOTP } from 'otpauth';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, buildTestApp, perTestClock, registerAndLogin, type TestApp } from '../helper.js';
import { holdNextWriteTransaction } from './hold-checks.js';

// Mutation pass (enablePendingFactor without its `mfa_pending_secret = <the secret confirmed>` condition survived
// the suite): a newer enrolment replaces the pending one. A confirmation of the older secret that was already
// under way when the newer enrolment started must not turn the older secret on: the factor enabled is always the
// one the account's latest enrolment shows.

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`an enrolment replaced while its confirmation runs on ${backend}`, () => {
  const clock = perTestClock(Date.UTC(2026, 8, 4, 9, 0, 0));
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ clock });
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  const post = (url: string, token: string, payload: object) => t.app.inject({ method: 'POST', url, headers: bearer(token), payload });

  it('the older secret is not enabled (409 mfa_already_enabled); the newer one then confirms', async () => {
    const owner = await registerAndLogin(t.app);
    const older = await post('/api/users/me/mfa/totp', owner.access, { current_password: owner.password });
    expect(older.statusCode).toBe(200);
    const olderSecret = older.json().secret as string;

    // The confirmation of the older secret has read the account and waits at its first write transaction.
    const hold = holdNextWriteTransaction(t);
    const confirmOlder = post('/api/users/me/mfa/totp/confirm', owner.access, { code: codeAt(olderSecret, clock.now()) });
    await hold.waitUntilHeld();
    const newer = await post('/api/users/me/mfa/totp', owner.access, { current_password: owner.password });
    expect(newer.statusCode).toBe(200);
    const newerSecret = newer.json().secret as string;
    expect(newerSecret).not.toBe(olderSecret);
    hold.release();

    const late = await confirmOlder;
    expect(late.statusCode, late.body).toBe(409);
    expect(late.json().code).toBe('mfa_already_enabled');
    const row = await t.app.db.selectFrom('users').select(['mfa_enabled_at']).where('id', '=', owner.id).executeTakeFirstOrThrow();
    expect(row.mfa_enabled_at).toBeNull();

    clock.advance(30_000);
    const confirmNewer = await post('/api/users/me/mfa/totp/confirm', owner.access, { code: codeAt(newerSecret, clock.now()) });
    expect(confirmNewer.statusCode, confirmNewer.body).toBe(200);
    expect(confirmNewer.json().recovery_codes).toHaveLength(10);
  });
});
