import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, type TestApp } from '../helper.js';
import { newAuthenticator, registerPasskey, signInWithPasskey } from '../passkey-helper.js';
import {
  buildLoggedPasskeyApp, buildPasskeyApp, discoverableOptions, expectProblem, holdWriteTransactions, liveSessionIds, ownerWithPasskey, postSignIn,
} from './passkey-attack-helper.js';

// The sign count is the one trace a copied key leaves: a clone keeps signing with the count it was copied at while
// the original moves on. A count that does not rise is refused and audited; two assertions racing with one count
// (different challenges, so neither is a replay) cannot both sign in.

const ROUNDS = 8;

const signCountOf = async (t: TestApp, id: string) =>
  (await t.app.db.selectFrom('passkeys').select('sign_count').where('id', '=', id).executeTakeFirstOrThrow()).sign_count;

describe(`passkey sign counts on ${backend}`, () => {
  it('a cloned authenticator signing after the original advanced: 401, no session, passkey_counter_regressed audited', async () => {
    const t = await buildLoggedPasskeyApp();
    let owner!: Awaited<ReturnType<typeof ownerWithPasskey>>;
    try {
      owner = await ownerWithPasskey(t.app);
      const clone = owner.authenticator.clone();
      expect((await signInWithPasskey(t.app, owner.authenticator)).statusCode).toBe(200);
      expect((await signInWithPasskey(t.app, owner.authenticator)).statusCode).toBe(200);
      const before = await liveSessionIds(t.app, owner.id);
      // The clone's first assertion says 1: the server has seen 2.
      expectProblem(await signInWithPasskey(t.app, clone), 401, 'invalid_credentials');
      // Even once the clone's count catches up to the stored one (2), it has not risen.
      expectProblem(await signInWithPasskey(t.app, clone), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
      expect(await signCountOf(t, owner.passkeyId)).toBe(2);
      // The original goes on.
      expect((await signInWithPasskey(t.app, owner.authenticator)).statusCode).toBe(200);
    } finally {
      await t.close();
    }
    const regressed = t.lines().filter((line) => line.audit === 'passkey_counter_regressed');
    expect(regressed).toEqual([
      expect.objectContaining({ user_id: owner.id, passkey_id: owner.passkeyId, stored: 2, presented: 1 }),
      expect.objectContaining({ user_id: owner.id, passkey_id: owner.passkeyId, stored: 2, presented: 2 }),
    ]);
  });

  describe('forced and racing counts', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await buildPasskeyApp();
    });
    afterEach(() => vi.restoreAllMocks());
    afterAll(async () => t.close());

    it('a forced lower, equal or zero count after the count rose is refused; a higher one is accepted', async () => {
      const owner = await ownerWithPasskey(t.app);
      expect((await signInWithPasskey(t.app, owner.authenticator, { counter: 10 })).statusCode).toBe(200);
      const before = await liveSessionIds(t.app, owner.id);
      for (const counter of [9, 10, 1, 0]) {
        expectProblem(await signInWithPasskey(t.app, owner.authenticator, { counter }), 401, 'invalid_credentials');
      }
      expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
      expect(await signCountOf(t, owner.passkeyId)).toBe(10);
      expect((await signInWithPasskey(t.app, owner.authenticator, { counter: 11 })).statusCode).toBe(200);
    });

    it('a count wrapped past 2^32-1 cannot go back to small numbers', async () => {
      const owner = await ownerWithPasskey(t.app);
      expect((await signInWithPasskey(t.app, owner.authenticator, { counter: 0xffffffff })).statusCode).toBe(200);
      expectProblem(await signInWithPasskey(t.app, owner.authenticator, { counter: 5 }), 401, 'invalid_credentials');
    });

    it(`two assertions with the same count over different challenges, held until both verified: at most one signs in, ${ROUNDS} rounds`, async () => {
      const owner = await ownerWithPasskey(t.app);
      for (let round = 0; round < ROUNDS; round++) {
        const before = await liveSessionIds(t.app, owner.id);
        const count = (round + 1) * 3;
        const a = owner.authenticator.assert(await discoverableOptions(t.app), { counter: count });
        const b = owner.authenticator.clone().assert(await discoverableOptions(t.app), { counter: count });
        // Both spent their own challenge and verified their signature; each waits at the write of its count.
        const hold = holdWriteTransactions(t);
        const racing = [postSignIn(t.app, a), postSignIn(t.app, b)];
        await hold.whenHeld(2);
        hold.release();
        const results = await Promise.all(racing);
        vi.restoreAllMocks();
        expect(results.map((r) => r.statusCode).sort(), `round ${round}`).toEqual([200, 401]);
        expect((await liveSessionIds(t.app, owner.id)).length, `round ${round}`).toBe(before.length + 1);
        expect(await signCountOf(t, owner.passkeyId)).toBe(count);
      }
    });

    it(`four assertions with the same count fired freely: exactly one signs in, ${ROUNDS} rounds`, async () => {
      const owner = await ownerWithPasskey(t.app);
      for (let round = 0; round < ROUNDS; round++) {
        const before = await liveSessionIds(t.app, owner.id);
        const count = (round + 1) * 3;
        const assertions = [];
        for (let i = 0; i < 4; i++) assertions.push(owner.authenticator.assert(await discoverableOptions(t.app), { counter: count }));
        const results = await Promise.all(assertions.map((a) => postSignIn(t.app, a)));
        expect(results.filter((r) => r.statusCode === 200).length, `round ${round}`).toBe(1);
        expect((await liveSessionIds(t.app, owner.id)).length, `round ${round}`).toBe(before.length + 1);
      }
    });

    it('an authenticator without a counter (always 0) signs in each time, but a clone of a counting key cannot pass as one', async () => {
      const plain = await ownerWithPasskey(t.app, { counterStep: 0 });
      expect((await signInWithPasskey(t.app, plain.authenticator)).statusCode).toBe(200);
      expect((await signInWithPasskey(t.app, plain.authenticator)).statusCode).toBe(200);
      // Once a counter was seen, a zero is a regression.
      expect((await signInWithPasskey(t.app, plain.authenticator, { counter: 4 })).statusCode).toBe(200);
      expectProblem(await signInWithPasskey(t.app, plain.authenticator), 401, 'invalid_credentials');
    });
  });
});

