import { defineConfig, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

// The browser test starts Chromium and loads every page of the site.
export default mergeConfig(shared, defineConfig({ test: { testTimeout: 120_000, hookTimeout: 60_000 } }));
