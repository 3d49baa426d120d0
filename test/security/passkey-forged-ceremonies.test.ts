import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, registerAndLogin, type TestApp } from '../helper.js';
import { creationOptions, newAuthenticator, signInOptions, signInWithPasskey } from '../passkey-helper.js';
import {
  buildPasskeyApp, discoverableOptions, expectProblem, liveSessionIds, ownerWithPasskey, passkeyCount, postRegistration, postSignIn, renamed,
} from './passkey-attack-helper.js';

// An attacker with an ordinary account (or none) forges one field of a WebAuthn ceremony at a time: the origin the
// browser saw, the RP ID hashed into authenticatorData, the key that signed, the credential id, the user handle.
// Every forgery is refused, opens no session and stores no passkey; the untouched ceremony still works afterwards.

describe(`forged passkey ceremonies on ${backend}`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildPasskeyApp();
  });
  afterAll(async () => t.close());

  describe('registration', () => {
    for (const [what, override] of [
      ['a phishing origin', { origin: 'http://localhost.evil.example:8000' }],
      ['another port of the same host', { origin: 'http://localhost:8001' }],
      ['https on the right host', { origin: 'https://localhost:8000' }],
      ['the RP ID of another domain', { rpId: 'evil.example' }],
      ['the RP ID of a parent of the relying party', { rpId: 'example.com' }],
      ['a get ceremony passed off as a create', { type: 'webauthn.get' }],
    ] as const) {
      it(`refuses ${what}: 400 passkey_rejected, nothing stored`, async () => {
        const user = await registerAndLogin(t.app);
        const options = await creationOptions(t.app, user.access);
        expect(options.statusCode).toBe(200);
        const response = newAuthenticator().register(options.json(), override);
        expectProblem(await postRegistration(t.app, user.access, response), 400, 'passkey_rejected');
        expect(await passkeyCount(t.app, user.id)).toBe(0);
      });
    }

    it('refuses a response whose challenge the server never issued', async () => {
      const user = await registerAndLogin(t.app);
      const options = await creationOptions(t.app, user.access);
      const response = newAuthenticator().register(options.json(), { challenge: 'A'.repeat(43) });
      expectProblem(await postRegistration(t.app, user.access, response), 400, 'passkey_rejected');
      expect(await passkeyCount(t.app, user.id)).toBe(0);
    });
  });

  describe('sign-in', () => {
    const forgeries = [
      ['a phishing origin', { origin: 'http://localhost.evil.example:8000' }],
      ['another port of the same host', { origin: 'http://localhost:8001' }],
      ['the RP ID of another domain', { rpId: 'evil.example' }],
      ['a create ceremony passed off as a get', { type: 'webauthn.create' }],
    ] as const;
    for (const [what, override] of forgeries) {
      it(`refuses ${what}: 401 invalid_credentials, no session, the sign count unmoved`, async () => {
        const owner = await ownerWithPasskey(t.app);
        const before = await liveSessionIds(t.app, owner.id);
        const res = await signInWithPasskey(t.app, owner.authenticator, override);
        expectProblem(res, 401, 'invalid_credentials');
        expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
        const row = await t.app.db.selectFrom('passkeys').select(['sign_count', 'last_used_at']).where('id', '=', owner.passkeyId).executeTakeFirstOrThrow();
        expect(row).toEqual({ sign_count: 0, last_used_at: null });
        // The genuine authenticator still signs in: the refusal was about the forgery.
        expect((await signInWithPasskey(t.app, owner.authenticator)).statusCode).toBe(200);
      });
    }

    it('refuses an assertion signed by another key (signWith)', async () => {
      const owner = await ownerWithPasskey(t.app);
      const before = await liveSessionIds(t.app, owner.id);
      const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
      expectProblem(await signInWithPasskey(t.app, owner.authenticator, { signWith: privateKey }), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
    });

    it('refuses the attacker\'s own credential answering options asked with the victim\'s username', async () => {
      const victim = await ownerWithPasskey(t.app);
      const attacker = await ownerWithPasskey(t.app);
      const victimBefore = await liveSessionIds(t.app, victim.id);
      const attackerBefore = await liveSessionIds(t.app, attacker.id);
      const options = await discoverableOptions(t.app, { username: victim.username });
      expect(options.allowCredentials.map((c: { id: string }) => c.id)).toEqual([victim.credentialId]);
      const response = attacker.authenticator.assert(options, { credentialId: attacker.credentialId });
      expectProblem(await postSignIn(t.app, response), 401, 'invalid_credentials');
      // Nor with the victim's handle pasted on.
      const again = await discoverableOptions(t.app, { username: victim.username });
      expectProblem(await postSignIn(t.app, attacker.authenticator.assert(again, { credentialId: attacker.credentialId, userHandle: victim.userHandle })), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, victim.id)).toEqual(victimBefore);
      expect(await liveSessionIds(t.app, attacker.id)).toEqual(attackerBefore);
    });

    it('refuses the victim\'s credential id presented with the attacker\'s key, either way it is built', async () => {
      const victim = await ownerWithPasskey(t.app);
      const attacker = await ownerWithPasskey(t.app);
      const victimBefore = await liveSessionIds(t.app, victim.id);
      const attackerKey = attacker.authenticator.credentials[0]!.privateKey;
      // The victim's id and handle (both public to anyone who saw an assertion), the attacker's signature.
      const forged = victim.authenticator.clone().assert(await discoverableOptions(t.app), { signWith: attackerKey });
      expectProblem(await postSignIn(t.app, forged), 401, 'invalid_credentials');
      // The attacker's own assertion, relabelled with the victim's credential id (and handle).
      const own = attacker.authenticator.assert(await discoverableOptions(t.app), { userHandle: victim.userHandle });
      expectProblem(await postSignIn(t.app, renamed(own, victim.credentialId)), 401, 'invalid_credentials');
      const named = attacker.authenticator.assert(await discoverableOptions(t.app, { username: victim.username }), { credentialId: attacker.credentialId, userHandle: victim.userHandle });
      expectProblem(await postSignIn(t.app, renamed(named, victim.credentialId)), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, victim.id)).toEqual(victimBefore);
    });

    it('refuses a swapped user handle: the victim\'s handle on the attacker\'s credential, discoverable', async () => {
      const victim = await ownerWithPasskey(t.app);
      const attacker = await ownerWithPasskey(t.app);
      const victimBefore = await liveSessionIds(t.app, victim.id);
      const attackerBefore = await liveSessionIds(t.app, attacker.id);
      expectProblem(await signInWithPasskey(t.app, attacker.authenticator, { userHandle: victim.userHandle }), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, victim.id)).toEqual(victimBefore);
      expect(await liveSessionIds(t.app, attacker.id)).toEqual(attackerBefore);
    });

    it('refuses a discoverable sign-in without a user handle (nothing names the user)', async () => {
      const owner = await ownerWithPasskey(t.app);
      const before = await liveSessionIds(t.app, owner.id);
      expectProblem(await signInWithPasskey(t.app, owner.authenticator, { userHandle: null }), 401, 'invalid_credentials');
      expect(await liveSessionIds(t.app, owner.id)).toEqual(before);
    });

    it('refuses a user handle that is not the credential\'s even with the username given', async () => {
      const owner = await ownerWithPasskey(t.app);
      const other = await ownerWithPasskey(t.app);
      const options = await discoverableOptions(t.app, { username: owner.username });
      expectProblem(await postSignIn(t.app, owner.authenticator.assert(options, { userHandle: other.userHandle })), 401, 'invalid_credentials');
    });

    it('refuses an unknown username\'s stand-in options answered by any real credential', async () => {
      const attacker = await ownerWithPasskey(t.app);
      const options = await signInOptions(t.app, { username: 'nobody-by-this-name' });
      expect(options.statusCode).toBe(200);
      expectProblem(await postSignIn(t.app, attacker.authenticator.assert(options.json(), { credentialId: attacker.credentialId })), 401, 'invalid_credentials');
    });
  });
});
