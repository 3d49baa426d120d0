import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backend, buildTestApp, loginUser, registerUser, type TestApp, uniqueIdentity } from '../helper.js';
import { countDeltas, parseExposition } from '../metrics-exposition.js';

// Finding 4: one wrong login moved `…hash_duration_seconds{operation="verify"}` for a real account and
// `verify_dummy` for an unknown one, and a lock counted `scope="account"` only for real accounts: anyone who
// could read /metrics learnt which accounts exist. /metrics on the public listener was also open to anyone.

const METRICS_TOKEN = 'metrics-token-for-tests-0123456789abcdef';
const WRONG = 'wrong-Password-00';

describe(`/metrics tells no real account from an unknown one (${backend})`, () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await buildTestApp({ env: { METRICS_ENABLED: 'true', METRICS_TOKEN, MAX_FAILED_LOGINS: '5' } });
  });
  afterAll(async () => t?.close());

  async function scrape() {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    return parseExposition(res.body);
  }

  /** How the counters and histogram counts moved while `wrongLogins` wrong logins went to `username`, and their answers. */
  async function movedBy(username: string, wrongLogins: number) {
    const before = await scrape();
    const statuses: number[] = [];
    for (let i = 0; i < wrongLogins; i++) statuses.push((await loginUser(t.app, { username, password: WRONG })).statusCode);
    return { statuses, deltas: countDeltas(before, await scrape()) };
  }

  it('moves the same counters for one wrong login on a real account and on an unknown one', async () => {
    const real = await movedBy((await registerUser(t.app)).username, 1);
    const unknown = await movedBy(uniqueIdentity('nobody').username, 1);
    expect(real.statuses).toEqual([401]);
    expect(unknown.statuses).toEqual([401]);
    // The check itself: a password verification was timed in both cases.
    expect(real.deltas['gatehouse_password_hash_duration_seconds_count{operation="verify"}']).toBe(1);
    expect(unknown.deltas).toEqual(real.deltas);
  });

  it('moves the same counters for five wrong logins (a lock) on a real account and on an unknown one', async () => {
    const real = await movedBy((await registerUser(t.app)).username, 5);
    const unknown = await movedBy(uniqueIdentity('nobody').username, 5);
    expect(real.statuses).toEqual([401, 401, 401, 401, 423]);
    expect(unknown.statuses).toEqual(real.statuses);
    expect(real.deltas['gatehouse_account_locks_total{}']).toBeGreaterThanOrEqual(1);
    // One lock event each: a real account locking its own counter besides the identifier's must not count twice.
    expect(unknown.deltas, 'counters moved by a lock of an unknown account vs of a real one').toEqual(real.deltas);
  });
});

describe(`/metrics on the public listener needs METRICS_TOKEN (${backend})`, () => {
  let t: TestApp;
  let metricsUrl: string;
  beforeAll(async () => {
    t = await buildTestApp({ env: { METRICS_ENABLED: 'true', METRICS_TOKEN, METRICS_PORT: '0' } });
    metricsUrl = `http://127.0.0.1:${(t.app.metricsListener?.address() as AddressInfo).port}`;
  });
  afterAll(async () => t?.close());

  it.each([
    ['no Authorization header', undefined],
    ['a wrong token', `Bearer ${METRICS_TOKEN.slice(0, -1)}x`],
    ['the token with a suffix', `Bearer ${METRICS_TOKEN}x`],
    ['the token under another scheme', `Basic ${METRICS_TOKEN}`],
  ])('refuses %s with 401 problem+json', async (_name, authorization) => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: authorization === undefined ? {} : { authorization } });
    expect(res.statusCode).toBe(401);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    expect(res.body).not.toContain('gatehouse_');
  });

  it('serves the exposition for the right token', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(res.statusCode).toBe(200);
    expect(parseExposition(res.body).types.get('gatehouse_login_attempts_total')).toBe('counter');
  });

  it('serves METRICS_PORT, a listener of its own, without a token', async () => {
    const res = await fetch(`${metricsUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(parseExposition(await res.text()).types.get('gatehouse_login_attempts_total')).toBe('counter');
  });
});
