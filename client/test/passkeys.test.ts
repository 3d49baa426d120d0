import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient, type FetchLike, GatehouseError, type GatehouseClient, memoryTokenStore, type TokenStore } from '../src/index.js';
import { backend, PASSWORD, perTestClock, uniqueIdentity } from '../../test/helper.js';
import { claimsOf, newAuthenticator, PASSKEY_ENV } from '../../test/passkey-helper.js';
import type { SoftAuthenticator } from '../../test/webauthn-authenticator.js';
import { type LiveGatehouse, startGatehouse, totpCode } from './live-gatehouse.js';

/** What the parsers hand to create()/get(): the JSON options, marked as parsed (a browser turns base64url into ArrayBuffers). */
interface Parsed {
  parsed: 'creation' | 'request';
  json: never;
}

/**
 * navigator.credentials and PublicKeyCredential standing in for a browser's, answered by the software authenticator;
 * each ceremony is written into `steps` between the requests, so a test reads the whole sequence.
 */
function fakeWebAuthn(authenticator: SoftAuthenticator, steps: string[], { refuse = false } = {}) {
  const ceremony = (kind: 'create' | 'get', expected: Parsed['parsed']) => async ({ publicKey }: { publicKey: Parsed }) => {
    steps.push(`navigator.credentials.${kind}`);
    expect(publicKey.parsed).toBe(expected);
    if (refuse) throw Object.assign(new Error('The operation either timed out or was not allowed.'), { name: 'NotAllowedError' });
    const json = kind === 'create' ? authenticator.register(publicKey.json) : authenticator.assert(publicKey.json);
    return { toJSON: () => json };
  };
  vi.stubGlobal('navigator', { credentials: { create: ceremony('create', 'creation'), get: ceremony('get', 'request') } });
  vi.stubGlobal('PublicKeyCredential', {
    parseCreationOptionsFromJSON: (json: never): Parsed => ({ parsed: 'creation', json }),
    parseRequestOptionsFromJSON: (json: never): Parsed => ({ parsed: 'request', json }),
  });
}

describe(`the typed client's passkey calls (a fake navigator.credentials), against a live Gatehouse on ${backend}`, () => {
  let server: LiveGatehouse;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  beforeAll(async () => {
    // The software authenticator writes origin http://localhost:8000: Gatehouse's APP_URL, so its RP ID is localhost.
    server = await startGatehouse({ clock, env: PASSKEY_ENV });
  });
  afterEach(() => vi.unstubAllGlobals());
  afterAll(async () => server.close());

  /** A client whose requests are written into `steps` as 'METHOD /path'. */
  function recordingClient(steps: string[], store: TokenStore = memoryTokenStore()): GatehouseClient {
    const fetch: FetchLike = (url, init) => {
      steps.push(`${init?.method ?? 'GET'} ${new URL(url).pathname}`);
      return globalThis.fetch(url, init as RequestInit);
    };
    return createClient({ baseUrl: server.baseUrl, mode: 'bearer', tokenStore: store, fetch });
  }

  async function signedIn(steps: string[], store?: TokenStore) {
    const client = recordingClient(steps, store);
    const { username, email } = uniqueIdentity('pk');
    await client.register({ username, email, password: PASSWORD });
    await client.login({ username, password: PASSWORD });
    steps.length = 0;
    return { client, username };
  }

  it('registers a passkey (options, create, registration), then signs in with it alone: options, get, sign-in, amr webauthn', async () => {
    const steps: string[] = [];
    const store = memoryTokenStore();
    const { client, username } = await signedIn(steps, store);
    const authenticator = newAuthenticator();
    fakeWebAuthn(authenticator, steps);

    const passkey = await client.registerPasskey({ name: 'Test key' });
    expect(passkey).toMatchObject({ name: 'Test key', user_verified: true });
    expect(steps).toEqual(['POST /api/users/me/passkeys/options', 'navigator.credentials.create', 'POST /api/users/me/passkeys']);
    const { passkeys } = await client.request('get', '/api/users/me/passkeys');
    expect(passkeys.map((p) => p.id)).toEqual([passkey.id]);

    await client.logout();
    expect(store.get()).toBeNull();
    steps.length = 0;
    const result = await client.signInWithPasskey();
    expect(result).toMatchObject({ mfaRequired: false, user: { username } });
    expect(steps).toEqual(['POST /api/auth/passkey/options', 'navigator.credentials.get', 'POST /api/auth/passkey']);
    expect(claimsOf(store.get()!.access_token)).toMatchObject({ amr: ['webauthn'] });
    expect((await client.me()).username).toBe(username);
  });

  it('completes the second step of a password login with a passkey: options {mfa_token}, get, POST /api/auth/login/mfa {webauthn}', async () => {
    const steps: string[] = [];
    const { client, username } = await signedIn(steps);
    fakeWebAuthn(newAuthenticator(), steps);
    await client.registerPasskey();
    // Registering left this session at aal 2, which enrolling TOTP needs once a passkey exists.
    const { secret } = await client.request('post', '/api/users/me/mfa/totp', { body: { current_password: PASSWORD } });
    await client.request('post', '/api/users/me/mfa/totp/confirm', { body: { code: totpCode(secret, clock.now()) } });
    await client.logout();

    const challenge = await client.login({ username, password: PASSWORD });
    if (!challenge.mfaRequired) throw new Error('expected the MFA step');
    expect(challenge.methods).toContain('webauthn');
    steps.length = 0;
    const { user } = await client.completeMfaWithPasskey(challenge.mfaToken);
    expect(user.username).toBe(username);
    expect(steps).toEqual(['POST /api/auth/passkey/options', 'navigator.credentials.get', 'POST /api/auth/login/mfa']);
    expect((await client.me()).username).toBe(username);
  });

  it('says webauthn_unavailable, before any request, where the runtime has no WebAuthn (Node, an insecure page)', async () => {
    const steps: string[] = [];
    const { client } = await signedIn(steps);
    vi.stubGlobal('navigator', {});
    for (const attempt of [client.registerPasskey(), client.signInWithPasskey(), client.completeMfaWithPasskey('x'.repeat(32))]) {
      const error = await attempt.catch((err: unknown) => err);
      expect(error).toBeInstanceOf(GatehouseError);
      expect(error).toMatchObject({ status: 0, code: 'webauthn_unavailable' });
    }
    expect(steps).toEqual([]);
  });

  it('turns a refused ceremony (NotAllowedError) into webauthn_failed with the browser error as its cause, and sends nothing further', async () => {
    const steps: string[] = [];
    const { client } = await signedIn(steps);
    fakeWebAuthn(newAuthenticator(), steps, { refuse: true });
    const error = (await client.registerPasskey().catch((err: unknown) => err)) as GatehouseError;
    expect(error).toMatchObject({ status: 0, code: 'webauthn_failed', detail: expect.stringMatching(/^NotAllowedError: /) });
    expect((error.cause as Error).name).toBe('NotAllowedError');
    expect(steps).toEqual(['POST /api/users/me/passkeys/options', 'navigator.credentials.create']);
  });
});
