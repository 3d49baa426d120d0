import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet, { type HelmetOptions } from 'helmet';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DOCS_HELMET } from '../src/http/protections.js';
import { API_HELMET } from '../src/http/security-headers.js';
import { PAGE_HELMET } from '../src/routes/pages.js';
import { buildTestApp, type TestApp } from './helper.js';

/** What helmet itself sets on a real Node response for these options: the reference every answer must match. */
function helmetOnNodeResponse(options: HelmetOptions): Record<string, string> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  let failure: unknown;
  helmet(options)(req, res, (err?: unknown) => {
    failure = err;
  });
  if (failure) throw failure;
  return Object.fromEntries(Object.entries(res.getHeaders()).map(([name, value]) => [name, String(value)]));
}

function directives(csp: unknown): Map<string, string> {
  return new Map(String(csp).split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...values] = d.split(/\s+/);
    return [name, values.join(' ')];
  }));
}

describe('security headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('sends helmet headers and a CSP that lets API responses load nothing', async () => {
    for (const url of ['/health', '/no-such-thing']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
      expect(res.headers['strict-transport-security'], url).toMatch(/max-age=\d+/);
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['cross-origin-resource-policy'], url).toBe('same-origin');
      const csp = directives(res.headers['content-security-policy']);
      expect(csp.get('default-src'), url).toBe("'none'");
      expect(csp.get('frame-ancestors'), url).toBe("'none'");
    }
  });

  it('sends every header helmet sets, with its values, on API answers, docs and pages (computed once, not per request)', async () => {
    const cases: [string, HelmetOptions, ('GET' | 'HEAD' | 'POST')?][] = [
      ['/health', API_HELMET],
      ['/health', API_HELMET, 'HEAD'],
      ['/reset-password', { ...API_HELMET, ...PAGE_HELMET } as HelmetOptions, 'HEAD'],
      // An error answer next to a page (405 problem+json): the API's set.
      ['/reset-password', API_HELMET, 'POST'],
      ['/api/users/me', API_HELMET],
      ['/no-such-thing', API_HELMET],
      ['/docs/', { ...API_HELMET, ...DOCS_HELMET } as HelmetOptions],
      ['/reset-password', { ...API_HELMET, ...PAGE_HELMET } as HelmetOptions],
      ['/pages/recovery.js', { ...API_HELMET, ...PAGE_HELMET } as HelmetOptions],
    ];
    for (const [url, options, method = 'GET'] of cases) {
      const reference = helmetOnNodeResponse(options);
      expect(Object.keys(reference).length, url).toBeGreaterThanOrEqual(12);
      const res = await t.app.inject({ method, url });
      for (const [name, value] of Object.entries(reference)) expect(res.headers[name], `${method} ${url} ${name}`).toBe(value);
    }
  });

  it('gives /docs a CSP that runs only its own scripts', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    const csp = directives(res.headers['content-security-policy']);
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('script-src-attr')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
