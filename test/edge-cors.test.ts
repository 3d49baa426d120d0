import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from './helper.js';

const APP = 'https://app.example.com';
const ADMIN = 'https://admin.example.com';

function preflight(t: TestApp, origin: string, url = '/api/auth/login') {
  return t.app.inject({
    method: 'OPTIONS',
    url,
    headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
  });
}

describe('CORS by default', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('allows no origin at all when CORS_ORIGINS is unset', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: APP } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await preflight(t, APP, '/health');
    expect(pre.statusCode).toBe(405);
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-methods']).toBeUndefined();
  });
});

describe('CORS with an allowlist', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: `${APP}, ${ADMIN}` } });
  });
  afterAll(async () => t.close());

  it('reflects each listed origin on simple requests, with credentials and exposed headers', async () => {
    for (const origin of [APP, ADMIN]) {
      const res = await t.app.inject({ method: 'GET', url: '/health', headers: { origin } });
      expect(res.headers['access-control-allow-origin']).toBe(origin);
      expect(res.headers['access-control-allow-credentials']).toBe('true');
      expect(res.headers.vary).toMatch(/Origin/);
      const exposed = String(res.headers['access-control-expose-headers']).toLowerCase().split(/,\s*/);
      expect(exposed).toEqual(expect.arrayContaining(['x-request-id', 'retry-after', 'x-ratelimit-limit', 'x-ratelimit-remaining', 'x-ratelimit-reset']));
    }
  });

  it('sends no CORS headers to an origin that is not listed exactly', async () => {
    for (const origin of ['https://evil.example.com', 'http://app.example.com', 'https://app.example.com:8443', 'https://app.example.com.evil.net', 'null']) {
      const res = await t.app.inject({ method: 'GET', url: '/health', headers: { origin } });
      expect(res.statusCode).toBe(200);
      expect(res.headers['access-control-allow-origin'], origin).toBeUndefined();
      expect(res.headers['access-control-allow-credentials'], origin).toBeUndefined();
    }
  });

  it('answers a preflight from a listed origin with the methods and headers the API uses', async () => {
    const res = await preflight(t, APP);
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe(APP);
    expect(res.headers['access-control-allow-credentials']).toBe('true');
    const methods = String(res.headers['access-control-allow-methods']).split(/,\s*/);
    expect(methods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS']));
    const headers = String(res.headers['access-control-allow-headers']).toLowerCase().split(/,\s*/);
    expect(headers).toEqual(expect.arrayContaining(['authorization', 'content-type', 'x-request-id']));
  });

  it('gives a preflight from another origin no Access-Control-Allow-Origin', async () => {
    const res = await preflight(t, 'https://evil.example.com');
    // Refused as any OPTIONS request to a route without it: 405 problem+json, which the browser treats as a refusal.
    expect(res.statusCode).toBe(405);
    expect(res.json()).toMatchObject({ status: 405, code: 'method_not_allowed' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-methods']).toBeUndefined();
  });

  it('still answers an unknown path with 404, not 405, beside the catch-all preflight route', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/no-such-thing', headers: { origin: APP } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ code: 'not_found' });
  });
});

describe('CORS with an explicit *', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { CORS_ORIGINS: '*' } });
  });
  afterAll(async () => t.close());

  it('allows any origin, never with credentials', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health', headers: { origin: 'https://anyone.example.org' } });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await preflight(t, 'https://anyone.example.org');
    expect(pre.statusCode).toBe(204);
    expect(pre.headers['access-control-allow-origin']).toBe('*');
    expect(pre.headers['access-control-allow-credentials']).toBeUndefined();
    expect(String(pre.headers['access-control-allow-methods'])).toMatch(/DELETE/);
  });
});
