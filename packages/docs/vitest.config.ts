import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // The browser test starts Chromium and loads every page of the site.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
