import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, loginUser, type TestApp } from '../helper.js';
import {
  buildPasskeyApp, discoverableOptions, expectProblem, liveSessionIds, ownerWithPasskey, type PasskeyOwner, postSecondStep, postSignIn,
} from './passkey-attack-helper.js';

// The second step of a password login (POST /api/auth/login/mfa {mfa_token, webauthn}) takes a passkey's assertion
// over options asked with that very mfa_token. An attacker who phished a victim's password holds the victim's
// mfa_token; they try to finish it with their own passkey, with an assertion over their own login's options, or
// with a challenge of the other ceremony (a sign-in's), and the other way round.

describe(`passkeys in the second step of a login on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  /** A user with a passkey whose password login asks for a second step (a second factor on record). */
  async function ownerWithSecondStep(): Promise<PasskeyOwner> {
    const owner = await ownerWithPasskey(t.app);
    await t.app.db.updateTable('users').set({ mfa_enabled_at: Date.now() }).where('id', '=', owner.id).execute();
    return owner;
  }

  async function mfaTokenOf(owner: PasskeyOwner, { withPasskey = true } = {}): Promise<string> {
    const res = await loginUser(t.app, { username: owner.username, password: owner.password });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().mfa_required).toBe(true);
    if (withPasskey) expect(res.json().methods).toContain('webauthn');
    return res.json().mfa_token as string;
  }

  it('the genuine second step works (the attacks below are refused for what they forge)', async () => {
    const owner = await ownerWithSecondStep();
    const token = await mfaTokenOf(owner);
    const res = await postSecondStep(t.app, token, owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token })));
    expect(res.statusCode, res.body).toBe(200);
  });

  it('an assertion over options asked with the attacker\'s mfa_token, posted with the victim\'s: refused, the victim gets no session', async () => {
    const victim = await ownerWithSecondStep();
    const attacker = await ownerWithSecondStep();
    const victimToken = await mfaTokenOf(victim);
    const attackerToken = await mfaTokenOf(attacker);
    const before = await liveSessionIds(t.app, victim.id);
    // The attacker's own passkey over their own options.
    const own = attacker.authenticator.assert(await discoverableOptions(t.app, { mfa_token: attackerToken }));
    expectProblem(await postSecondStep(t.app, victimToken, own), 401, 'invalid_mfa_code');
    // The victim's passkey (lured into signing) over the attacker's options.
    const lured = victim.authenticator.assert(await discoverableOptions(t.app, { mfa_token: attackerToken }), { credentialId: victim.credentialId });
    expectProblem(await postSecondStep(t.app, victimToken, lured), 401, 'invalid_mfa_code');
    expect(await liveSessionIds(t.app, victim.id)).toEqual(before);
    // Nor does the lured assertion finish the attacker's own step: the passkey is not theirs.
    expectProblem(await postSecondStep(t.app, attackerToken, victim.authenticator.assert(await discoverableOptions(t.app, { mfa_token: attackerToken }), { credentialId: victim.credentialId })), 401, 'invalid_mfa_code');
  });

  it('options of one login of the user, answered for another login of the same user: refused', async () => {
    const owner = await ownerWithSecondStep();
    const first = await mfaTokenOf(owner);
    const second = await mfaTokenOf(owner);
    const before = await liveSessionIds(t.app, owner.id);
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: first }));
    expectProblem(await postSecondStep(t.app, second, assertion), 401, 'invalid_mfa_code');
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });

  it('another user\'s passkey answering the victim\'s second-step options: refused', async () => {
    const victim = await ownerWithSecondStep();
    const attacker = await ownerWithPasskey(t.app);
    const token = await mfaTokenOf(victim);
    const before = await liveSessionIds(t.app, victim.id);
    const options = await discoverableOptions(t.app, { mfa_token: token });
    expect(options.allowCredentials.map((c: { id: string }) => c.id)).toEqual([victim.credentialId]);
    for (const userHandle of [undefined, victim.userHandle, null] as const) {
      const again = await discoverableOptions(t.app, { mfa_token: token });
      const forged = attacker.authenticator.assert(again, { credentialId: attacker.credentialId, ...(userHandle === undefined ? {} : { userHandle }) });
      expectProblem(await postSecondStep(t.app, token, forged), 401, 'invalid_mfa_code');
    }
    expect(await liveSessionIds(t.app, victim.id)).toEqual(before);
    // The mfa_token itself was not spent by the refusals: the victim's genuine step still completes.
    const res = await postSecondStep(t.app, token, victim.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token })));
    expect(res.statusCode, res.body).toBe(200);
  });

  it('a sign-in challenge (purpose sign_in) cannot complete a second step', async () => {
    const owner = await ownerWithSecondStep();
    const token = await mfaTokenOf(owner);
    const before = await liveSessionIds(t.app, owner.id);
    for (const body of [{}, { username: owner.username }]) {
      const assertion = owner.authenticator.assert(await discoverableOptions(t.app, body));
      expectProblem(await postSecondStep(t.app, token, assertion), 401, 'invalid_mfa_code');
    }
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });

  it('a second-step challenge (purpose second_factor) cannot sign in by itself, skipping the password', async () => {
    const owner = await ownerWithSecondStep();
    const token = await mfaTokenOf(owner);
    const before = await liveSessionIds(t.app, owner.id);
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token }));
    expectProblem(await postSignIn(t.app, assertion), 401, 'invalid_credentials');
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });

  it('a second-step assertion sent twice, and an mfa_token used twice: one session', async () => {
    const owner = await ownerWithSecondStep();
    const token = await mfaTokenOf(owner);
    const before = await liveSessionIds(t.app, owner.id);
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token }));
    expect((await postSecondStep(t.app, token, assertion)).statusCode).toBe(200);
    expectProblem(await postSecondStep(t.app, token, assertion), 401);
    // Fresh options for the spent mfa_token are refused too.
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload: { mfa_token: token } }), 401, 'invalid_or_expired_token');
    expect((await liveSessionIds(t.app, owner.id)).length).toBe(before.length + 1);
  });

  it('an mfa_token of a user without passkeys gets no options, and another user\'s passkey cannot finish its step', async () => {
    const attacker = await ownerWithPasskey(t.app);
    const victim = await ownerWithSecondStep();
    // Remove the victim's passkey from under the step (e.g. an admin removed it): no webauthn options for that step.
    await t.app.db.deleteFrom('passkeys').where('user_id', '=', victim.id).execute();
    const token = await mfaTokenOf(victim, { withPasskey: false });
    const before = await liveSessionIds(t.app, victim.id);
    expectProblem(await t.app.inject({ method: 'POST', url: '/api/auth/passkey/options', payload: { mfa_token: token } }), 401, 'invalid_or_expired_token');
    const signIn = await discoverableOptions(t.app, { username: attacker.username });
    expectProblem(await postSecondStep(t.app, token, attacker.authenticator.assert(signIn)), 401, 'invalid_mfa_code');
    expect(await liveSessionIds(t.app, victim.id)).toEqual(before);
  });
  it('a step opened with a password that changed meanwhile (the owner reset it) cannot be completed with the passkey', async () => {
    const owner = await ownerWithSecondStep();
    const token = await mfaTokenOf(owner);
    const assertion = owner.authenticator.assert(await discoverableOptions(t.app, { mfa_token: token }));
    // The owner, alerted, changes the password: the thief's half-finished login must not survive it.
    const other = await t.app.db.selectFrom('users').select('password_hash').where('id', '!=', owner.id).executeTakeFirstOrThrow();
    await t.app.db.updateTable('users').set({ password_hash: other.password_hash }).where('id', '=', owner.id).execute();
    const before = await liveSessionIds(t.app, owner.id);
    const res = await postSecondStep(t.app, token, assertion);
    expect(res.statusCode, res.body).toBe(401);
    expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
  });
});
