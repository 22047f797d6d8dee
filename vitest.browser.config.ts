import { defineConfig } from 'vitest/config';

/**
 * `npm run test:browser`: the rules explorer (docs/explorer/index.html) driven in a real headless Chromium
 * (Debian's `chromium`, through playwright-core). Kept out of `npm test`, which needs no browser.
 */
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
