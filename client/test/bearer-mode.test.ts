import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, GatehouseError, type GatehouseClient, memoryTokenStore, type SignedOutReason, type TokenStore } from '../src/index.js';
import { backend, PASSWORD, perTestClock, uniqueIdentity } from '../../test/helper.js';
import { type LiveGatehouse, startGatehouse, totpCode } from './live-gatehouse.js';

describe(`the typed client in bearer mode, against a live Gatehouse on ${backend}`, () => {
  let server: LiveGatehouse;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  beforeAll(async () => {
    server = await startGatehouse({ clock });
  });
  afterAll(async () => server.close());

  /** Past the access token's lifetime and the server's clock tolerance. */
  const expireAccessToken = () => clock.advance((server.t.config.jwt.accessTtlSeconds + server.t.config.jwt.clockToleranceSeconds + 1) * 1000);

  /** A fresh account, registered and signed in through the client. */
  async function signedInClient(): Promise<{ client: GatehouseClient; store: TokenStore; signedOut: SignedOutReason[]; username: string }> {
    const store = memoryTokenStore();
    const signedOut: SignedOutReason[] = [];
    const client = createClient({ baseUrl: server.baseUrl, mode: 'bearer', tokenStore: store, onSignedOut: (reason) => signedOut.push(reason) });
    const { username, email } = uniqueIdentity('client');
    const user = await client.register({ username, email, password: PASSWORD });
    expect(user).toMatchObject({ username, email, role: 'user' });
    const login = await client.login({ username, password: PASSWORD });
    expect(login).toMatchObject({ mfaRequired: false, user: { id: user.id } });
    return { client, store, signedOut, username };
  }

  it('registers, signs in, keeps the tokens in its store and reads /api/users/me with them', async () => {
    const { client, store, username } = await signedInClient();
    expect(store.get()).toEqual({ access_token: expect.any(String), refresh_token: expect.any(String) });
    expect((await client.me()).username).toBe(username);
    const { user } = await client.request('get', '/api/users/{id}', { params: { id: (await client.me()).id } });
    expect(user.username).toBe(username);
  });

  it('answers a wrong password with a typed error: status, code, detail, request id', async () => {
    const { username } = await signedInClient();
    const client = createClient({ baseUrl: server.baseUrl, mode: 'bearer' });
    const error = await client.login({ username, password: 'not-the-Password-42' }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(GatehouseError);
    expect(error).toMatchObject({ status: 401, code: 'invalid_credentials', detail: expect.any(String), requestId: expect.any(String), errors: [] });
  });

  it('carries the field errors of a validation failure', async () => {
    const client = createClient({ baseUrl: server.baseUrl, mode: 'bearer' });
    const error = (await client.register({ ...uniqueIdentity(), password: 'short' }).catch((err: unknown) => err)) as GatehouseError;
    expect(error).toMatchObject({ status: 400, code: 'validation_failed' });
    expect(error.errors.map((e) => e.field)).toContain('password');
  });

  it('asks for the second factor when the account has one, and completes the login with the code', async () => {
    const { client, username } = await signedInClient();
    const { secret } = await client.request('post', '/api/users/me/mfa/totp', { body: { current_password: PASSWORD } });
    await client.request('post', '/api/users/me/mfa/totp/confirm', { body: { code: totpCode(secret, clock.now()) } });
    clock.advance(30_000);
    await client.logout();

    const challenge = await client.login({ username, password: PASSWORD });
    if (!challenge.mfaRequired) throw new Error('expected the MFA step');
    expect(challenge.methods).toEqual(['totp', 'recovery_code']);
    const wrong = await client.completeMfa({ mfaToken: challenge.mfaToken, code: '000000' }).catch((err: unknown) => err);
    expect(wrong).toMatchObject({ status: 401, code: 'invalid_mfa_code' });
    const { user } = await client.completeMfa({ mfaToken: challenge.mfaToken, code: totpCode(secret, clock.now()) });
    expect(user).toMatchObject({ username, mfa_enabled: true });
    expect((await client.me()).username).toBe(username);
  });

  it('refreshes once for 10 requests that meet an expired access token together, and all 10 succeed', async () => {
    const { client, store, username } = await signedInClient();
    const before = store.get();
    expireAccessToken();
    const refreshesBefore = server.refreshes();
    const held = server.hold(10, 'GET', '/api/users/me');
    const requests = Array.from({ length: 10 }, () => client.me());
    await held.allArrived;
    held.release();
    const users = await Promise.all(requests);
    expect(users.map((u) => u.username)).toEqual(Array(10).fill(username));
    expect(server.refreshes() - refreshesBefore).toBe(1);
    expect(store.get()?.refresh_token).not.toBe(before?.refresh_token);
  });

  it('refreshes on demand, and a request after that needs none', async () => {
    const { client, store } = await signedInClient();
    const before = store.get();
    const refreshesBefore = server.refreshes();
    await client.refresh();
    expect(store.get()?.access_token).not.toBe(before?.access_token);
    await client.me();
    expect(server.refreshes() - refreshesBefore).toBe(1);
  });

  it('signs out when the refresh is refused, and the original error surfaces', async () => {
    const { client, store, signedOut } = await signedInClient();
    clock.advance(server.t.config.jwt.refreshTtlSeconds * 1000 + 1000);
    const refreshesBefore = server.refreshes();
    const error = await Promise.all([client.me(), client.me(), client.me()]).catch((err: unknown) => err);
    expect(error).toMatchObject({ status: 401, code: 'token_expired' });
    expect(server.refreshes() - refreshesBefore).toBe(1);
    expect(store.get()).toBeNull();
    expect(signedOut).toEqual(['refresh_failed']);
    // Signed out: the next request goes without a token and tries no refresh.
    await expect(client.me()).rejects.toMatchObject({ status: 401, code: 'authorization_required' });
    expect(server.refreshes() - refreshesBefore).toBe(1);
  });

  it('logs out: the session ends on the server, the store is cleared, listeners hear it', async () => {
    const { client, store, signedOut } = await signedInClient();
    const tokens = store.get()!;
    await client.logout();
    expect(store.get()).toBeNull();
    expect(signedOut).toEqual(['logout']);
    const stale = createClient({ baseUrl: server.baseUrl, mode: 'bearer', tokenStore: memoryTokenStore(tokens) });
    await expect(stale.me()).rejects.toMatchObject({ status: 401, code: 'token_revoked' });
  });
});

describe('the typed client without a Gatehouse answer', () => {
  it('turns a failed fetch into a network_error', async () => {
    const client = createClient({ baseUrl: 'http://gatehouse.invalid', mode: 'bearer', fetch: () => Promise.reject(new TypeError('fetch failed')) });
    await expect(client.me()).rejects.toMatchObject({ name: 'GatehouseError', status: 0, code: 'network_error', detail: expect.stringContaining('fetch failed') });
  });

  it('turns an answer that is not problem+json into an unexpected_response', async () => {
    const fetch = async () => ({ status: 502, headers: { get: (name: string) => (name === 'content-type' ? 'text/html' : null) }, text: async () => '<h1>Bad Gateway</h1>' });
    const client = createClient({ baseUrl: 'http://gatehouse.invalid', mode: 'bearer', fetch });
    await expect(client.me()).rejects.toMatchObject({ status: 502, code: 'unexpected_response', detail: expect.stringContaining('Bad Gateway') });
  });
});
