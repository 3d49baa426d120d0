import type { Server } from 'node:http';
import { Secret, TOTP } from 'otpauth';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startSpaServer, type SpaServer } from '../../examples/spa/serve.mjs';
import { launchDebianChromium } from './chromium.js';
import { answered, ensureClientBuilt, freePorts, startAttackerServer, watchGatehouse } from './spa-fixtures.js';
import { backend, buildTestApp, PASSWORD, perTestClock, registerUser, type TestApp, uniqueIdentity } from '../helper.js';

/** The little of the page's globals the test touches (this project compiles without the DOM lib). */
/** The Web Locks API's query, the little of it the two-tab test reads (this project compiles without the DOM lib). */
interface LockedNavigator {
  navigator: { locks: { query(): Promise<{ pending?: Array<{ name?: string }> }> } };
}

interface PageGlobals {
  gatehouse: { me(): Promise<{ username: string }>; refresh(): Promise<unknown> };
  pendingRefresh?: Promise<string>;
  document: { cookie: string };
}

const codeAt = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

describe(`the example app (examples/spa) in a real browser, Gatehouse in cookie mode on ${backend}`, () => {
  const clock = perTestClock(Date.now());
  const gatehouse = watchGatehouse();
  const count = gatehouse.count;
  let t: TestApp;
  let spa: SpaServer;
  let attacker: Server;
  let attackerPort: number;
  let browser: Browser;
  let apiUrl: string;
  let pageUrl: string;

  beforeAll(async () => {
    ensureClientBuilt();
    const [apiPort, pagePort, otherPort] = await freePorts(3);
    apiUrl = `http://localhost:${apiPort}`;
    pageUrl = `http://localhost:${pagePort}`;
    attackerPort = otherPort!;
    t = await buildTestApp({
      clock,
      env: { JWT_TOKEN_LOCATION: 'cookies', JWT_COOKIE_SECURE: 'false', CORS_ORIGINS: pageUrl, APP_URL: apiUrl, SELF_SERVICE_RATE_LIMIT_MAX: '100000' },
      beforeReady: gatehouse.install,
    });
    await t.app.listen({ port: apiPort, host: 'localhost' });
    spa = await startSpaServer({ port: pagePort!, host: 'localhost', apiUrl });
    attacker = await startAttackerServer(attackerPort, apiUrl);
    browser = await launchDebianChromium();
  }, 120_000);
  beforeEach(() => gatehouse.reset());
  afterAll(async () => {
    await browser?.close();
    await spa?.close();
    if (attacker) await new Promise((resolve) => attacker.close(resolve));
    await t?.close();
  });

  const liveSessions = async (userId: number) => t.app.db.selectFrom('sessions').select(['id', 'revoked_reason']).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  // Past the lifetime and the verifier's clock tolerance; the browser keeps the cookie (its Max-Age runs on real time).
  const expireAccessToken = () => clock.advance((t.config.jwt.accessTtlSeconds + t.config.jwt.clockToleranceSeconds + 1) * 1000);

  /** A tab of its own (a context: no cookies shared with other tests) that records CSP violations and script errors. */
  async function openApp(context?: BrowserContext): Promise<{ page: Page; context: BrowserContext; problems: string[] }> {
    const ownContext = context ?? (await browser.newContext());
    const page = await ownContext.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // Refusals the page expects (signed out, expired token, a refused attack) are logged by Chromium as failed resources.
      if (/Failed to load resource: the server responded with a status of (401|403)/.test(message.text())) return;
      if (message.type() === 'error' || /content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    const response = await page.goto(pageUrl);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'; script-src 'self'; style-src 'self'; connect-src http:\/\/localhost:\d+;/);
    await settled(page);
    return { page, context: ownContext, problems };
  }

  /** Waits until the page has decided who is signed in (its body leaves the loading state). */
  async function settled(page: Page): Promise<string> {
    await page.locator('body:not([data-state="loading"])').waitFor({ timeout: 10_000 });
    return (await page.locator('body').getAttribute('data-state'))!;
  }

  async function logIn(page: Page, identifier: string, password = PASSWORD): Promise<void> {
    await page.fill('#login-identifier', identifier);
    await page.fill('#login-password', password);
    await page.click('#login-form button[type=submit]');
  }

  async function loggedInApp(): Promise<{ page: Page; context: BrowserContext; problems: string[]; user: Awaited<ReturnType<typeof registerUser>> }> {
    const user = await registerUser(t.app);
    const app = await openApp();
    await logIn(app.page, user.username);
    await app.page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    // The test counts what follows, not the page's first me() (refused: nobody was signed in yet).
    gatehouse.reset();
    return { ...app, user };
  }

  it('registers, logs in, shows the user, keeps them across reloads (one after the access token expired) and a refresh, logs out, and a reload then shows signed out', async () => {
    const { page, context, problems } = await openApp();
    await expect(settled(page)).resolves.toBe('signed-out');
    const { username, email } = uniqueIdentity('spa');
    await page.fill('#register-username', username);
    await page.fill('#register-email', email);
    await page.fill('#register-password', PASSWORD);
    await page.click('#register-form button[type=submit]');
    await page.getByText(`Account ${username} created: log in below.`).waitFor({ timeout: 10_000 });
    expect(count(answered('POST', '/api/auth/register', 201))).toBe(1);

    await logIn(page, email);
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#username').textContent()).resolves.toBe(username);
    await expect(page.locator('#email').textContent()).resolves.toBe(email);

    await page.reload();
    await expect(settled(page)).resolves.toBe('signed-in');
    await expect(page.locator('#username').textContent()).resolves.toBe(username);

    await page.click('#refresh');
    await page.getByText(/^Session refreshed at /).waitFor({ timeout: 10_000 });
    expect(count(answered('POST', '/api/auth/refresh', 200))).toBe(1);
    // Reloaded once the access token expired: the page's me() refreshes on its own and the person stays signed in.
    expireAccessToken();
    await page.reload();
    await expect(settled(page)).resolves.toBe('signed-in');
    await expect(page.locator('#username').textContent()).resolves.toBe(username);
    // Refused twice: on the first load (nobody signed in) and now (expired), then answered after the refresh.
    expect(count(answered('GET', '/api/users/me', 401))).toBe(2);
    expect(count(answered('POST', '/api/auth/refresh', 200))).toBe(2);

    await page.click('#logout');
    await page.locator('body[data-state="signed-out"]').waitFor({ timeout: 10_000 });
    expect(count(answered('POST', '/api/auth/logout', 200))).toBe(1);
    const user = await t.app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow();
    expect(await liveSessions(user.id)).toEqual([]);
    await page.reload();
    await expect(settled(page)).resolves.toBe('signed-out');
    await expect(page.locator('#username').textContent()).resolves.toBe('');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('logs in with a second factor: after the password a code field appears, and the TOTP code completes the login', async () => {
    const user = await registerUser(t.app);
    // Enrol over HTTP in cookie mode, as the page's origin would.
    const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', headers: { origin: pageUrl }, payload: { username: user.username, password: user.password } });
    expect(login.statusCode).toBe(200);
    const cookies = Object.fromEntries(login.cookies.map((cookie) => [cookie.name, cookie.value]));
    const post = (url: string, payload: object) => t.app.inject({ method: 'POST', url, cookies, headers: { origin: pageUrl, 'x-csrf-token': cookies.csrf_access_token! }, payload });
    const started = await post('/api/users/me/mfa/totp', { current_password: user.password });
    expect(started.statusCode).toBe(200);
    const { secret } = started.json() as { secret: string };
    expect((await post('/api/users/me/mfa/totp/confirm', { code: codeAt(secret, clock.now()) })).statusCode).toBe(200);
    // The confirming code's time step is spent: the login takes the next one.
    clock.advance(30_000);
    gatehouse.reset();

    const { page, context, problems } = await openApp();
    await logIn(page, user.username);
    await page.locator('body[data-state="mfa"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#mfa-code').isVisible()).resolves.toBe(true);
    await expect(page.locator('#login-form').isHidden()).resolves.toBe(true);
    expect(count(answered('POST', '/api/auth/login', 200))).toBe(1);
    // The password step set no session cookies: only the code opens the session.
    expect((await context.cookies(apiUrl)).map((cookie) => cookie.name)).toEqual([]);

    await page.fill('#mfa-code', codeAt(secret, clock.now()));
    await page.click('#mfa-form button[type=submit]');
    await page.locator('body[data-state="signed-in"]').waitFor({ timeout: 10_000 });
    await expect(page.locator('#username').textContent()).resolves.toBe(user.username);
    expect(count(answered('POST', '/api/auth/login/mfa', 200))).toBe(1);
    await page.reload();
    await expect(settled(page)).resolves.toBe('signed-in');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("lets the page's script read csrf_access_token but not the HttpOnly access_token_cookie and refresh_token_cookie", async () => {
    const { page, context, problems } = await loggedInApp();
    const readable = (await page.evaluate(() => (globalThis as unknown as PageGlobals).document.cookie)).split('; ').map((pair) => pair.split('=')[0]);
    expect(readable).toContain('csrf_access_token');
    expect(readable).not.toContain('access_token_cookie');
    expect(readable).not.toContain('refresh_token_cookie');
    // They exist, in the browser's jar: HttpOnly is what hides them.
    const jar = await context.cookies();
    expect(jar.find((cookie) => cookie.name === 'access_token_cookie')).toMatchObject({ httpOnly: true, path: '/', sameSite: 'Lax' });
    expect(jar.find((cookie) => cookie.name === 'refresh_token_cookie')).toMatchObject({ httpOnly: true, path: '/api/auth', sameSite: 'Lax' });
    expect(jar.find((cookie) => cookie.name === 'csrf_access_token')).toMatchObject({ httpOnly: false, path: '/' });
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it("refuses a cookie-authenticated POST without the CSRF header: a form on a sibling origin, a form on another site, a fetch from the page's own origin; the session lives on", async () => {
    const { page, context, problems, user } = await loggedInApp();
    const [session] = await liveSessions(user.id);
    expect(session).toBeDefined();
    const attack = await context.newPage();

    // http://localhost:<other port>: same site, so the Lax cookies go along; the origin is not allowed and there is no header.
    await attack.goto(`http://localhost:${attackerPort}/`);
    const [sibling] = await Promise.all([attack.waitForResponse(`${apiUrl}/api/auth/logout`), attack.click('button')]);
    expect(sibling.status()).toBe(403);
    expect((await sibling.json()).code).toBe('csrf_failed');

    // http://127.0.0.1:<other port>: another site, so the Lax cookies stay home and Gatehouse sees nobody.
    await attack.goto(`http://127.0.0.1:${attackerPort}/`);
    const [crossSite] = await Promise.all([attack.waitForResponse(`${apiUrl}/api/auth/logout`), attack.click('button')]);
    expect(crossSite.status()).toBe(401);
    expect((await crossSite.json()).code).toBe('authorization_required');

    // From the page's own (allowed) origin, with the cookies but without X-CSRF-TOKEN.
    const bare = await page.evaluate(async (url) => {
      const response = await fetch(`${url}/api/auth/logout`, { method: 'POST', credentials: 'include' });
      return { status: response.status, body: (await response.json()) as { code: string } };
    }, apiUrl);
    expect(bare).toMatchObject({ status: 403, body: { code: 'csrf_failed' } });

    expect(count(answered('POST', '/api/auth/logout', 200))).toBe(0);
    expect(await liveSessions(user.id)).toEqual([session]);
    await page.reload();
    await expect(settled(page)).resolves.toBe('signed-in');
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('sends exactly one refresh for 10 parallel requests made with an expired access token, and all 10 succeed', async () => {
    const { page, context, problems, user } = await loggedInApp();
    expireAccessToken();
    const expiredMe = answered('GET', '/api/users/me', 401);
    // The refresh waits on the server until all 10 were refused: every request is then in the refresh path at once.
    // A second refresh means the single flight broke: it lets them through, so the counts below fail (held, they would
    // fill Chromium's six connections to one host and the rest of the 10 would never be sent).
    gatehouse.holdRefreshUntil(() => count(expiredMe) >= 10 || gatehouse.refreshesArrived() > 1);
    const names = await page.evaluate(() => Promise.all(Array.from({ length: 10 }, () => (globalThis as unknown as PageGlobals).gatehouse.me().then((me) => me.username))));
    expect(names).toEqual(Array(10).fill(user.username));
    expect(count(expiredMe)).toBe(10);
    expect(count(answered('POST', '/api/auth/refresh'))).toBe(1);
    expect(count(answered('POST', '/api/auth/refresh', 200))).toBe(1);
    expect(count(answered('GET', '/api/users/me', 200))).toBe(10);
    expect(await liveSessions(user.id)).toHaveLength(1);
    expect(problems).toEqual([]);
    await context.close();
  }, 60_000);

  it('keeps the session alive when two tabs refresh at once: both then succeed with me(), and no refresh is taken for reuse', async () => {
    const { page: first, context, problems, user } = await loggedInApp();
    const second = await openApp(context);
    await expect(settled(second.page)).resolves.toBe('signed-in');
    const [session] = await liveSessions(user.id);

    expireAccessToken();
    const expiredMe = answered('GET', '/api/users/me', 401);
    // Both tabs are refused before any refresh answers: both are in the refresh path together.
    gatehouse.holdRefreshUntil(() => count(expiredMe) >= 2);
    const me = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).gatehouse.me().then((found) => found.username));
    await expect(Promise.all([me(first), me(second.page)])).resolves.toEqual([user.username, user.username]);
    expect(count(expiredMe)).toBe(2);
    // The tabs refreshed one after the other under the lock: the one that waited usually finds the cookies already
    // refreshed and skips its own, but browsers pass the generation (localStorage) between tabs asynchronously, so
    // it may refresh once more, with the cookie the first tab already rotated: never two exchanges of one token.
    expect(count(answered('POST', '/api/auth/refresh'))).toBeGreaterThanOrEqual(1);
    expect(count(answered('POST', '/api/auth/refresh'))).toBeLessThanOrEqual(2);
    // And refresh() called in both tabs while the first tab's exchange is still on the server.
    let released = false;
    gatehouse.holdRefreshUntil(() => released);
    const startRefresh = (page: Page) => page.evaluate(() => {
      const tab = globalThis as unknown as PageGlobals;
      tab.pendingRefresh = tab.gatehouse.refresh().then(() => 'refreshed');
    });
    await startRefresh(first);
    await gatehouse.when(() => gatehouse.refreshesArrived() === 2);
    await startRefresh(second.page);
    // Released only once the second tab's refresh waits on the cross-tab lock the first tab holds: it must then
    // find the cookies refreshed and join, not start a refresh of its own after the first one ended.
    await first.waitForFunction(() => (globalThis as unknown as LockedNavigator).navigator.locks.query()
      .then((state) => (state.pending ?? []).some((lock) => lock.name === 'gatehouse-refresh')));
    released = true;
    gatehouse.recheck();
    const settledRefresh = (page: Page) => page.evaluate(() => (globalThis as unknown as PageGlobals).pendingRefresh);
    await expect(Promise.all([settledRefresh(first), settledRefresh(second.page)])).resolves.toEqual(['refreshed', 'refreshed']);
    // The held exchange, and at most one more from the tab that waited on the lock (see above).
    expect(gatehouse.refreshesArrived()).toBeGreaterThanOrEqual(2);
    expect(gatehouse.refreshesArrived()).toBeLessThanOrEqual(3);
    await expect(Promise.all([me(first), me(second.page)])).resolves.toEqual([user.username, user.username]);

    expect(count(answered('POST', '/api/auth/refresh', 401))).toBe(0);
    expect(count(answered('POST', '/api/auth/refresh', 200))).toBe(count(answered('POST', '/api/auth/refresh')));
    expect((await liveSessions(user.id)).map((live) => live.id)).toEqual([session!.id]);
    for (const page of [first, second.page]) {
      await page.reload();
      await expect(settled(page)).resolves.toBe('signed-in');
    }
    expect([...problems, ...second.problems]).toEqual([]);
    await context.close();
  }, 60_000);

  it('signs the other tab out when one tab logs out', async () => {
    const { page: first, context, problems, user } = await loggedInApp();
    const second = await openApp(context);
    await expect(settled(second.page)).resolves.toBe('signed-in');
    await first.click('#logout');
    await first.locator('body[data-state="signed-out"]').waitFor({ timeout: 10_000 });
    await second.page.locator('body[data-state="signed-out"]').waitFor({ timeout: 10_000 });
    await expect(second.page.locator('#message').textContent()).resolves.toBe('Logged out in another tab.');
    expect(await liveSessions(user.id)).toEqual([]);
    expect([...problems, ...second.problems]).toEqual([]);
    await context.close();
  }, 60_000);
});
