import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRIC_NAMES } from '../src/metrics.js';
import { parseExposition, valueOf, type Exposition } from './metrics-exposition.js';
import { backend, bearer, buildTestApp, loginUser, perTestClock, registerAndLogin, registerUser, type TestApp, uniqueIdentity } from './helper.js';

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef';

async function scrape(t: TestApp): Promise<Exposition> {
  const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: bearer(METRICS_TOKEN) });
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
  return parseExposition(res.body);
}

describe(`metrics (${backend})`, () => {
  it('are off by default', async () => {
    const t = await buildTestApp();
    try {
      expect((await t.app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
      expect(t.app.metricsListener ?? null).toBeNull();
    } finally {
      await t.close();
    }
  });

  describe('with METRICS_ENABLED on the public listener', () => {
    let t: TestApp;
    const clock = perTestClock(Date.now());
    beforeAll(async () => {
      t = await buildTestApp({ env: { METRICS_ENABLED: 'true', METRICS_TOKEN, MAX_FAILED_LOGINS: '2', REFRESH_REUSE_GRACE: '0' }, clock });
    });
    afterAll(async () => t?.close());

    it('serves every metric in the exposition format, with its type', async () => {
      const exposition = await scrape(t);
      const expected: Record<string, string> = {
        gatehouse_http_request_duration_seconds: 'histogram',
        gatehouse_login_attempts_total: 'counter',
        gatehouse_account_locks_total: 'counter',
        gatehouse_refresh_reuse_total: 'counter',
        gatehouse_password_hash_duration_seconds: 'histogram',
        gatehouse_mail_outbox_pending: 'gauge',
        gatehouse_db_pool_connections: 'gauge',
        nodejs_eventloop_lag_seconds: 'gauge',
      };
      expect(Object.keys(expected).filter((n) => n.startsWith('gatehouse_')).sort()).toEqual([...METRIC_NAMES].sort());
      for (const [name, type] of Object.entries(expected)) expect(exposition.types.get(name), name).toBe(type);
      expect(exposition.samples.some((s) => s.name === 'gatehouse_mail_outbox_pending')).toBe(true);
      if (backend === 'sqlite') expect(valueOf(exposition, 'gatehouse_db_pool_connections', { state: 'total' })).toBe(1);
      // PostgreSQL: the pool's own figures, one sample per state.
      else for (const state of ['total', 'idle', 'waiting']) expect(exposition.samples.filter((s) => s.name === 'gatehouse_db_pool_connections' && s.labels.state === state), state).toHaveLength(1);
    });

    it('counts a login success, wrong passwords and a lock exactly', async () => {
      const user = await registerUser(t.app);
      const before = await scrape(t);
      expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).toBe(200);
      expect((await loginUser(t.app, { username: user.username, password: 'wrong-Password-1' })).statusCode).toBe(401);
      // The second failure reaches MAX_FAILED_LOGINS=2: the account and the identifier lock.
      expect((await loginUser(t.app, { username: user.username, password: 'wrong-Password-2' })).statusCode).not.toBe(200);
      // Locked: even the right password is refused before any check.
      expect((await loginUser(t.app, { username: user.username, password: user.password })).statusCode).not.toBe(200);
      const after = await scrape(t);
      const delta = (name: string, labels: Record<string, string>) => valueOf(after, name, labels) - valueOf(before, name, labels);
      expect(delta('gatehouse_login_attempts_total', { outcome: 'success' })).toBe(1);
      expect(delta('gatehouse_login_attempts_total', { outcome: 'wrong_password' })).toBe(2);
      expect(delta('gatehouse_login_attempts_total', { outcome: 'locked' })).toBe(1);
      expect(delta('gatehouse_login_attempts_total', {})).toBe(4);
      // One lock, the identifier's, without a label (the account's own lock through a login is not counted:
      // which counter locked would tell a real account from an unknown one; test/security/metrics-oracle.test.ts).
      expect(after.samples.filter((s) => s.name === 'gatehouse_account_locks_total').map((s) => s.labels)).toEqual([{}]);
      expect(delta('gatehouse_account_locks_total', {})).toBe(1);
      // Three password checks, each timed as a verification (the locked attempt spends none).
      expect(delta('gatehouse_password_hash_duration_seconds_count', {})).toBe(3);
      expect(delta('gatehouse_password_hash_duration_seconds_count', { operation: 'verify' })).toBe(3);
    });

    it('times an unknown account\'s dummy verification as a verification, the only operations being hash and verify', async () => {
      const before = await scrape(t);
      expect((await loginUser(t.app, { username: uniqueIdentity('nobody').username, password: 'wrong-Password-1' })).statusCode).toBe(401);
      const after = await scrape(t);
      expect(valueOf(after, 'gatehouse_password_hash_duration_seconds_count', { operation: 'verify' }) - valueOf(before, 'gatehouse_password_hash_duration_seconds_count', { operation: 'verify' })).toBe(1);
      const operations = new Set(after.samples.filter((s) => s.name.startsWith('gatehouse_password_hash_duration_seconds')).map((s) => s.labels.operation));
      expect([...operations].sort()).toEqual(['hash', 'verify']);
    });

    it('counts a refresh token presented again after rotation', async () => {
      const user = await registerAndLogin(t.app);
      const before = valueOf(await scrape(t), 'gatehouse_refresh_reuse_total');
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: user.refresh } })).statusCode).toBe(200);
      clock.advance(1000);
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', payload: { refresh_token: user.refresh } })).statusCode).toBe(401);
      expect(valueOf(await scrape(t), 'gatehouse_refresh_reuse_total') - before).toBe(1);
    });

    it('labels request durations by route pattern and status, never by raw URL', async () => {
      const admin = await registerAndLogin(t.app, { role: 'admin' });
      expect((await t.app.inject({ method: 'GET', url: `/api/users/${admin.id}`, headers: bearer(admin.access) })).statusCode).toBe(200);
      expect((await t.app.inject({ method: 'GET', url: '/no/such/place/123456' })).statusCode).toBe(404);
      const exposition = await scrape(t);
      const counts = exposition.samples.filter((s) => s.name === 'gatehouse_http_request_duration_seconds_count');
      expect(valueOf(exposition, 'gatehouse_http_request_duration_seconds_count', { method: 'GET', route: '/api/users/:id', status: '200' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(exposition, 'gatehouse_http_request_duration_seconds_count', { method: 'POST', route: '/api/auth/login', status: '200' })).toBeGreaterThanOrEqual(1);
      expect(valueOf(exposition, 'gatehouse_http_request_duration_seconds_count', { method: 'GET', route: 'unmatched', status: '404' })).toBe(1);
      expect(counts.filter((s) => /\d/.test(s.labels.route ?? '')).map((s) => s.labels.route)).toEqual([]);
      const bucket = exposition.samples.find((s) => s.name === 'gatehouse_http_request_duration_seconds_bucket' && s.labels.route === '/api/users/:id' && s.labels.le === '+Inf');
      expect(bucket?.value).toBeGreaterThanOrEqual(1);
    });

    it('keeps /metrics out of the OpenAPI document', async () => {
      const doc = (await t.app.inject({ method: 'GET', url: '/docs/json' })).json();
      expect(Object.keys(doc.paths)).not.toContain('/metrics');
    });
  });

  describe('with METRICS_PORT on a listener of its own', () => {
    let t: TestApp;
    let publicUrl: string;
    let metricsUrl: string;
    beforeAll(async () => {
      t = await buildTestApp({ env: { METRICS_PORT: '0' } });
      await t.app.listen({ port: 0, host: '127.0.0.1' });
      publicUrl = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
      const address = t.app.metricsListener?.address() as AddressInfo;
      expect(address.address).toBe('127.0.0.1');
      metricsUrl = `http://127.0.0.1:${address.port}`;
    });
    afterAll(async () => t?.close());

    it('serves /metrics there and not on the public listener', async () => {
      expect(metricsUrl).not.toBe(publicUrl);
      expect((await fetch(`${publicUrl}/metrics`)).status).toBe(404);
      await registerAndLogin(t.app);
      const res = await fetch(`${metricsUrl}/metrics`);
      expect(res.status).toBe(200);
      const exposition = parseExposition(await res.text());
      expect(valueOf(exposition, 'gatehouse_login_attempts_total', { outcome: 'success' })).toBe(1);
      expect(exposition.types.get('nodejs_eventloop_lag_seconds')).toBe('gauge');
      expect((await fetch(`${metricsUrl}/other`)).status).toBe(404);
    });

    it('closes the metrics listener with the app', async () => {
      const listener = t.app.metricsListener;
      await t.close();
      expect(listener?.listening).toBe(false);
    });
  });
});
