import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSpaServer, type SpaServer } from '../../examples/spa/serve.mjs';
import { launchDebianChromium } from './chromium.js';
import { answered, ensureClientBuilt, freePorts, watchGatehouse } from './spa-fixtures.js';
import { backend, PASSWORD, perTestClock, registerUser, type TestApp, uniqueIdentity, buildTestApp } from '../helper.js';
import { claimsOf } from '../passkey-helper.js';

/** The little of the page's globals the test touches (this project compiles without the DOM lib). */
interface PageGlobals {
  gatehouse: {
    me(): Promise<{ username: string }>;
    request(method: string, path: string, options?: { body?: object }): Promise<Record<string, unknown>>;
  };
}

interface VirtualCredential {
  credentialId: string;
  isResidentCredential: boolean;
  rpId?: string;
  userHandle?: string;
  signCount: number;
}

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

/**
 * Passkeys in the example app (examples/spa) with Chromium's virtual authenticator (the DevTools Protocol's WebAuthn
 * domain): a platform authenticator with resident keys and user verification that answers without a person.
 * WebAuthn needs a secure context: both origins are http://localhost:PORT, and the RP ID is localhost.
 */
describe(`passkeys in the example app in a real browser (Chromium's virtual authenticator), Gatehouse in cookie mode on ${backend}`, () => {
  const clock = perTestClock(Date.now());
  const gatehouse = watchGatehouse();
  const count = gatehouse.count;
  let t: TestApp;
  let spa: SpaServer;
  let browser: Browser;
  let apiUrl: string;
  let pageUrl: string;

  beforeAll(async () => {
    ensureClientBuilt();
    const [apiPort, pagePort] = await freePorts(2);
    apiUrl = `http://localhost:${apiPort}`;
    pageUrl = `http://localhost:${pagePort}`;
    t = await buildTestApp({
      clock,
      env: {
        JWT_TOKEN_LOCATION: 'cookies',
        JWT_COOKIE_SECURE: 'false',
        CORS_ORIGINS: pageUrl,
        APP_URL: apiUrl,
        SELF_SERVICE_RATE_LIMIT_MAX: '100000',
        // The ceremony runs on the page's origin, not Gatehouse's: that origin is the one clientDataJSON names.
        WEBAUTHN_RP_ID: 'localhost',
        WEBAUTHN_ORIGINS: pageUrl,
      },
      beforeReady: gatehouse.install,
    });
    await t.app.listen({ port: apiPort, host: 'localhost' });
    spa = await startSpaServer({ port: pagePort!, host: 'localhost', apiUrl });
    browser = await launchDebianChromium();
  }, 120_000);
  beforeEach(() => gatehouse.reset());
  afterAll(async () => {
    await browser?.close();
    await spa?.close();
    await t?.close();
  });

  /** A tab of its own with a virtual authenticator attached, recording CSP violations and script errors. */
  async function openApp(): Promise<{ page: Page; context: BrowserContext; cdp: CDPSession; authenticatorId: string; problems: string[] }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (/Failed to load resource: the server responded with a status of (401|403)/.test(message.text())) return;
      if (message.type() === 'error' || /content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('WebAuthn.enable');
    const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
      options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
    });
    const response = await page.goto(pageUrl);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'; style-src 'self'; connect-src http:\/\/localhost:\d+;/);
    await page.locator('body:not([data-state="loading"])').waitFor({ timeout: 10_000 });
    return { page, context, cdp, authenticatorId, problems };
  }

  const credentialsOf = async (cdp: CDPSession, authenticatorId: string): Promise<VirtualCredential[]> =>
    ((await cdp.send('WebAuthn.getCredentials', { authenticatorId })) as { credentials: VirtualCredential[] }).credentials;

  /** The claims of the session's access token, read from the browser's jar (the page's script cannot: HttpOnly). */
  async function accessClaims(context: BrowserContext): Promise<Record<string, unknown>> {
    const cookie = (await context.cookies(apiUrl)).find((c) => c.name === 'access_token_cookie');
    if (!cookie) throw new Error('no access_token_cookie');
    return claimsOf(cookie.value);
  }

  async function logIn(page: Page, identifier: string, password = PASSWORD): Promise<void> {
    await page.fill('#login-identifier', identifier);
    await page.fill('#login-password', password);
    await page.click('#login-form button[type=submit]');
  }

  async function addPasskey(page: Page, name?: string): Promise<void> {
    if (name) await page.fill('#passkey-name', name);
    await page.click('#passkey-form button[type=submit]');
    await page.getByText(/^Passkey .* added\.$/).waitFor({ timeout: 10_000 });
  }

  const storedPasskeys = (userId: number) => t.app.db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).execute();

  it('signs up with a password, adds a passkey, signs out, and signs in again with the passkey alone (no username, no password)', async () => {
    const { page, context, cdp, authenticatorId, problems } = await openApp();
    const { username, email } = uniqueIdentity('pk');
    await page.fill('#register-username', username);
    await page.fill('#register-email', email);
    await page.fill('#register-password', PASSWORD);
    await page.click('#register-form button[type=submit]');
    await page.getByText(`Account ${username} created: log in below.`).waitFor({ timeout: 10_000 });
    await logIn(page, email);
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    // An empty list is attached, not visible.
    await page.locator('#passkeys[data-count="0"]').waitFor({ state: 'attached', timeout: 10_000 });

    await addPasskey(page, 'Virtual key');
    expect(count(answered('POST', '/api/users/me/passkeys/options', 200))).toBe(1);
    expect(count(answered('POST', '/api/users/me/passkeys', 201))).toBe(1);
    await page.locator('#passkeys[data-count="1"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#passkeys li').textContent()).resolves.toMatch(/^Virtual key, added /);

    const user = await t.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    const stored = await storedPasskeys(user.id);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ name: 'Virtual key' });
    const held = await credentialsOf(cdp, authenticatorId);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({ isResidentCredential: true, rpId: 'localhost' });

    await page.click('#logout');
    await page.locator('body[data-state="signed-out"]').waitFor({ timeout: 10_000 });
    expect((await context.cookies(apiUrl)).map((c) => c.name)).not.toContain('access_token_cookie');
    gatehouse.reset();

    await expect(page.inputValue('#login-password')).resolves.toBe('');
    await page.click('#passkey-sign-in');
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#username').textContent()).resolves.toBe(username);
    expect(count(answered('POST', '/api/auth/passkey/options', 200))).toBe(1);
    expect(count(answered('POST', '/api/auth/passkey', 200))).toBe(1);
    expect(count(answered('POST', '/api/auth/login'))).toBe(0);
    expect(await accessClaims(context)).toMatchObject({ amr: ['webauthn'] });
    await expect(page.evaluate(async () => (await (globalThis as unknown as PageGlobals).gatehouse.me()).username)).resolves.toBe(username);

    // Still the one resident credential; the sign-in used it (its counter rose), and the server noted the use.
    const after = await credentialsOf(cdp, authenticatorId);
    expect(after).toHaveLength(1);
    expect(after[0]!.credentialId).toBe(held[0]!.credentialId);
    expect(after[0]!.signCount).toBeGreaterThan(held[0]!.signCount);
    expect((await storedPasskeys(user.id))[0]!.last_used_at).not.toBeNull();
    await page.reload();
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('uses a passkey as the second factor: password, then "Use a passkey instead" on the second step', async () => {
    const user = await registerUser(t.app);
    const { page, context, problems } = await openApp();
    await logIn(page, user.username);
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    await addPasskey(page);
    // Registering left this session at aal 2, which enrolling TOTP needs once the account has a passkey.
    const secret = await page.evaluate(async (password) => {
      const { gatehouse } = globalThis as unknown as PageGlobals;
      return (await gatehouse.request('post', '/api/users/me/mfa/totp', { body: { current_password: password } })).secret as string;
    }, user.password);
    await page.evaluate(async (code) => {
      await (globalThis as unknown as PageGlobals).gatehouse.request('post', '/api/users/me/mfa/totp/confirm', { body: { code } });
    }, codeAt(secret, clock.now()));
    await page.click('#logout');
    await page.locator('body[data-state="signed-out"]').waitFor({ timeout: 10_000 });
    gatehouse.reset();

    await logIn(page, user.username);
    await page.locator('body[data-state="mfa"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#mfa-passkey').isVisible()).resolves.toBe(true);
    expect((await context.cookies(apiUrl)).map((c) => c.name)).toEqual([]);
    await page.click('#mfa-passkey');
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#username').textContent()).resolves.toBe(user.username);
    expect(count(answered('POST', '/api/auth/passkey/options', 200))).toBe(1);
    expect(count(answered('POST', '/api/auth/login/mfa', 200))).toBe(1);
    const claims = await accessClaims(context);
    expect(claims.amr).toEqual(expect.arrayContaining(['pwd', 'webauthn']));
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('hides "Use a passkey instead" on the second step of an account with no passkey', async () => {
    // Also: the page does not offer what the server would refuse.
    const user = await registerUser(t.app);
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: pageUrl }, payload: { username: user.username, password: user.password } });
    const cookies = Object.fromEntries(login.cookies.map((cookie) => [cookie.name, cookie.value]));
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, cookies, headers: { origin: pageUrl, 'x-csrf-token': cookies.csrf_access_token! }, payload });
    const { secret } = (await post('/api/users/me/mfa/totp', { current_password: user.password })).json() as { secret: string };
    expect((await post('/api/users/me/mfa/totp/confirm', { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    const { page, context, problems } = await openApp();
    await logIn(page, user.username);
    await page.locator('body[data-state="mfa"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#mfa-passkey').isVisible()).resolves.toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);
});
