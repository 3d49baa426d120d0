import { randomBytes } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_PROBE, buildEdgeTestApp, expectRateLimited, uniqueClientIp } from '../edge-helper.js';
import { TEST_REDIS_URL, type TestApp } from '../helper.js';

// A real Redis is this file's subject: without one it fails, it does not skip (vitest.services.config.ts says so too).
if (!TEST_REDIS_URL) throw new Error('TEST_REDIS_URL is not set: these tests need a real Redis (e.g. redis://127.0.0.1:6379)');
const REDIS_URL = TEST_REDIS_URL;

function hit(t: TestApp, ip: string): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url: AUTH_PROBE, remoteAddress: ip, payload: {} });
}

describe('rate limit on /api/auth/* with Redis', () => {
  const apps: TestApp[] = [];
  async function app(env: Record<string, string>, database?: TestApp['database']): Promise<TestApp> {
    const t = await buildEdgeTestApp({ env: { REDIS_URL, ...env }, database });
    apps.push(t);
    return t;
  }
  afterEach(async () => {
    // Apps sharing a database close before its owner drops it.
    for (const t of apps.splice(0).reverse()) await t.close();
  });

  it('lets requests through when Redis fails mid-flight rather than failing logins', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1' });
    const redis = t.app.redis as unknown as { rateLimit: (...args: unknown[]) => void };
    redis.rateLimit = (...args: unknown[]) => (args.at(-1) as (err: Error) => void)(new Error('redis down'));
    const ip = uniqueClientIp();
    for (let i = 0; i < 3; i++) expect((await hit(t, ip)).statusCode).toBe(200);
  });

  it('names each counter in Redis REDIS_KEY_PREFIX + rate-limit: + limiter + client IP, with the window as its expiry', async () => {
    const prefix = `gatehouse-test-keys-${randomBytes(4).toString('hex')}:`;
    const t = await app({ REDIS_KEY_PREFIX: prefix, AUTH_RATE_LIMIT_WINDOW: '60' });
    const ip = uniqueClientIp();
    expect((await hit(t, ip)).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'POST', url: '/api/auth/refresh', remoteAddress: ip, payload: {} })).statusCode).toBe(401);
    const redis = t.app.redis!;
    const keys = (await redis.keys(`${prefix}*`)).sort();
    try {
      expect(keys).toEqual([`${prefix}rate-limit:credentials:${ip}`, `${prefix}rate-limit:refresh:${ip}`]);
      for (const key of keys) {
        expect(await redis.get(key), key).toBe('1');
        expect(await redis.pttl(key), key).toBeGreaterThan(50_000);
      }
    } finally {
      if (keys.length > 0) await redis.del(...keys);
    }
  });

  it('shares one budget between two instances on one Redis', async () => {
    const env = { AUTH_RATE_LIMIT_MAX: '4', AUTH_RATE_LIMIT_WINDOW: '60' };
    const a = await app(env);
    const b = await app(env, a.database);
    const ip = uniqueClientIp();
    for (const remaining of [3, 2, 1]) {
      const res = await hit(a, ip);
      expect([res.statusCode, res.headers['x-ratelimit-remaining']]).toEqual([200, String(remaining)]);
    }
    const last = await hit(b, ip);
    expect(last.statusCode).toBe(200);
    expect(last.headers['x-ratelimit-remaining']).toBe('0');
    expectRateLimited(await hit(b, ip), 4);
    expectRateLimited(await hit(a, ip), 4);
  });
});
