import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, registerAndLogin, type TestApp } from './helper.js';

describe('health and framework errors', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(async () => t.close());

  it('answers /health and /ready', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.statusCode).toBe(200);
    expect(health.json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject({ method: 'GET', url: '/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ok', database: 'ok' });
  });

  it('echoes a sane X-Request-Id and replaces an insane one', async () => {
    const echoed = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(echoed.headers['x-request-id']).toBe('abc-123');
    const replaced = await t.app.inject({ method: 'GET', url: '/health', headers: { 'x-request-id': 'bad id\u0001<script>' } });
    expect(replaced.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown path 404 and a wrong method 405 whatever body they carry, malformed or empty', async () => {
    for (const payload of ['{', '', '{"a":1}']) {
      const unknown = await t.app.inject({ method: 'POST', url: '/nope', headers: { 'content-type': 'application/json' }, payload });
      expect(unknown.statusCode, payload).toBe(404);
      const wrongMethod = await t.app.inject({ method: 'PUT', url: '/api/auth/login', headers: { 'content-type': 'application/json' }, payload });
      expect(wrongMethod.statusCode, payload).toBe(405);
    }
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/nope?x=1', headers: { 'x-request-id': 'r-404' } });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, code: 'not_found', error: 'not_found', request_id: 'r-404' });
    expect(res.json().message).toBe(res.json().detail);
  });

  it('answers a wrong method with 405 problem+json and Allow', async () => {
    const res = await t.app.inject({ method: 'DELETE', url: '/health' });
    expect(res.statusCode).toBe(405);
    expect(res.headers.allow).toMatch(/GET/);
    expect(res.json()).toMatchObject({ status: 405, code: 'method_not_allowed' });
  });

  it('answers 503 problem+json from /ready when the database is gone', async () => {
    // Nothing listens on port 1: the pool cannot connect.
    const other = await buildTestApp({ database: { url: 'postgres://postgres@127.0.0.1:1/none', drop: async () => {} } });
    const res = await other.app.inject({ method: 'GET', url: '/ready' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ code: 'service_unavailable', status: 503 });
    expect(res.body).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|connect/i);
    await other.close();
  });
});

describe('with Redis configured but unreachable', () => {
  it('still starts and serves logins, and /ready answers 503 naming Redis', async () => {
    const t = await buildTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } });
    try {
      expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
      const ready = await t.app.inject({ method: 'GET', url: '/ready' });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: 'service_unavailable', detail: 'Redis does not answer.' });
      const user = await registerAndLogin(t.app);
      expect(user.access).toBeTruthy();
    } finally {
      await t.close();
    }
  });
});
