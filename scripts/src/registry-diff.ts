// `npx tsx scripts/src/registry-diff.ts REGISTRY.xml [--write]`: compares a downloaded copy of the
// IANA registry with the committed snapshot (spec/upstream/), so a registry update is one review.
import { readFileSync, writeFileSync } from 'node:fs';
import { formatSnapshot, readSnapshot, rowsFromRegistryXml, snapshotFile } from './upstream.js';

const [path, flag] = process.argv.slice(2);
if (!path) {
  console.error('usage: registry-diff.ts REGISTRY.xml [--write]');
  process.exit(2);
}
const fresh = rowsFromRegistryXml(readFileSync(path, 'utf8'));
const old = new Map(readSnapshot().map((r) => [r.code, r]));
let changes = 0;
for (const row of fresh) {
  const before = old.get(row.code);
  old.delete(row.code);
  if (!before) {
    console.log(`+ ${row.code}\t${row.title}\t${row.basicCode}\t${row.references}`);
    changes++;
  } else if (JSON.stringify(before) !== JSON.stringify(row)) {
    console.log(`~ ${row.code}\n  was ${JSON.stringify(before)}\n  now ${JSON.stringify(row)}`);
    changes++;
  }
}
for (const gone of old.values()) {
  console.log(`- ${gone.code}\t${gone.title}`);
  changes++;
}
console.log(changes === 0 ? 'no differences' : `${changes} difference(s)`);
if (flag === '--write') writeFileSync(snapshotFile(), formatSnapshot(fresh));
