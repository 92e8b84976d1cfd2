import { defineConfig } from 'tsdown';

// The bin: ESM only, run by Node. The library code it calls is @smtp-codes/explain.
export default defineConfig({
  entry: { cli: 'src/cli.ts', man: 'src/man.ts' },
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
  clean: true,
});
