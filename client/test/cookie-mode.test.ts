import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createClient, type GatehouseClient, type SignedOutReason } from '../src/index.js';
import { backend, PASSWORD, perTestClock, uniqueIdentity } from '../../test/helper.js';
import { cookieJarBrowser } from './cookie-jar.js';
import { fakeLockManager, fakeStorage } from './fake-browser.js';
import { type LiveGatehouse, startGatehouse, totpCode } from './live-gatehouse.js';

const APP_ORIGIN = 'http://app.test';

describe(`the typed client in cookie mode, against a live Gatehouse on ${backend}`, () => {
  let server: LiveGatehouse;
  const clock = perTestClock(Date.UTC(2026, 5, 1, 12, 0, 0));
  const clients: GatehouseClient[] = [];
  beforeAll(async () => {
    server = await startGatehouse({ clock, env: { JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SECURE: 'false', CORS_ORIGINS: APP_ORIGIN } });
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    for (const client of clients.splice(0)) client.close();
  });
  afterAll(async () => server.close());

  const expireAccessToken = () => clock.advance((server.t.config.jwt.accessTtlSeconds + server.t.config.jwt.clockToleranceSeconds + 1) * 1000);

  /** A page of app.test: its cookie jar and a client on it. */
  function page(browser = cookieJarBrowser({ origin: APP_ORIGIN, now: clock.now })) {
    const signedOut: SignedOutReason[] = [];
    const client = createClient({ baseUrl: server.baseUrl, mode: 'cookie', fetch: browser.fetch, cookies: browser.cookies, onSignedOut: (reason) => signedOut.push(reason) });
    clients.push(client);
    return { client, browser, signedOut };
  }

  async function signedInPage(browser?: ReturnType<typeof cookieJarBrowser>) {
    const opened = page(browser);
    const { username, email } = uniqueIdentity('cookie');
    await opened.client.register({ username, email, password: PASSWORD });
    const login = await opened.client.login({ username, password: PASSWORD });
    expect(login).toMatchObject({ mfaRequired: false, user: { username } });
    return { ...opened, username };
  }

  it('signs in with cookies: the session rides on HttpOnly cookies, the client sends the CSRF header on writes', async () => {
    const { client, browser, username } = await signedInPage();
    expect(browser.names().sort()).toEqual(['access_token_cookie', 'csrf_access_token', 'csrf_refresh_token', 'refresh_token_cookie']);
    const me = await client.me();
    expect(me.username).toBe(username);
    const renamed = `${username}x`;
    const { user } = await client.request('put', '/api/users/{id}', { params: { id: me.id }, body: { username: renamed } });
    expect(user.username).toBe(renamed);
  });

  it('answers a write without the CSRF cookie with a typed csrf_failed', async () => {
    const { browser, client } = await signedInPage();
    const me = await client.me();
    const blind = createClient({ baseUrl: server.baseUrl, mode: 'cookie', fetch: browser.fetch, cookies: { get: () => undefined } });
    clients.push(blind);
    await expect(blind.request('put', '/api/users/{id}', { params: { id: me.id }, body: { username: `${me.username}y` } })).rejects.toMatchObject({ status: 403, code: 'csrf_failed' });
  });

  it('completes the MFA step with cookies', async () => {
    const { client, username } = await signedInPage();
    const { secret } = await client.request('post', '/api/users/me/mfa/totp', { body: { current_password: PASSWORD } });
    await client.request('post', '/api/users/me/mfa/totp/confirm', { body: { code: totpCode(secret, clock.now()) } });
    clock.advance(30_000);
    const other = page();
    const challenge = await other.client.login({ username, password: PASSWORD });
    if (!challenge.mfaRequired) throw new Error('expected the MFA step');
    expect(other.browser.names()).toEqual([]);
    await other.client.completeMfa({ mfaToken: challenge.mfaToken, code: totpCode(secret, clock.now()) });
    expect((await other.client.me()).mfa_enabled).toBe(true);
  });

  it('refreshes once when the access cookie has expired under 10 requests, and all 10 succeed', async () => {
    const { client, browser, username } = await signedInPage();
    expireAccessToken();
    expect(browser.names()).not.toContain('access_token_cookie');
    const refreshesBefore = server.refreshes();
    const held = server.hold(10, 'GET', '/api/users/me');
    const requests = Array.from({ length: 10 }, () => client.me());
    await held.allArrived;
    held.release();
    expect((await Promise.all(requests)).map((u) => u.username)).toEqual(Array(10).fill(username));
    expect(server.refreshes() - refreshesBefore).toBe(1);
    expect(browser.names()).toContain('access_token_cookie');
  });

  it('refreshes once across two tabs sharing the cookies, with navigator.locks and a generation in localStorage', async () => {
    vi.stubGlobal('navigator', { locks: fakeLockManager() });
    vi.stubGlobal('localStorage', fakeStorage());
    const locks = (globalThis as unknown as { navigator: { locks: ReturnType<typeof fakeLockManager> } }).navigator.locks;
    const first = await signedInPage();
    const second = page(first.browser);
    expireAccessToken();
    const refreshesBefore = server.refreshes();
    const expired = server.hold(2, 'GET', '/api/users/me');
    const refresh = server.hold(1, 'POST', '/api/auth/refresh');
    const answers = [first.client.me(), second.client.me()];
    await expired.allArrived;
    expired.release();
    await refresh.allArrived;
    await locks.whenRequested(2);
    refresh.release();
    expect((await Promise.all(answers)).map((u) => u.username)).toEqual([first.username, first.username]);
    expect(server.refreshes() - refreshesBefore).toBe(1);
  });

  it('signs out when the refresh is refused, and the original error surfaces', async () => {
    const { client, browser, signedOut } = await signedInPage();
    expireAccessToken();
    browser.set('refresh_token_cookie', 'not-a-refresh-token');
    const refreshesBefore = server.refreshes();
    const error = await Promise.all([client.me(), client.me()]).catch((err: unknown) => err);
    expect(error).toMatchObject({ status: 401, code: 'authorization_required' });
    expect(server.refreshes() - refreshesBefore).toBe(1);
    expect(signedOut).toEqual(['refresh_failed']);
    expect(browser.names()).toEqual([]);
  });

  it('tells the other tabs when one logs out (BroadcastChannel)', async () => {
    const first = await signedInPage();
    const second = page(first.browser);
    const heard = new Promise<SignedOutReason>((resolve) => second.client.onSignedOut(resolve));
    await first.client.logout();
    expect(await heard).toBe('other_tab');
    expect(first.signedOut).toEqual(['logout']);
  });

  it('logs out: the server clears the cookies and the listeners hear it', async () => {
    const { client, browser, signedOut } = await signedInPage();
    await client.logout();
    expect(signedOut).toEqual(['logout']);
    expect(browser.names()).toEqual([]);
    await expect(client.me()).rejects.toMatchObject({ status: 401, code: 'authorization_required' });
  });

  it('logs out after the access cookie expired: the refresh cookie names the session, which ends, with no refresh first', async () => {
    const { client, browser, signedOut } = await signedInPage();
    const refreshCookie = browser.cookies.get('refresh_token_cookie');
    expireAccessToken();
    expect(browser.names()).not.toContain('access_token_cookie');
    await client.logout();
    expect(signedOut).toEqual(['logout']);
    expect(browser.names()).toEqual([]);
    // The refresh token the browser held is dead: its session ended.
    const replay = await fetch(`${server.baseUrl}/api/auth/refresh`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ refresh_token: refreshCookie }) });
    expect(replay.status).toBe(401);
  });
});
