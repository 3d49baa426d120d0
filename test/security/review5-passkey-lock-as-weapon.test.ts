import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { backend, loginUser, type TestApp } from '../helper.js';
import { signInWithPasskey } from '../passkey-helper.js';
import { buildPasskeyApp, ownerWithPasskey } from './passkey-attack-helper.js';

// Review 5, finding 3. The lockout protects a password (and codes) against guessing: "A lock stops password and
// code checks" (DESIGN, Accounts). A passkey assertion is no guess, yet passkey sign-in is refused 423 while the
// account is locked, and the lock is set by anyone: MAX_FAILED_LOGINS wrong passwords, anonymous, per window.
// So any stranger keeps a user from signing in with their passkey, indefinitely, with 5 requests per 15 minutes,
// even an account that has no password at all (passkey only), where the lock protects nothing.

const WRONG = 'Wrong-password-77';

describe(`anonymous wrong passwords keeping a passkey out on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp({ env: { MAX_FAILED_LOGINS: '5', LOCKOUT_DURATION: '900' } });
  });
  afterAll(async () => t.close());

  it('a passkey-only account (no usable password): five anonymous wrong passwords do not stop its passkey', async () => {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ password_hash: UNUSABLE_PASSWORD_HASH }).where('id', '=', owner.id).execute();
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: owner.username, password: WRONG });
    for (let i = 0; i < 5; i++) await loginUser(t.app, { email: owner.email, password: WRONG });
    const res = await signInWithPasskey(t.app, owner.authenticator);
    expect(res.statusCode, res.body).toBe(200);
  });

  it('an account with a password: a lock earned by strangers\' wrong passwords does not refuse a verified passkey', async () => {
    const owner = await ownerWithPasskey(t.app);
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: owner.username, password: WRONG });
    for (let i = 0; i < 5; i++) await loginUser(t.app, { email: owner.email, password: WRONG });
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).statusCode).toBe(423);
    const res = await signInWithPasskey(t.app, owner.authenticator);
    expect(res.statusCode, res.body).toBe(200);
  });
});
