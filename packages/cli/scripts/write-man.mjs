// `npm run man -w smtp-codes`: writes man/smtp-codes.1 from the built dist/man.mjs (src/man.ts),
// so the man page says what --help says. test/man.test.ts fails when the file is out of date.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const { manPage } = await import(`${root}dist/man.mjs`);
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
mkdirSync(`${root}man`, { recursive: true });
writeFileSync(`${root}man/smtp-codes.1`, manPage(version));
console.log('wrote man/smtp-codes.1');
