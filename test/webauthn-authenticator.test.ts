/**
 * Proves the software authenticator (test/webauthn-authenticator.ts) against the real verifier, @simplewebauthn/server:
 * what it produces verifies, and each forgery it offers is refused (with the un-forged twin verifying, so every
 * refusal test can fail).
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type PublicKeyCredentialRequestOptionsJSON,
  type RegistrationResponseJSON,
  type WebAuthnCredential,
} from '@simplewebauthn/server';
import { softAuthenticator, type AuthenticatorOptions, type SoftAuthenticator } from './webauthn-authenticator.js';

const rpID = 'localhost';
const origin = 'http://localhost:5173';

function registrationOptions(excludeCredentials: { id: string }[] = []) {
  return generateRegistrationOptions({
    rpName: 'Gatehouse',
    rpID,
    userName: 'ada@example.com',
    userID: new TextEncoder().encode('user-42'),
    attestationType: 'none',
    authenticatorSelection: { residentKey: 'required', userVerification: 'required' },
    excludeCredentials,
  });
}

function verifyRegistration(response: RegistrationResponseJSON, expectedChallenge: string) {
  return verifyRegistrationResponse({ response, expectedChallenge, expectedOrigin: origin, expectedRPID: rpID, requireUserVerification: true });
}

function verifyAssertion(response: AuthenticationResponseJSON, options: PublicKeyCredentialRequestOptionsJSON, credential: WebAuthnCredential) {
  return verifyAuthenticationResponse({
    response,
    expectedChallenge: options.challenge,
    expectedOrigin: origin,
    expectedRPID: rpID,
    credential,
    requireUserVerification: true,
  });
}

/** A verifier's refusal: it throws, or answers verified: false. */
async function refused(verification: Promise<{ verified: boolean }>): Promise<string> {
  try {
    const result = await verification;
    return result.verified ? 'verified' : 'verified: false';
  } catch (err) {
    return (err as Error).message;
  }
}

/** Registers one credential and returns the server's stored record of it. */
async function registered(options: Partial<AuthenticatorOptions> = {}): Promise<{ auth: SoftAuthenticator; stored: WebAuthnCredential; userID: string }> {
  const auth = softAuthenticator({ origin, ...options });
  const regOptions = await registrationOptions();
  const result = await verifyRegistration(auth.register(regOptions), regOptions.challenge);
  if (!result.verified) throw new Error('registration did not verify');
  return { auth, stored: result.registrationInfo.credential, userID: regOptions.user.id };
}

describe('software WebAuthn authenticator: registration', () => {
  it('produces a browser-shaped response that verifies (fmt none, counter 0, UV, no backup)', async () => {
    const auth = softAuthenticator({ origin });
    const options = await registrationOptions();
    const response = auth.register(options);

    expect(response).toMatchObject({
      id: auth.credentials[0]!.id,
      rawId: auth.credentials[0]!.id,
      type: 'public-key',
      response: { transports: ['internal'], publicKeyAlgorithm: -7 },
      clientExtensionResults: {},
      authenticatorAttachment: 'platform',
    });
    expect(Buffer.from(response.id, 'base64url').length).toBeGreaterThanOrEqual(16);
    expect(Buffer.from(response.id, 'base64url').length).toBeLessThanOrEqual(32);
    expect(JSON.parse(Buffer.from(response.response.clientDataJSON, 'base64url').toString())).toEqual({
      type: 'webauthn.create',
      challenge: options.challenge,
      origin,
      crossOrigin: false,
    });

    const result = await verifyRegistration(response, options.challenge);
    expect(result.verified).toBe(true);
    expect(result.registrationInfo).toMatchObject({
      fmt: 'none',
      aaguid: '00000000-0000-0000-0000-000000000000',
      userVerified: true,
      credentialDeviceType: 'singleDevice',
      credentialBackedUp: false,
      origin,
      rpID,
      credential: { id: response.id, counter: 0 },
    });
    expect(auth.credentials[0]).toMatchObject({ userHandle: options.user.id, rpId: rpID, counter: 0 });
  });

  it('reports the backup flags and AAGUID it is given', async () => {
    const aaguid = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
    const auth = softAuthenticator({ origin, backupEligible: true, backedUp: true, aaguid });
    const options = await registrationOptions();
    const result = await verifyRegistration(auth.register(options), options.challenge);
    expect(result.registrationInfo).toMatchObject({
      credentialDeviceType: 'multiDevice',
      credentialBackedUp: true,
      aaguid: '01234567-89ab-cdef-0123-456789abcdef',
    });
  });

  it.each([
    ['origin', { origin: 'http://evil.example:5173' }, /origin/],
    ['rpId', { rpId: 'evil.example' }, /RP ID/],
    ['challenge', { challenge: Buffer.from('another challenge').toString('base64url') }, /challenge/],
    ['uv', { uv: false }, /[Uu]ser verification/],
    ['type', { type: 'webauthn.get' }, /type/],
  ])('a forged %s is refused', async (_field, override, reason) => {
    const auth = softAuthenticator({ origin });
    const options = await registrationOptions();
    expect(await refused(verifyRegistration(auth.register(options, override), options.challenge))).toMatch(reason);
    expect((await verifyRegistration(auth.register(options), options.challenge)).verified).toBe(true);
  });

  it('refuses, like a browser, when excludeCredentials holds one of its credentials', async () => {
    const auth = softAuthenticator({ origin });
    const first = auth.register(await registrationOptions());
    expect(() => auth.register(generateExcluding(first.id))).toThrow(/InvalidStateError/);
    expect(auth.credentials).toHaveLength(1);
    expect(() => softAuthenticator({ origin }).register(generateExcluding(first.id))).not.toThrow();

    function generateExcluding(id: string) {
      return { ...baseOptions, excludeCredentials: [{ id, type: 'public-key' as const }] };
    }
  });
});

