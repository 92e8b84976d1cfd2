import { defineConfig } from 'vitest/config';

// The test settings every workspace shares. The JSON report is what .ci/run counts.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Generous: CI runs every package's tests at once on two cores.
    testTimeout: 60_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
