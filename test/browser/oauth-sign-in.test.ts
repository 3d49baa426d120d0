import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDebianChromium } from './chromium.js';
import { buildTestApp, type TestApp } from '../helper.js';
import { type Providers, startProviders } from '../oauth-helper.js';

/** The little of the page's globals the test touches (this project compiles without the DOM lib). */
interface AppPage {
  location: { search: string };
  fetch(url: string, init: object): Promise<{ status: number; json(): Promise<Record<string, unknown>> }>;
}

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

describe('social sign-in in Chromium, end to end', () => {
  let providers: Providers;
  let t: TestApp;
  let browser: Browser;
  let appServer: Server;
  let appOrigin: string;
  let gatehouse: string;

  beforeAll(async () => {
    providers = await startProviders();
    // The front-end app: a blank page on another port of the same host (same site, so the sign-in cookie goes along).
    appServer = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>app</title>'));
    appOrigin = `http://127.0.0.1:${await listen(appServer)}`;
    const probe = createServer();
    const port = await listen(probe);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    gatehouse = `http://127.0.0.1:${port}`;
    t = await buildTestApp({ env: { ...providers.env, APP_URL: gatehouse, OAUTH_REDIRECT_ALLOWLIST: appOrigin, CORS_ORIGINS: appOrigin } });
    await t.app.listen({ port, host: '127.0.0.1' });
    browser = await launchDebianChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await providers?.close();
    await new Promise<void>((resolve) => (appServer ? appServer.close(() => resolve()) : resolve()));
  });

  it('goes to the provider and back, and the app exchanges the one-time code for a session', async () => {
    providers.as({ sub: 'chromium-1', email: 'chromium@example.com', email_verified: true, preferred_username: 'chromium' });
    // Only this test's browser accepts the mock provider's throw-away certificate; Gatehouse trusts it through NODE_EXTRA_CA_CERTS.
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    const page = await context.newPage();
    await page.goto(`${gatehouse}/api/auth/oauth/google/start?redirect_to=${encodeURIComponent(`${appOrigin}/signed-in`)}`);
    await page.waitForURL(`${appOrigin}/signed-in?code=*`);
    expect(page.url()).not.toMatch(/token/);
    const answer = await page.evaluate(async (url) => {
      const w = globalThis as unknown as AppPage;
      const code = new URLSearchParams(w.location.search).get('code');
      const res = await w.fetch(url, { method: 'POST', credentials: 'include', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code }) });
      return { status: res.status, body: await res.json() };
    }, `${gatehouse}/api/auth/oauth/exchange`);
    expect(answer.status).toBe(200);
    expect(answer.body.user).toMatchObject({ email: 'chromium@example.com', username: 'chromium', email_verified: true });
    const cookies = await context.cookies(gatehouse);
    expect(cookies.find((c) => c.name === 'gatehouse_oauth')).toBeUndefined();
    await context.close();
  });
});
