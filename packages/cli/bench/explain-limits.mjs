// `smtp-codes explain` on the inputs that once ran it out of memory (issue 16, rows 1 and 2): the
// output stays bounded (the first findings explained, the rest counted by code). Prints time, peak
// RSS and output size beside each target; figures move with the machine, so nothing is asserted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runMeasured } from './measure.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'dist/cli.mjs');
if (!existsSync(bin)) {
  console.error('dist/cli.mjs is missing: run `npm run build -w smtp-codes` first');
  process.exit(1);
}

const lines = (line, n) => `${line}\n`.repeat(n);
const cases = [
  { name: '300,000 × "5.1.1" (1.8 MB)', input: lines('5.1.1', 300_000), json: false, seconds: 20, mb: 400 },
  { name: '300,000 × "5.1.1" --json', input: lines('5.1.1', 300_000), json: true, seconds: 20, mb: 400 },
  { name: '1,500,000 × "250 ok" (12 MB)', input: lines('250 ok', 1_500_000), json: false, seconds: 30, mb: 600 },
];

console.log('smtp-codes explain on hostile input (targets from issue 16)');
for (const c of cases) {
  const r = await runMeasured([bin, 'explain', ...(c.json ? ['--json'] : [])], c.input);
  const peak = r.peakMb === null ? 'n/a' : `${r.peakMb.toFixed(0)} MB`;
  const ok = r.code === 0 && r.seconds < c.seconds && (r.peakMb === null || r.peakMb < c.mb);
  console.log(
    `  ${c.name.padEnd(32)} ${r.seconds.toFixed(2).padStart(6)} s (target < ${c.seconds} s)  peak RSS ${peak.padStart(7)} (target < ${c.mb} MB)  output ${(r.stdoutBytes / 1024).toFixed(0)} KB  exit ${r.code}  ${ok ? 'within targets' : 'OVER TARGET'}`,
  );
}
