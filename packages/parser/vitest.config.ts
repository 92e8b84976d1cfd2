import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The loopback SMTP test sets its own, shorter limits.
    testTimeout: 30_000,
  },
});
