import { randomUUID } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchDebianChromium } from './chromium.js';
import { bearer, buildTestApp, type LoggedInUser, manualClock, registerAndLogin, type TestApp, type TestAppOptions } from '../helper.js';

/** The little of the page's globals the tests touch (this project compiles without the DOM lib). */
interface PageGlobals {
  cspViolations: string[];
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
    documentElement: { scrollWidth: number };
  };
  localStorage: { length: number };
  sessionStorage: { length: number };
}

export interface WatchedPage {
  page: Page;
  /** CSP violations, script errors and console errors seen so far. */
  problems(): Promise<string[]>;
}

export interface ConsoleServer {
  t: TestApp;
  browser: Browser;
  baseUrl: string;
}

/** A Gatehouse listening on a free port and Debian's Chromium for the suite (a missing browser fails it, never skips it). */
export function useConsoleServer(options: TestAppOptions): ConsoleServer {
  const server = {} as ConsoleServer;
  beforeAll(async () => {
    server.t = await buildTestApp(options);
    server.baseUrl = await server.t.app.listen({ port: 0, host: '127.0.0.1' });
    server.browser = await launchDebianChromium();
  }, 60_000);
  afterAll(async () => {
    await server.browser?.close();
    await server.t?.close();
  });
  return server;
}

/** A page that records CSP violations (the securitypolicyviolation event), script errors and console errors. */
export async function watchedPage(browser: Browser, { width = 1200, height = 900 } = {}): Promise<WatchedPage> {
  const page = await browser.newPage({ viewport: { width, height } });
  const seen: string[] = [];
  page.on('console', (message) => {
    // Chromium logs every 4xx the console shows on purpose (a refused sign-in, a missing feature) as a failed resource.
    if (/Failed to load resource: the server responded with a status of 4\d\d/.test(message.text())) return;
    if (message.type() === 'error' || /content security policy/i.test(message.text())) seen.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (err) => seen.push(`page error: ${err.message}`));
  await page.addInitScript(() => {
    const sink = globalThis as unknown as PageGlobals;
    sink.cspViolations = [];
    sink.document.addEventListener('securitypolicyviolation', (event) => {
      sink.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  return { page, problems: async () => [...(await page.evaluate(() => (globalThis as unknown as PageGlobals).cspViolations)), ...seen] };
}

/** The page saw no CSP violation, script error or console error; then it is closed. */
export async function closeClean(page: Page, problems: () => Promise<string[]>): Promise<void> {
  expect(await problems()).toEqual([]);
  await page.close();
}

export const pageWidth = (page: Page): Promise<number> => page.evaluate(() => (globalThis as unknown as PageGlobals).document.documentElement.scrollWidth);
export const storedItems = (page: Page): Promise<number> => page.evaluate(() => (globalThis as unknown as PageGlobals).localStorage.length + (globalThis as unknown as PageGlobals).sessionStorage.length);

/** TOTP codes on the server's (manual) clock. */
export const totpCode = (secret: string, at: number): string => new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({ timestamp: at });

/** An admin with an authenticator app: returns the TOTP secret; the clock moves past the step the enrolment used. */
export async function adminWithTotp(t: TestApp, clock: ReturnType<typeof manualClock>): Promise<LoggedInUser & { secret: string }> {
  const admin = await registerAndLogin(t.app, { role: 'admin' });
  const started = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp', headers: bearer(admin.access), payload: { current_password: admin.password } });
  const { secret } = started.json() as { secret: string };
  const confirmed = await t.app.inject({ method: 'POST', url: '/api/users/me/mfa/totp/confirm', headers: bearer(admin.access), payload: { code: totpCode(secret, clock.now()) } });
  if (confirmed.statusCode !== 200) throw new Error(`TOTP confirm failed: ${confirmed.body}`);
  clock.advance(30_000);
  return { ...admin, secret };
}

/** A passkey row for `userId`, as registration would store it (the console only lists and removes it). */
export async function seedPasskey(t: TestApp, userId: number, name: string): Promise<void> {
  const now = Date.now();
  await t.app.db.insertInto('passkeys').values({
    id: randomUUID(), user_id: userId, credential_id: randomUUID(), public_key: 'AAAA', user_handle: `h${userId}`, sign_count: 0, transports: 'internal',
    aaguid: '00000000-0000-0000-0000-000000000000', backup_eligible: 0, backed_up: 0, user_verified: 1, name, created_at: now, last_used_at: null,
  }).execute();
}

/** Signs in through the console's form, typing as a person would. */
export async function signIn(page: Page, baseUrl: string, user: { username: string; password: string }): Promise<void> {
  await page.goto(`${baseUrl}/admin`, { waitUntil: 'networkidle' });
  await page.getByLabel('Username or email').fill(user.username);
  await page.getByLabel('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
