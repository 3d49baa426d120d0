import type { LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AUTH_PROBE, buildEdgeTestApp, expectRateLimited, uniqueClientIp } from './edge-helper.js';
import type { TestApp } from './helper.js';
import { waitFor } from './wait-for.js';

const CREDENTIAL_ROUTES = ['/api/auth/register', '/api/auth/login'];

function hit(t: TestApp, options: { ip: string; forwardedFor?: string; url?: string; method?: 'GET' | 'POST' }): Promise<LightMyRequestResponse> {
  const method = options.method ?? 'POST';
  return t.app.inject({
    method,
    url: options.url ?? AUTH_PROBE,
    remoteAddress: options.ip,
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
    ...(method === 'POST' ? { payload: {} } : {}),
  });
}

describe('rate limit on /api/auth/*', () => {
  const apps: TestApp[] = [];
  async function app(env: Record<string, string>, database?: TestApp['database']): Promise<TestApp> {
    const t = await buildEdgeTestApp({ env, database });
    apps.push(t);
    return t;
  }
  afterEach(async () => {
    vi.useRealTimers();
    // Apps sharing a database close before its owner drops it.
    for (const t of apps.splice(0).reverse()) await t.close();
  });
  afterAll(async () => {
    for (const t of apps) await t.close();
  });

  it('lets exactly AUTH_RATE_LIMIT_MAX requests through per IP, then answers 429 problem+json', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '3', AUTH_RATE_LIMIT_WINDOW: '60' });
    const ip = uniqueClientIp();
    for (const remaining of [2, 1, 0]) {
      const res = await hit(t, { ip });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBe('3');
      expect(res.headers['x-ratelimit-remaining']).toBe(String(remaining));
    }
    const limited = await hit(t, { ip });
    expectRateLimited(limited, 3);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect((await hit(t, { ip: uniqueClientIp() })).statusCode, 'another IP has its own budget').toBe(200);
  });

  it('gives the budget back once the window has passed', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '2', AUTH_RATE_LIMIT_WINDOW: '1' });
    const ip = uniqueClientIp();
    // The in-memory store reads Date.now(): the test moves it. Redis keeps the window as the key's own expiry.
    if (!t.app.redis) vi.useFakeTimers({ toFake: ['Date'], now: Date.now() });
    expect((await hit(t, { ip })).statusCode).toBe(200);
    expect((await hit(t, { ip })).statusCode).toBe(200);
    expectRateLimited(await hit(t, { ip }), 2);
    if (t.app.redis) {
      const redis = t.app.redis;
      const key = `${t.config.redisKeyPrefix}rate-limit:credentials:${ip}`;
      expect(await redis.pttl(key), 'the window in Redis').toBeGreaterThan(0);
      await waitFor(`the rate-limit window ${key} to expire in Redis`, async () => (await redis.pttl(key)) === -2, { timeoutMs: 5_000 });
    } else {
      vi.advanceTimersByTime(999);
      expectRateLimited(await hit(t, { ip }), 2);
      vi.advanceTimersByTime(1);
    }
    expect((await hit(t, { ip })).statusCode).toBe(200);
  });

  it('does not limit routes outside /api/auth/', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1' });
    const ip = uniqueClientIp();
    for (let i = 0; i < 5; i++) {
      const res = await t.app.inject({ method: 'GET', url: '/health', remoteAddress: ip });
      expect(res.statusCode).toBe(200);
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });

  it('limits every credential route (login, register) on one per-IP budget, not one per route', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '3' });
    const ip = uniqueClientIp();
    // Within the budget each route answers as it would without a limiter: an empty body is a validation failure.
    for (const [url, status] of [['/api/auth/register', 400], ['/api/auth/login', 400], [AUTH_PROBE, 200]] as const) expect((await hit(t, { ip, url })).statusCode, url).toBe(status);
    expectRateLimited(await hit(t, { ip, url: '/api/auth/login' }), 3);
    expectRateLimited(await hit(t, { ip, url: '/api/auth/register' }), 3);
    expectRateLimited(await hit(t, { ip, url: AUTH_PROBE }), 3);
  });

  it('gives refresh a larger budget of its own: refreshing tabs never starve logins, and logins never starve refresh', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '2', REFRESH_RATE_LIMIT_MAX: '5' });
    const ip = uniqueClientIp();
    for (let i = 0; i < 5; i++) expect((await hit(t, { ip, url: '/api/auth/refresh' })).statusCode).toBe(401);
    expectRateLimited(await hit(t, { ip, url: '/api/auth/refresh' }), 5);
    // The credential budget is untouched by the refreshes.
    expect((await hit(t, { ip, url: '/api/auth/login' })).statusCode).toBe(400);
    expect((await hit(t, { ip, url: '/api/auth/login' })).statusCode).toBe(400);
    expectRateLimited(await hit(t, { ip, url: '/api/auth/login' }), 2);
    // And the reverse: a fresh IP exhausts logins, then still refreshes.
    const other = uniqueClientIp();
    for (let i = 0; i < 2; i++) await hit(t, { ip: other, url: '/api/auth/login' });
    expectRateLimited(await hit(t, { ip: other, url: '/api/auth/login' }), 2);
    expect((await hit(t, { ip: other, url: '/api/auth/refresh' })).statusCode).toBe(401);
  });

  it('does not limit logout', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', REFRESH_RATE_LIMIT_MAX: '1' });
    const ip = uniqueClientIp();
    for (let i = 0; i < 5; i++) {
      const res = await hit(t, { ip, url: '/api/auth/logout' });
      expect(res.statusCode).toBe(401);
      expect(res.headers['x-ratelimit-limit']).toBeUndefined();
    }
  });

  it('limits every route under /api/auth/ but logout: a new route cannot forget its limiter', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', REFRESH_RATE_LIMIT_MAX: '1' });
    const documented = Object.entries((t.app.swagger() as { paths: Record<string, object> }).paths).filter(([p]) => p.startsWith('/api/auth/'));
    expect(documented.map(([p]) => p)).toEqual(expect.arrayContaining(CREDENTIAL_ROUTES));
    for (const [path, operations] of documented.filter(([p]) => p !== '/api/auth/logout')) {
      // Path parameters (the social sign-in's provider) get a value; the limiter answers before the route looks at it.
      const url = path.replace(/\{[^}]+\}/g, 'google');
      for (const method of Object.keys(operations).map((m) => m.toUpperCase() as 'GET' | 'POST')) {
        const ip = uniqueClientIp();
        await hit(t, { ip, url, method });
        expect((await hit(t, { ip, url, method })).statusCode, `${method} ${url}`).toBe(429);
      }
    }
  });

  it('lets a browser read the 429 from an allowed origin', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', CORS_ORIGINS: 'https://app.example.com' });
    const ip = uniqueClientIp();
    const request = { method: 'POST' as const, url: AUTH_PROBE, remoteAddress: ip, headers: { origin: 'https://app.example.com' }, payload: {} };
    await t.app.inject(request);
    const res = await t.app.inject(request);
    expect(res.statusCode).toBe(429);
    expect(res.headers['access-control-allow-origin']).toBe('https://app.example.com');
  });

  it('ignores a spoofed X-Forwarded-For by default: the budget follows the socket address', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '2' });
    const ip = uniqueClientIp();
    expect((await hit(t, { ip, forwardedFor: uniqueClientIp() })).statusCode).toBe(200);
    expect((await hit(t, { ip, forwardedFor: uniqueClientIp() })).statusCode).toBe(200);
    expect((await hit(t, { ip, forwardedFor: uniqueClientIp() })).statusCode).toBe(429);
  });

  it('honours X-Forwarded-For with TRUST_PROXY=true: each forwarded client has its own budget', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', TRUST_PROXY: 'true' });
    const proxy = uniqueClientIp();
    const [alice, bob] = [uniqueClientIp(), uniqueClientIp()];
    expect((await hit(t, { ip: proxy, forwardedFor: alice })).statusCode).toBe(200);
    expect((await hit(t, { ip: proxy, forwardedFor: bob })).statusCode).toBe(200);
    expect((await hit(t, { ip: proxy, forwardedFor: alice })).statusCode).toBe(429);
  });

  it('with TRUST_PROXY=1 trusts one hop only: addresses the client prepends do not dodge the limit', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', TRUST_PROXY: '1' });
    const [proxy, client] = [uniqueClientIp(), uniqueClientIp()];
    expect((await hit(t, { ip: proxy, forwardedFor: `${uniqueClientIp()}, ${client}` })).statusCode).toBe(200);
    expect((await hit(t, { ip: proxy, forwardedFor: `${uniqueClientIp()}, ${client}` })).statusCode).toBe(429);
  });

  it('with TRUST_PROXY as an address list follows X-Forwarded-For only through the listed proxies', async () => {
    const t = await app({ AUTH_RATE_LIMIT_MAX: '1', TRUST_PROXY: '10.0.0.0/8' });
    const client = '203.0.113.7';
    // Through a trusted proxy, the forwarded client is counted, whatever it prepends.
    expect((await hit(t, { ip: uniqueClientIp(), forwardedFor: `198.51.100.1, ${client}` })).statusCode).toBe(200);
    expect((await hit(t, { ip: uniqueClientIp(), forwardedFor: `198.51.100.2, ${client}` })).statusCode).toBe(429);
    // From an address outside the list, X-Forwarded-For is not believed.
    const direct = '192.0.2.55';
    expect((await hit(t, { ip: direct, forwardedFor: uniqueClientIp() })).statusCode).toBe(200);
    expect((await hit(t, { ip: direct, forwardedFor: uniqueClientIp() })).statusCode).toBe(429);
  });
});
