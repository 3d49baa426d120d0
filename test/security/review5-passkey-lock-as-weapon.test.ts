import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { backend, loginUser, type TestApp } from '../helper.js';
import { signInWithPasskey } from '../passkey-helper.js';
import { buildPasskeyApp, ownerWithPasskey } from './passkey-attack-helper.js';

// Review 5, finding 3. The lockout protects a password (and codes) against guessing, and anyone can set it with
// MAX_FAILED_LOGINS wrong passwords. The passkeys issue asks that a locked account be refused like a password login,
// so an account with a password is (423, as its own password would be); an account with no usable password has
// nothing to guess, and a lock set by strangers' wrong passwords must not shut it out of its only way in.

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

  it('an account with a password: while locked, its passkey is refused as its password is (423), and signs in once the lock ends', async () => {
    const owner = await ownerWithPasskey(t.app);
    for (let i = 0; i < 5; i++) await loginUser(t.app, { username: owner.username, password: WRONG });
    for (let i = 0; i < 5; i++) await loginUser(t.app, { email: owner.email, password: WRONG });
    expect((await loginUser(t.app, { username: owner.username, password: owner.password })).statusCode).toBe(423);
    const res = await signInWithPasskey(t.app, owner.authenticator);
    expect(res.statusCode, res.body).toBe(423);
    expect(res.headers['retry-after']).toBeDefined();
    await t.app.db.updateTable('users').set({ locked_until: null, failed_login_attempts: 0 }).where('id', '=', owner.id).execute();
    expect((await signInWithPasskey(t.app, owner.authenticator)).statusCode).toBe(200);
  });
});
