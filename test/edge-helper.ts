import { randomInt } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { expect } from 'vitest';
import { buildTestApp, type TestApp, type TestAppOptions } from './helper.js';

/** Routes that exist only in these tests, so the edge rules are checked with or without the real auth routes. */
export const AUTH_PROBE = '/api/auth/__edge-probe';
export const OPEN_PROBE = '/__edge-probe';

export interface EdgeTestAppOptions extends TestAppOptions {
  /** Adds the probe routes before the app is ready. */
  probes?: boolean;
}

/** The auth probe is a credential endpoint, as every new one under /api/auth/ is: it lists that limiter. */
function registerProbes(app: FastifyInstance): void {
  app.post(AUTH_PROBE, { schema: { hide: true }, onRequest: app.limits.credentials }, async () => ({ ok: true }));
  app.post(OPEN_PROBE, { schema: { hide: true } }, async () => ({ ok: true }));
}

/** buildTestApp, plus the probe routes registered before `ready()`. */
export async function buildEdgeTestApp({ probes = true, ...options }: EdgeTestAppOptions = {}): Promise<TestApp> {
  return buildTestApp({ ...options, beforeReady: probes ? registerProbes : undefined });
}

/** A random client address, so rate-limit counters (in memory or Redis) start from zero. */
export function uniqueClientIp(): string {
  return `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`;
}

/** A 429 problem+json from a limiter of `max` requests, with Retry-After and the X-RateLimit-* headers. */
export function expectRateLimited(res: LightMyRequestResponse, max: number): void {
  expect(res.statusCode).toBe(429);
  expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(res.json()).toMatchObject({ status: 429, code: 'rate_limited', error: 'rate_limited', title: 'Too Many Requests' });
  expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
  expect(res.headers['x-ratelimit-limit']).toBe(String(max));
  expect(res.headers['x-ratelimit-remaining']).toBe('0');
  expect(Number(res.headers['x-ratelimit-reset'])).toBeGreaterThanOrEqual(1);
}
