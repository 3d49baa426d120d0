import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDebianChromium } from './chromium.js';
import { bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp } from '../helper.js';
import { startSmtpServer, type TestSmtpServer } from '../smtp-helper.js';

const ARTIFACTS = path.join(import.meta.dirname, '..', 'artifacts');
const NEW_PASSWORD = 'amber-Falcon-93-river';

/** The little of the page's globals the test touches (this project compiles without the DOM lib). */
interface CspSink {
  cspViolations: string[];
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
}

/** A port nobody listens on now: APP_URL (the links' base) must be known before the app is built. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('account pages in a real browser, opened from real mail', () => {
  let t: TestApp;
  let smtp: TestSmtpServer;
  let browser: Browser;
  let baseUrl: string;
  const clock = perTestClock(Date.now());
  beforeAll(async () => {
    // A missing browser is a failure of this suite, never a skip.
    smtp = await startSmtpServer();
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}`;
    t = await buildTestApp({ clock, env: { APP_URL: baseUrl, SMTP_URL: smtp.url, MAIL_POLL_INTERVAL: '600000' } });
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchDebianChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await smtp?.close();
  });

  async function deliver(): Promise<void> {
    await t.app.services.recovery.settled();
    await new Promise((resolve) => setImmediate(resolve));
    await t.app.services.mailer.drain();
  }

  /** The link in the `count`-th mail to `to`, as the person would click it. */
  async function linkFor(to: string, count: number): Promise<{ link: string; token: string }> {
    const mail = (await smtp.mailFor(to, { count }))[count - 1];
    const match = mail && /(http:\/\/127\.0\.0\.1:\d+\/[a-z-]+)#token=([A-Za-z0-9_-]{43})\b/.exec(mail.text);
    if (!match) throw new Error(`no link in mail ${count} to ${to}`);
    expect(match[1]!.startsWith(baseUrl)).toBe(true);
    return { link: match[0], token: match[2]! };
  }

  /** A page that records CSP violations, script errors and the address of every request it makes. */
  async function openPage(): Promise<{ page: Page; problems: string[]; requested: string[]; violations(): Promise<string[]> }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requested: string[] = [];
    page.on('console', (message) => {
      // A refused submit (400) is logged by Chromium as a failed resource: that is the page working.
      if (/Failed to load resource: the server responded with a status of 400/.test(message.text())) return;
      if (message.type() === 'error' || /content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('request', (request) => requested.push(request.url()));
    await page.addInitScript(() => {
      const sink = globalThis as unknown as CspSink;
      sink.cspViolations = [];
      sink.document.addEventListener('securitypolicyviolation', (event) => {
        sink.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });
    return { page, problems, requested, violations: () => page.evaluate(() => (globalThis as unknown as CspSink).cspViolations) };
  }

  it('resets a password from the mailed link: the token leaves the address bar, a mistake leaves it usable, a newer link opened in the same tab replaces it, the new password logs in', async () => {
    const user = await registerUser(t.app);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email: user.email } })).statusCode).toBe(202);
    await deliver();
    const { link, token } = await linkFor(user.email, 2);
    expect(link).toBe(`${baseUrl}/reset-password#token=${token}`);

    const { page, problems, requested, violations } = await openPage();
    const response = await page.goto(link, { waitUntil: 'networkidle' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'/);
    expect(response?.headers()['referrer-policy']).toBe('no-referrer');
    await expect(page.title()).resolves.toBe('Choose a new password');
    // The script took the token out of the address bar (and the history entry) at once.
    expect(page.url()).toBe(`${baseUrl}/reset-password`);
    await expect(page.evaluate(() => (globalThis as unknown as { location: { hash: string } }).location.hash)).resolves.toBe('');

    const status = page.locator('#status');
    // Two different passwords: refused in the page, nothing sent.
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#confirm', `${NEW_PASSWORD}x`);
    await page.click('button[type=submit]');
    await expect(status.textContent()).resolves.toBe('The two passwords differ.');
    // A password the policy refuses: the server's reasons are shown, and the token stays usable.
    await page.fill('#password', 'password123');
    await page.fill('#confirm', 'password123');
    await page.click('button[type=submit]');
    await page.locator('#status.error div').first().waitFor({ timeout: 10_000 });
    await expect(status.textContent()).resolves.toMatch(/password: .*common/);
    await expect(page.locator('#form').isVisible()).resolves.toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'reset-password-refused.png'), fullPage: true });

    // Meanwhile the person asked for another link, which voids this one: the page shows the refusal.
    clock.advance(61_000);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/password/forgot', payload: { email: user.email } })).statusCode).toBe(202);
    await deliver();
    const newer = await linkFor(user.email, 3);
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#confirm', NEW_PASSWORD);
    await page.click('button[type=submit]');
    // The policy's refusal is still on screen (also .error): wait for this answer's own text, not the class.
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('This link is invalid, expired or already used.');

    // The newer link opened in this tab changes only the fragment (no reload): the page takes its token.
    await page.goto(newer.link, { waitUntil: 'networkidle' });
    await page.waitForFunction((url) => (globalThis as unknown as { location: { href: string } }).location.href === url, `${baseUrl}/reset-password`, { timeout: 10_000 });
    await expect(status.textContent()).resolves.toBe('');
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#confirm', NEW_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('#status.done').waitFor({ timeout: 10_000 });
    await expect(status.textContent()).resolves.toBe('Your password was changed. You can log in with it now.');
    await expect(page.locator('#form').isHidden()).resolves.toBe(true);
    // A way back to the app, under the deployment's name.
    await expect(page.getByRole('link', { name: 'Back to Gatehouse' }).getAttribute('href')).resolves.toBe(`${baseUrl}/`);
    await expect(page.locator('.brand-name').textContent()).resolves.toBe('Gatehouse');
    await page.screenshot({ path: path.join(ARTIFACTS, 'reset-password.png'), fullPage: true });

    expect((await loginUser(t.app, { username: user.username, password: NEW_PASSWORD })).statusCode).toBe(200);
    expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).toBe(401);
    // The token went to the server only in the body of the submit, never in an address.
    expect(requested.filter((url) => url.includes(token) || url.includes(newer.token))).toEqual([]);
    expect(requested).toContain(`${baseUrl}/api/auth/password/reset`);
    expect([...(await violations()), ...problems]).toEqual([]);
    await page.close();
  }, 60_000);

  it('creates an invited account from the invitation mail: username and password chosen on the page, the address verified, the link spent', async () => {
    const admin = await registerAndLogin(t.app, { role: 'admin' });
    const email = `invited-${Date.now().toString(36)}@example.com`;
    const invited = await t.app.inject({ method: 'POST', url: '/api/admin/invitations', headers: bearer(admin.access), payload: { email, role: 'user' } });
    expect(invited.statusCode, invited.body).toBe(201);
    await t.app.services.mailer.drain();
    const { link, token } = await linkFor(email, 1);
    expect(link).toBe(`${baseUrl}/accept-invitation#token=${token}`);

    const { page, problems, requested, violations } = await openPage();
    const response = await page.goto(link, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/default-src 'none'.*script-src 'self'/);
    await expect(page.title()).resolves.toBe('Create your account');
    expect(page.url()).toBe(`${baseUrl}/accept-invitation`);
    const status = page.locator('#status');
    const username = `invited${Date.now().toString(36)}`;
    await page.fill('#username', username);
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#confirm', `${NEW_PASSWORD}x`);
    await page.click('button[type=submit]');
    await expect(status.textContent()).resolves.toBe('The two passwords differ.');
    await page.fill('#confirm', NEW_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('#status.done').waitFor({ timeout: 10_000 });
    await expect(status.textContent()).resolves.toBe('Your account is ready. You can log in with your username or email and the password you chose.');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'accept-invitation.png'), fullPage: true });

    const login = await loginUser(t.app, { username, password: NEW_PASSWORD });
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json().user).toMatchObject({ email, role: 'user', email_verified: true });
    expect(requested.filter((url) => url.includes(token))).toEqual([]);
    expect(requested).toContain(`${baseUrl}/api/auth/invitations/accept`);
    // The mail's link clicked again: the page shows the server's refusal of a spent link.
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.fill('#username', `${username}2`);
    await page.fill('#password', NEW_PASSWORD);
    await page.fill('#confirm', NEW_PASSWORD);
    await page.click('button[type=submit]');
    await page.locator('#status.error').waitFor({ timeout: 10_000 });
    await expect(status.textContent()).resolves.toBe('This link is invalid, expired or already used.');
    expect([...(await violations()), ...problems]).toEqual([]);
    await page.close();
  }, 60_000);

  it('confirms an email address from the registration mail', async () => {
    const user = await registerUser(t.app);
    await deliver();
    const { link, token } = await linkFor(user.email, 1);
    expect(link).toBe(`${baseUrl}/verify-email#token=${token}`);

    const { page, problems, requested, violations } = await openPage();
    const response = await page.goto(link, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await expect(page.title()).resolves.toBe('Confirm your email address');
    expect(page.url()).toBe(`${baseUrl}/verify-email`);
    // Opening the page spent nothing: the address is still unverified until the click.
    const before = await t.app.db.selectFrom('users').select('email_verified_at').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(before.email_verified_at).toBeNull();

    await page.click('button[type=submit]');
    await page.locator('#status.done').waitFor({ timeout: 10_000 });
    await expect(page.locator('#status').textContent()).resolves.toBe('Your email address is confirmed.');
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'verify-email.png'), fullPage: true });

    const login = await loginUser(t.app, { username: user.username, password: user.password });
    expect(login.json().user).toMatchObject({ email_verified: true });
    expect(requested.filter((url) => url.includes(token))).toEqual([]);
    expect([...(await violations()), ...problems]).toEqual([]);

    // Reloaded (the fragment is gone): the page says the link has no token.
    await page.reload({ waitUntil: 'networkidle' });
    await expect(page.locator('#status.error').textContent()).resolves.toMatch(/no token/);
    await expect(page.locator('#form').isHidden()).resolves.toBe(true);
    // The mail's link clicked a second time: the page shows the server's refusal of a used token.
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.click('button[type=submit]');
    await page.locator('#status.error').waitFor({ timeout: 10_000 });
    await expect(page.locator('#status').textContent()).resolves.toBe('This link is invalid, expired or already used.');
    expect([...(await violations()), ...problems]).toEqual([]);
    await page.close();
  }, 60_000);
});