describe(`a passkey removed while a sign-in with it is in flight on ${backend}`, () => {
  it('the sign-in held past its checks opens no session once the removal answered, and is not audited as a clone', async () => {
    const t = await buildLoggedPasskeyApp();
    let owner!: Awaited<ReturnType<typeof ownerWithPasskey>>;
    let res!: Awaited<ReturnType<typeof postSignIn>>;
    try {
      owner = await ownerWithPasskey(t.app);
      // Two passkeys, so the first may be removed; the session removing it passed a factor.
      const spare = newAuthenticator();
      const added = await registerPasskey(t.app, owner, spare);
      expect(added.statusCode, added.body).toBe(201);
      const aal2 = (await signInWithPasskey(t.app, spare)).json().access_token as string;
      // The thief's sign-in with the lost key has verified its signature and waits at its write.
      const assertion = owner.authenticator.assert(await discoverableOptions(t.app));
      const hold = holdWriteTransactions(t);
      const inFlight = postSignIn(t.app, assertion);
      await hold.whenHeld(1);
      vi.restoreAllMocks();
      const removed = await t.app.inject({ method: 'DELETE', url: `/api/users/me/passkeys/${owner.passkeyId}`, headers: { authorization: `Bearer ${aal2}` } });
      expect(removed.statusCode, removed.body).toBe(204);
      const after = await liveSessionIds(t.app, owner.id);
      hold.release();
      res = await inFlight;
      expect(res.statusCode, res.body).toBe(401);
      expect(await liveSessionIds(t.app, owner.id)).toEqual(after);
    } finally {
      vi.restoreAllMocks();
      await t.close();
    }
    // PRODUCT BUG (reported, not fixed here): the refused sign-in is audited as passkey_counter_regressed (a cloned
    // key) for a passkey that was simply removed: a false clone alarm on the owner's audit trail.
    expect(t.lines().filter((line) => line.audit === 'passkey_counter_regressed'), 'a clone alarm for a removed passkey').toEqual([]);
  });
});
