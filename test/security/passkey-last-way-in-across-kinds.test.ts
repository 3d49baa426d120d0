import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { UNUSABLE_PASSWORD_HASH } from '../../src/account/password-formats.js';
import { backend, bearer, type TestApp } from '../helper.js';
import { signInWithPasskey } from '../passkey-helper.js';
import { buildPasskeyApp, expectProblem, holdWriteTransactions, ownerWithPasskey, passkeyCount } from './passkey-attack-helper.js';

// The last way in is one rule over every kind of way (src/account/ways-in.ts): a passwordless account with one
// provider identity and one passkey may lose either, never both, even when the two removals race (each would see the
// other still there if they did not take the user's row lock).

const ROUNDS = 8;

describe(`removing a passkey and unlinking an identity at once, on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  /** No usable password, one identity, one passkey, and an aal-2 session of that passkey. */
  async function passkeyAndIdentity() {
    const owner = await ownerWithPasskey(t.app);
    const identityId = randomUUID();
    await t.app.db.insertInto('user_identities').values({ id: identityId, user_id: owner.id, provider: 'corp', subject: `sub-${identityId}`, email: owner.email, email_verified: 1, created_at: 0, last_used_at: null }).execute();
    await t.app.db.updateTable('users').set({ password_hash: UNUSABLE_PASSWORD_HASH }).where('id', '=', owner.id).execute();
    const signedIn = await signInWithPasskey(t.app, owner.authenticator);
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    return { owner, identityId, access: signedIn.json().access_token as string };
  }

  const identities = async (userId: number) => (await t.app.db.selectFrom('user_identities').select('id').where('user_id', '=', userId).execute()).length;
  const removals = (access: string, passkeyId: string, identityId: string) => [
    t.app.inject({ method: 'DELETE', url: `/api/users/me/passkeys/${passkeyId}`, headers: bearer(access) }),
    t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${identityId}`, headers: bearer(access) }),
  ];

  it('one after the other: the first goes, the second is the last way in (409)', async () => {
    const { owner, identityId, access } = await passkeyAndIdentity();
    expect((await t.app.inject({ method: 'DELETE', url: `/api/users/me/identities/${identityId}`, headers: bearer(access) })).statusCode).toBe(204);
    expectProblem(await t.app.inject({ method: 'DELETE', url: `/api/users/me/passkeys/${owner.passkeyId}`, headers: bearer(access) }), 409, 'last_sign_in_method');
    expect(await passkeyCount(t.app, owner.id)).toBe(1);
  });

  it(`both held until both are in, then released together: exactly one 204 and one 409, one way left, ${ROUNDS} rounds`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, identityId, access } = await passkeyAndIdentity();
      const hold = holdWriteTransactions(t);
      const racing = removals(access, owner.passkeyId, identityId);
      await hold.whenHeld(2);
      hold.release();
      const results = await Promise.all(racing);
      vi.restoreAllMocks();
      expect(results.map((r) => r.statusCode).sort(), `round ${round}: ${results.map((r) => r.body).join(' ')}`).toEqual([204, 409]);
      expect(results.find((r) => r.statusCode === 409)!.json().code).toBe('last_sign_in_method');
      expect((await passkeyCount(t.app, owner.id)) + (await identities(owner.id)), `round ${round}: ways left`).toBe(1);
    }
  });
});
