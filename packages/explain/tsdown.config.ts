import { defineConfig } from 'tsdown';

export default defineConfig({
  // `@smtp-codes/explain` carries the code and English; `/ja` and `/ru` one more language each, no code.
  entry: ['src/index.ts', 'src/ja.ts', 'src/ru.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  // Browser-safe: no entry imports a Node built-in.
  platform: 'neutral',
  target: 'es2022',
  // .mjs/.cjs and .d.mts/.d.cts, as package.json "exports" names them.
  fixedExtension: true,
  // package.json is written by hand; the build must not rewrite it.
  exports: false,
  clean: true,
  checks: { pluginTimings: false },
});
