// parseBounce against postal-mime alone, and the CLI on a thousand .eml files against postal-mime
// alone, printed in one run. Figures only: nothing here asserts a time.
//
//   npm run bench -w @smtp-codes/explain      (BENCH_ROUNDS=… for more rounds)
//
// 1. In process: every fixture notice (the 22 real ones and the format fixtures), parsed in
//    rounds, alternating which parser goes first; messages per second for each and the cost ratio
//    (target: parseBounce at most 1.5x postal-mime's time).
// 2. Two child processes on the same 1000 .eml files in a temporary folder: `smtp-codes explain
//    --json FILE…`, and a script that reads each file and gives it to postal-mime (target: at
//    most 3x). Both include Node's start-up.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import PostalMime from 'postal-mime';
import { parseBounce } from '../dist/index.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, '../cli/dist/cli.mjs');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 20);

function fixtures() {
  const out = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.eml')) out.push(new Uint8Array(readFileSync(path)));
    }
  };
  walk(join(ROOT, 'test/fixtures'));
  return out;
}

async function time(fn, messages) {
  const start = process.hrtime.bigint();
  for (const m of messages) await fn(m);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const messages = fixtures();
const bytes = messages.reduce((n, m) => n + m.length, 0);
const postal = (m) => PostalMime.parse(m);
const ours = (m) => parseBounce(m);

// Warm-up: both parsers compiled and postal-mime loaded before anything is timed.
for (let i = 0; i < 3; i++) {
  await time(postal, messages);
  await time(ours, messages);
}
let tPostal = 0;
let tOurs = 0;
for (let r = 0; r < ROUNDS; r++) {
  if (r % 2 === 0) {
    tPostal += await time(postal, messages);
    tOurs += await time(ours, messages);
  } else {
    tOurs += await time(ours, messages);
    tPostal += await time(postal, messages);
  }
}
const n = messages.length * ROUNDS;
console.log(`parseBounce vs postal-mime: ${messages.length} notices (${(bytes / 1024).toFixed(0)} KiB) x ${ROUNDS} rounds`);
console.log(`  postal-mime alone  ${(n / tPostal).toFixed(0).padStart(7)} messages/s`);
console.log(`  parseBounce        ${(n / tOurs).toFixed(0).padStart(7)} messages/s`);
console.log(`  cost ratio         ${(tOurs / tPostal).toFixed(2)}x postal-mime (target: at most 1.5x)`);

// 2. The CLI on 1000 files.
try {
  readFileSync(CLI);
} catch {
  console.log(`\nCLI bench skipped: ${CLI} is missing (run npm run build first)`);
  process.exit(0);
}
const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-bench-'));
try {
  const files = [];
  for (let i = 0; i < 1000; i++) {
    const file = join(dir, `notice-${String(i).padStart(4, '0')}.eml`);
    writeFileSync(file, messages[i % messages.length]);
    files.push(file);
  }
  const listFile = join(dir, 'files.json');
  writeFileSync(listFile, JSON.stringify(files));
  const alone = join(dir, 'postal-alone.mjs');
  const postalUrl = import.meta.resolve('postal-mime');
  writeFileSync(
    alone,
    `import PostalMime from ${JSON.stringify(postalUrl)};\nimport { readFileSync } from 'node:fs';\nfor (const f of process.argv.slice(2)) await PostalMime.parse(readFileSync(f));\n`,
  );
  const run = (args) => {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    return { seconds, status: r.status, out: r.stdout };
  };
  // One untimed run of each warms the file cache.
  run([alone, ...files]);
  run([CLI, 'explain', '--json', ...files]);
  let cliTime = Infinity;
  let aloneTime = Infinity;
  let lines = 0;
  for (let i = 0; i < 3; i++) {
    const a = run([alone, ...files]);
    const c = run([CLI, 'explain', '--json', ...files]);
    aloneTime = Math.min(aloneTime, a.seconds);
    cliTime = Math.min(cliTime, c.seconds);
    lines = c.out.split('\n').length - 1;
  }
  console.log(`\nsmtp-codes explain --json on 1000 .eml files, one process (best of 3, Node start-up included)`);
  console.log(`  postal-mime alone  ${aloneTime.toFixed(2)} s`);
  console.log(`  smtp-codes explain ${cliTime.toFixed(2)} s (${lines} JSON lines)`);
  console.log(`  time ratio         ${(cliTime / aloneTime).toFixed(2)}x postal-mime (target: at most 3x)`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
