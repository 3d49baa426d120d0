import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The mock identity providers serve HTTPS with this throw-away certificate (openid-client refuses plain HTTP);
// Node reads NODE_EXTRA_CA_CERTS when a process starts, so it is set here, before the test workers fork.
process.env.NODE_EXTRA_CA_CERTS = fileURLToPath(new URL('./test/fixtures/oauth-mock.cert.pem', import.meta.url));

/**
 * Three suites, one setting each:
 * - `npm test` (this file): every test/**\/*.test.ts but test/browser and test/services, and client/test (the typed client). Needs only Node:
 *   SQLite by default, PostgreSQL + Redis when TEST_DATABASE_URL and TEST_REDIS_URL are set (see test/helper.ts).
 * - `npm run test:services` (vitest.services.config.ts): test/services, tests that need real PostgreSQL and Redis servers.
 * - `npm run test:browser` (vitest.browser.config.ts): test/browser, tests that drive Debian's /usr/bin/chromium.
 */
export const SUITES_ELSEWHERE = ['test/browser/**', 'test/services/**'];

/** Settings every suite shares. */
export const shared = {
  pool: 'forks' as const,
  testTimeout: 30_000,
  hookTimeout: 60_000,
  reporters: ['default'],
};

export default defineConfig({
  test: {
    ...shared,
    include: ['test/**/*.test.ts', 'client/test/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...SUITES_ELSEWHERE],
  },
});
