import { randomInt } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
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
