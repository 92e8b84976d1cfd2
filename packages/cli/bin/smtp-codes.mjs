#!/usr/bin/env node
// Committed (not built) so that npm links the bin at install time, before dist/ exists.
import('../dist/cli.mjs').catch((error) => {
  process.stderr.write(`smtp-codes: cannot start: ${String(error?.message ?? error).split('\n')[0]} (run \`npm run build\` first)\n`);
  process.exitCode = 2;
});
