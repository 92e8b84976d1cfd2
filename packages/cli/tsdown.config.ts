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
    // `smtp-codes/explain`: the extraction and explanation code, browser-safe (no node: imports),
    // English only; `smtp-codes/explain/ja` and `/ru`: one more language each, no code.
    entry: { explain: 'src/explain/index.ts', 'explain/ja': 'src/explain/ja.ts', 'explain/ru': 'src/explain/ru.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    fixedExtension: true,
    dts: true,
    exports: false,
    // The entries share their types through a hash-named d.ts chunk; only this build writes d.ts.
    clean: ['dist/explain.*', 'dist/explain/**', 'dist/*.d.mts', 'dist/*.d.cts'],
  },
]);
