import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, PASSWORD, type TestApp, uniqueIdentity } from '../helper.js';
import { type PrivateRedis, startPrivateRedis } from './private-servers.js';
import { waitFor } from '../wait-for.js';

const LIMIT = 3;
/** How long any request may take while Redis is gone: the rate limiter must give up at once, not wait for it. */
const ANSWER_BOUND_MS = 1000;

describe('Redis (rate-limit counters) lost and back (a private redis-server, killed for real)', () => {
  let redis: PrivateRedis;
  let t: TestApp;
  let logDir: string;
  let ipSequence = 0;
  const measured: Record<string, unknown> = {};

  beforeAll(async () => {
    redis = await startPrivateRedis();
    logDir = mkdtempSync(path.join(tmpdir(), 'gatehouse-fault-logs-'));
    t = await buildTestApp({
      env: {
        REDIS_URL: redis.url,
        AUTH_RATE_LIMIT_MAX: String(LIMIT),
        AUTH_RATE_LIMIT_WINDOW: '60',
        LOG_LEVEL: 'warn',
        LOG_TO_FILE: 'true',
        LOG_DIR: logDir,
        // Load shedding is not under test: its first sample after start-up can read a slow build as overload.
        MAX_EVENT_LOOP_DELAY: '0',
      },
    });
  });

  afterAll(async () => {
    console.info(`fault-redis measurements: ${JSON.stringify(measured)}`);
    await t?.close();
    await redis?.destroy();
    if (logDir) rmSync(logDir, { recursive: true, force: true });
  });

  /** A client address no other test in this file used, so its counter starts at zero. */
  function freshIp(): string {
    ipSequence += 1;
    return `10.99.${Math.floor(ipSequence / 250)}.${(ipSequence % 250) + 1}`;
  }

  /** An /api/auth/* request that the rate limiter counts and that then fails validation (400): no database, no hash. */
  async function probe(ip: string): Promise<{ res: LightMyRequestResponse; ms: number }> {
    const started = Date.now();
    const res = await t.app.inject({ method: 'POST', url: '/api/auth/register', remoteAddress: ip, payload: {} });
    return { res, ms: Date.now() - started };
  }

  async function expectLimitEnforced(ip: string): Promise<void> {
    for (let i = 0; i < LIMIT; i++) expect((await probe(ip)).res.statusCode).toBe(400);
    const limited = (await probe(ip)).res;
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'rate_limited' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  }

  async function readyStatus(): Promise<number> {
    return (await t.app.inject({ method: 'GET', url: '/ready' })).statusCode;
  }

  let limitedIp = '';

  it('keeps the counters in Redis while it is up', async () => {
    limitedIp = freshIp();
    await expectLimitEnforced(limitedIp);
    const client = new Redis(redis.url, { lazyConnect: true, maxRetriesPerRequest: 1 });
    try {
      await client.connect();
      const keys = await client.keys('*');
      expect(keys.some((key) => key.includes(limitedIp))).toBe(true);
    } finally {
      client.disconnect();
    }
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`fails open while Redis is down (${signal}): requests pass unlimited and fast, /ready 503, /health 200; then recovers by itself`, async () => {
      // Requests keep coming while Redis dies: none may fail or hang because of it.
      let down = false;
      const across: Array<{ res: LightMyRequestResponse; ms: number }> = [];
      const traffic = (async () => {
        for (let i = 0; i < 2000 && !down; i++) across.push(await probe(freshIp()));
      })();
      await waitFor('requests before the fault', async () => (across.length >= 5 ? true : undefined), { intervalMs: 5 });
      const stoppedAt = Date.now();
      await redis.stop(signal);
      await waitFor('/ready to answer 503', async () => ((await readyStatus()) === 503 ? true : undefined), { timeoutMs: 10_000, intervalMs: 10 });
      const readyDownMs = Date.now() - stoppedAt;
      down = true;
      await traffic;
      for (const { res } of across) expect(res.statusCode, res.body).toBe(400);
      expect(Math.max(...across.map((p) => p.ms))).toBeLessThan(ANSWER_BOUND_MS);
      const ready = await t.app.inject({ method: 'GET', url: '/ready' });
      expect(ready.json()).toMatchObject({ code: 'service_unavailable', detail: 'Redis does not answer.' });
      expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);

      // Fail open: far past the limit, nobody is refused, not even the client that was limited while Redis was up.
      const probes = [];
      const ip = freshIp();
      for (let i = 0; i < LIMIT * 4; i++) probes.push(await probe(ip));
      probes.push(await probe(limitedIp));
      for (const { res } of probes) expect(res.statusCode, res.body).toBe(400);
      const slowestMs = Math.max(...probes.map((p) => p.ms));
      expect(slowestMs).toBeLessThan(ANSWER_BOUND_MS);
      // Lockout lives in the database, so registration and login still work, and still count failures.
      const user = { ...uniqueIdentity('redisfault'), password: PASSWORD };
      expect((await t.app.inject({ method: 'POST', url: '/api/auth/register', remoteAddress: freshIp(), payload: user })).statusCode).toBe(201);
      const login = await t.app.inject({ method: 'POST', url: '/api/auth/login', remoteAddress: freshIp(), payload: { username: user.username, password: PASSWORD } });
      expect(login.statusCode, login.body).toBe(200);

      const restartedAt = Date.now();
      await redis.start();
      await waitFor('/ready to answer 200', async () => ((await readyStatus()) === 200 ? true : undefined), { timeoutMs: 30_000, intervalMs: 50 });
      const recoveredMs = Date.now() - restartedAt;
      // The restarted Redis is empty (no persistence): counting starts again from zero, and limits apply again.
      limitedIp = freshIp();
      await expectLimitEnforced(limitedIp);
      measured[signal] = { requestsAcrossTheFault: across.length, slowestAcrossMs: Math.max(...across.map((p) => p.ms)), readyDownMs, slowestProbeMsWhileDown: slowestMs, recoveredMs };
    });
  }

  it('logged the lost connection as a warning', async () => {
    const logFile = path.join(logDir, 'current.log');
    const log = await waitFor('the Redis warning in the log', async () => {
      const text = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
      return /redis unavailable/.test(text) ? text : undefined;
    });
    expect(log).toMatch(/"level":40/);
  });
});
