import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/node.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  // Browser-safe main entry; only the ./node entry imports a Node built-in.
  platform: 'neutral',
  deps: { neverBundle: [/^node:/] },
  target: 'es2022',
  // .mjs/.cjs and .d.mts/.d.cts, as package.json "exports" names them.
  fixedExtension: true,
  // package.json is written by hand; the build must not rewrite it.
  exports: false,
  clean: true,
  // The d.ts plugin is slow by nature; its timing notice is noise in every build.
  checks: { pluginTimings: false },
});
