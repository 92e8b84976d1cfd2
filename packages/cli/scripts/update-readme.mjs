// `npm run readme -w smtp-codes`: writes the real output of the main job into README.md and the
// root README.md, between the main-job markers: English in both (`main-job`), Japanese and Russian
// where the README has their markers (`main-job-ja`, `main-job-ru`). test/cli.test.ts fails when a
// README and the bin disagree.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const MAIN_JOB = '550 5.1.1 <bob@example.com>: Recipient address rejected';
/** Marker name -> extra arguments; `main-job` is required, the others optional. */
const BLOCKS = { 'main-job': [], 'main-job-ja': ['--lang', 'ja'], 'main-job-ru': ['--lang', 'ru'] };
const run = (extra) =>
  execFileSync(process.execPath, [`${root}dist/cli.mjs`, 'explain', MAIN_JOB, ...extra], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '' },
  });
for (const path of ['README.md', '../../README.md']) {
  const readme = readFileSync(`${root}${path}`, 'utf8');
  let next = readme;
  for (const [name, extra] of Object.entries(BLOCKS)) {
    const START = `<!-- ${name}:start (npm run readme) -->`;
    const END = `<!-- ${name}:end -->`;
    const a = next.indexOf(START);
    const b = next.indexOf(END);
    if (a < 0 && b < 0 && name !== 'main-job') continue;
    if (a < 0 || b < a) throw new Error(`${path} has no ${name} markers`);
    next = `${next.slice(0, a + START.length)}\n\`\`\`text\n${run(extra)}\`\`\`\n${next.slice(b)}`;
  }
  if (next !== readme) writeFileSync(`${root}${path}`, next);
  console.log(next === readme ? `${path} is up to date` : `${path} updated`);
}
