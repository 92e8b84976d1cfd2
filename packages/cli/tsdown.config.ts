import { defineConfig } from 'tsdown';

export default defineConfig([
  {
    // The bin: ESM only, run by Node.
    entry: { cli: 'src/cli.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    fixedExtension: true,
    dts: false,
    banner: '#!/usr/bin/env node',
    // cli.mjs only installs the error handlers and imports the command chunk, stable-named.
    hash: false,
    // package.json is written by hand; the build must not rewrite it.
    exports: false,
    clean: ['dist/cli.mjs', 'dist/run*.mjs'],
  },
  {
    // `smtp-codes/explain`: the extraction and explanation code, browser-safe (no node: imports).
    entry: { explain: 'src/explain/index.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    fixedExtension: true,
    dts: true,
    exports: false,
    clean: ['dist/explain.*'],
  },
]);
