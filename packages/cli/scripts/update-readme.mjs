// `npm run readme -w smtp-codes`: writes the real output of the main job into README.md, between
// the main-job markers. test/cli.test.ts fails when the README and the bin disagree.

import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const START = '<!-- main-job:start (npm run readme) -->';
const END = '<!-- main-job:end -->';
const output = execFileSync(
  process.execPath,
  [`${root}dist/cli.mjs`, 'explain', '550 5.1.1 <bob@example.com>: Recipient address rejected', '--lang', 'ja'],
  { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
);
// The package README and the repository's root README show the same block.
for (const path of ['README.md', '../../README.md']) {
  const readme = readFileSync(`${root}${path}`, 'utf8');
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${path} has no main-job markers`);
  const next = `${readme.slice(0, a + START.length)}\n\`\`\`text\n${output}\`\`\`\n${readme.slice(b)}`;
  if (next !== readme) writeFileSync(`${root}${path}`, next);
  console.log(next === readme ? `${path} is up to date` : `${path} updated`);
}
