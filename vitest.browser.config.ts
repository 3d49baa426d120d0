import { defineConfig } from 'vitest/config';
import { shared } from './vitest.config.js';

/** `npm run test:browser`: tests that drive a real browser, Debian's /usr/bin/chromium (they fail without it). */
export default defineConfig({
  test: {
    ...shared,
    include: ['test/browser/**/*.test.ts'],
  },
});
