import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchDebianChromium } from './chromium.js';
import { buildTestApp, type TestApp } from '../helper.js';

const ARTIFACTS = path.join(import.meta.dirname, '..', 'artifacts');
/** The operation the test opens. */
const OPERATION = { method: 'post', path: '/api/auth/login' };

/** The little of the page's globals the test touches (this project compiles without the DOM lib). */
interface CspSink {
  cspViolations: string[];
  document: {
    addEventListener(type: 'securitypolicyviolation', listener: (event: { violatedDirective: string; blockedURI: string }) => void): void;
  };
}

describe('Swagger UI in a real browser', () => {
  let t: TestApp;
  let browser: Browser;
  let baseUrl: string;
  beforeAll(async () => {
    // A missing browser is a failure of this suite, never a skip.
    t = await buildTestApp();
    baseUrl = await t.app.listen({ port: 0, host: '127.0.0.1' });
    browser = await launchDebianChromium();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it(`renders /docs under its CSP and expands ${OPERATION.method.toUpperCase()} ${OPERATION.path}`, async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /content security policy/i.test(message.text())) problems.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.addInitScript(() => {
      const sink = globalThis as unknown as CspSink;
      sink.cspViolations = [];
      sink.document.addEventListener('securitypolicyviolation', (event) => {
        sink.cspViolations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
      });
    });

    const response = await page.goto(`${baseUrl}/docs`, { waitUntil: 'networkidle' });
    expect(response?.headers()['content-security-policy']).toMatch(/script-src 'self'/);
    await page.locator('.swagger-ui .info .title').filter({ hasText: 'Gatehouse' }).waitFor({ timeout: 20_000 });

    const operation = page.locator(`.opblock-${OPERATION.method}`).filter({ has: page.locator(`.opblock-summary-path[data-path="${OPERATION.path}"]`) });
    await expect(operation.count(), `${OPERATION.path} is listed`).resolves.toBe(1);
    await operation.locator('.opblock-summary').click();
    await operation.locator('.opblock-body .responses-wrapper').waitFor({ timeout: 10_000 });
    await expect(operation.locator('.opblock-body').textContent()).resolves.toMatch(/429/);

    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'docs.png'), fullPage: true });
    const violations = await page.evaluate(() => (globalThis as unknown as CspSink).cspViolations);
    expect([...violations, ...problems]).toEqual([]);
  }, 60_000);
});
