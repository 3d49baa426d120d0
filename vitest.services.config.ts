import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

/**
 * `npm run test:services`: tests that need real PostgreSQL and Redis servers whatever the backend.
 * They fail, never skip, without them: the suite refuses to start unless both URLs are set.
 */
const missing = ['TEST_DATABASE_URL', 'TEST_REDIS_URL'].filter((name) => !process.env[name]?.trim());
if (missing.length > 0) {
  throw new Error(
    `npm run test:services needs ${missing.join(' and ')}: real PostgreSQL and Redis servers, e.g.\n` +
      '  TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TEST_REDIS_URL=redis://127.0.0.1:6379 npm run test:services',
  );
}

export default defineConfig({
  test: {
    ...shared,
    include: ['test/services/**/*.test.ts'],
  },
});
