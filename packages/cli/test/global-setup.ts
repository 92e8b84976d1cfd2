// The bin tests run the real dist/cli.mjs. Under turbo, `test` depends on `build`; run alone
// (`npx vitest` in this folder), build first when dist is missing.

import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  if (existsSync(`${root}dist/cli.mjs`)) return;
  execFileSync(process.execPath, [`${root}../../node_modules/tsdown/dist/run.mjs`], { cwd: root, stdio: 'inherit' });
}
