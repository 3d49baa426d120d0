import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { backend, bearer, loginUser, registerAndLogin, type TestApp } from '../helper.js';
import { claimsOf, creationOptions, newAuthenticator, signInWithPasskey } from '../passkey-helper.js';
import {
  buildPasskeyApp, holdWriteTransactions, liveSessionIds, ownerWithPasskey, passkeyCount, postRegistration, postSecondStep,
} from './passkey-attack-helper.js';

// A passkey whose authenticator did not verify the user (no PIN, no biometrics: a bare security key) is one factor,
// something held. On an account with TOTP, signing in with it answers {mfa_required, methods: [totp, recovery_code]}:
// the code is still owed. The thief of such a key tries to pay the second step with the same key again.

describe(`one passkey used as both factors on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  // PRODUCT BUG (reported, not fixed here): the mfa_token a passkey sign-in opens is the same kind of step a password
  // opens, and POST /api/auth/passkey/options {mfa_token} + POST /api/auth/login/mfa {webauthn} accept any passkey of
  // the user for it, including the very passkey that opened it. A stolen key without user verification then reaches
  // aal 2 with amr ["pwd", "webauthn"] without the password and without the TOTP code the answer asked for.
  it('a UV-less passkey that opened the step cannot complete it: no aal-2 session without the code', async () => {
    const owner = await ownerWithPasskey(t.app, { uv: false });
    await t.app.db.updateTable('users').set({ mfa_enabled_at: Date.now() }).where('id', '=', owner.id).execute();
    const before = await liveSessionIds(t.app, owner.id);
    const first = await signInWithPasskey(t.app, owner.authenticator);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ mfa_required: true, methods: ['totp', 'recovery_code'] });
    const token = first.json().mfa_token as string;
    const options = await t.app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload: { mfa_token: token } });
    const second = options.statusCode === 200 ? await postSecondStep(t.app, token, owner.authenticator.assert(options.json())) : undefined;
    const opened = second?.statusCode === 200 ? claimsOf(second.json().access_token as string) : undefined;
    const seen = JSON.stringify({ options: options.statusCode, second: second?.statusCode, aal: opened?.aal, amr: opened?.amr });
    expect(second?.statusCode ?? options.statusCode, `the same key paid both steps: ${seen}`).not.toBe(200);
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });
});

describe(`registrations racing between the owner's session and a thief's on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterEach(() => vi.restoreAllMocks());
  afterAll(async () => t.close());

  it('an account without a factor: the owner and a fresh thief\'s session each register at once; one passkey, the other refused, 6 rounds', async () => {
    for (let round = 0; round < 6; round++) {
      const owner = await registerAndLogin(t.app);
      const thief = (await loginUser(t.app, { username: owner.username, password: owner.password })).json().access_token as string;
      const ownerOptions = (await creationOptions(t.app, owner.access)).json();
      const thiefOptions = (await creationOptions(t.app, thief)).json();
      const hold = holdWriteTransactions(t);
      const racing = [postRegistration(t.app, owner.access, newAuthenticator().register(ownerOptions)), postRegistration(t.app, thief, newAuthenticator().register(thiefOptions))];
      await hold.whenHeld(2);
      hold.release();
      const results = await Promise.all(racing);
      vi.restoreAllMocks();
      expect(results.map((r) => r.statusCode).sort(), `round ${round}: ${results.map((r) => r.body).join(' ')}`).toEqual([201, 403]);
      expect(await passkeyCount(t.app, owner.id), `round ${round}`).toBe(1);
      // The loser's session ended with the winner's new factor.
      const loser = results[0]!.statusCode === 201 ? thief : owner.access;
      expect((await t.app.inject({ method: 'GET', url: '/api/users/me', headers: bearer(loser) })).statusCode, `round ${round}`).toBe(401);
    }
  });

  it('a passkey sign-in with user verification stands at aal 2 with amr webauthn only', async () => {
    const owner = await ownerWithPasskey(t.app);
    const res = await signInWithPasskey(t.app, owner.authenticator);
    expect(claimsOf(res.json().access_token as string)).toMatchObject({ aal: 2, amr: ['webauthn'] });
  });
});