// Synchronous options for the exclude test (generateRegistrationOptions is async).
const baseOptions = {
  rp: { id: rpID, name: 'Gatehouse' },
  user: { id: Buffer.from('user-42').toString('base64url'), name: 'ada@example.com', displayName: '' },
  challenge: Buffer.from('a challenge of sixteen+ bytes').toString('base64url'),
  pubKeyCredParams: [{ alg: -7, type: 'public-key' as const }],
};

describe('software WebAuthn authenticator: assertion', () => {
  it('signs assertions that verify against the registered public key, counter 1 then 2', async () => {
    const { auth, stored } = await registered();
    let credential = stored;
    for (const expected of [1, 2]) {
      const options = await generateAuthenticationOptions({ rpID, allowCredentials: [{ id: stored.id }], userVerification: 'required' });
      const response = auth.assert(options);
      expect(response).toMatchObject({ id: stored.id, rawId: stored.id, type: 'public-key', clientExtensionResults: {}, authenticatorAttachment: 'platform' });
      const result = await verifyAssertion(response, options, credential);
      expect(result.verified).toBe(true);
      expect(result.authenticationInfo).toMatchObject({ credentialID: stored.id, newCounter: expected, userVerified: true, origin, rpID });
      credential = { ...credential, counter: result.authenticationInfo.newCounter };
    }
  });

  it('answers a discoverable request (no allowCredentials) with the user handle', async () => {
    const { auth, stored, userID } = await registered();
    const options = await generateAuthenticationOptions({ rpID, userVerification: 'required' });
    expect(options.allowCredentials ?? []).toHaveLength(0);
    const response = auth.assert(options);
    expect(response.id).toBe(stored.id);
    expect(response.response.userHandle).toBe(userID);
    expect((await verifyAssertion(response, options, stored)).verified).toBe(true);
    expect(auth.assert(options, { userHandle: null }).response).not.toHaveProperty('userHandle');
  });

  it('picks the allowed credential among several, or the one named', async () => {
    const auth = softAuthenticator({ origin });
    const [a, b] = [auth.register(await registrationOptions()), auth.register(await registrationOptions())];
    const options = await generateAuthenticationOptions({ rpID, allowCredentials: [{ id: 'bm90LW1pbmU' }, { id: b.id }] });
    expect(auth.assert(options).id).toBe(b.id);
    expect(auth.assert(options, { credentialId: a.id }).id).toBe(a.id);
    expect(() => auth.assert({ ...options, allowCredentials: [{ id: 'bm90LW1pbmU', type: 'public-key' }] })).toThrow(/NotAllowedError/);
  });

  it.each([
    ['origin', { origin: 'http://evil.example:5173' }, /origin/],
    ['rpId', { rpId: 'evil.example' }, /RP ID/],
    ['challenge', { challenge: Buffer.from('another challenge').toString('base64url') }, /challenge/],
    ['signWith', { signWith: generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey }, /^verified: false$/],
    ['uv', { uv: false }, /[Uu]ser verification/],
    ['type', { type: 'webauthn.create' }, /type/],
  ])('a forged %s is refused', async (_field, override, reason) => {
    const { auth, stored } = await registered();
    const options = await generateAuthenticationOptions({ rpID, allowCredentials: [{ id: stored.id }], userVerification: 'required' });
    expect(await refused(verifyAssertion(auth.assert(options, override), options, stored))).toMatch(reason);
    expect((await verifyAssertion(auth.assert(options), options, stored)).verified).toBe(true);
  });

  it('a forced sign count is reported without moving the stored counter', async () => {
    const { auth, stored } = await registered();
    const options = await generateAuthenticationOptions({ rpID });
    const result = await verifyAssertion(auth.assert(options, { counter: 7 }), options, stored);
    expect(result.authenticationInfo.newCounter).toBe(7);
    expect(auth.credentials[0]!.counter).toBe(0);
    expect(await refused(verifyAssertion(auth.assert(options), options, { ...stored, counter: 7 }))).toMatch(/counter/);
  });

  it('counterStep 0 is an authenticator with no counter', async () => {
    const { auth, stored } = await registered({ counterStep: 0 });
    const options = await generateAuthenticationOptions({ rpID });
    for (let i = 0; i < 2; i++) {
      expect((await verifyAssertion(auth.assert(options), options, stored)).authenticationInfo.newCounter).toBe(0);
    }
  });

  it('a clone has the same key and counter, so the server sees its counter fall behind', async () => {
    const { auth, stored } = await registered();
    const copy = auth.clone();
    expect(copy.credentials).toHaveLength(1);
    expect(copy.credentials[0]).toMatchObject({ id: stored.id, counter: 0 });
    expect(copy.credentials[0]).not.toBe(auth.credentials[0]);

    const options = await generateAuthenticationOptions({ rpID, allowCredentials: [{ id: stored.id }] });
    let credential = stored;
    for (let i = 0; i < 2; i++) {
      const { authenticationInfo } = await verifyAssertion(auth.assert(options), options, credential);
      credential = { ...credential, counter: authenticationInfo.newCounter };
    }
    expect(await refused(verifyAssertion(copy.assert(options), options, credential))).toMatch(/counter value 1 was lower than expected 2/);
  });
});
