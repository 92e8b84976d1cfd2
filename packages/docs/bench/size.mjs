// Size of the explain page's JavaScript, as a reader's browser loads it: minified (as built),
// then gzip -9. Reads the built site (run `npm run build` first). Target: the English page under
// 50 KB (issue 14; missed since reasons and providers joined the page, test/explain-bundles.test.ts
// asserts 80 KB so that it does not grow further), with no Japanese or Russian text in it; 40 KB is
// the aim. explain-mime.js (postal-mime, parseBounce) is loaded only for a whole
// message and is shown apart.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SITE = join(dirname(fileURLToPath(import.meta.url)), '..', 'site');
const TARGET = 40 * 1024;
const LIMIT = 50 * 1024;
// Hiragana, katakana, CJK ideographs, full-width forms; Cyrillic.
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

/** The scripts a page loads, in order, from its HTML. */
function scriptsOf(page) {
  const html = readFileSync(join(SITE, page), 'utf8');
  return [...html.matchAll(/<script src="([^"]+)"/g)].map((m) => join(dirname(join(SITE, page)), m[1]));
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
if (!existsSync(join(SITE, 'en', 'explain.html'))) {
  console.error('packages/docs/site is not built: run `npm run build` first.');
  process.exit(1);
}

let failed = false;
console.log('explain page JavaScript (minified, gzip -9)');
console.log('page             script                 min        gzip');
for (const locale of ['en', 'ja', 'ru']) {
  let total = 0;
  let totalMin = 0;
  let text = '';
  for (const file of scriptsOf(`${locale}/explain.html`)) {
    const content = readFileSync(file, 'utf8');
    const gz = gzipSync(content, { level: 9 }).length;
    total += gz;
    totalMin += Buffer.byteLength(content);
    text += content;
    console.log(
      `${`${locale}/explain.html`.padEnd(17)}${file.slice(SITE.length + 1).padEnd(22)}${kb(Buffer.byteLength(content)).padStart(9)}${kb(gz).padStart(12)}`,
    );
  }
  console.log(`${`${locale} total`.padEnd(39)}${kb(totalMin).padStart(9)}${kb(total).padStart(12)}`);
  if (locale === 'en') {
    const ja = JAPANESE.test(text);
    const ru = CYRILLIC.test(text);
    console.log(
      `English page: ${kb(total)} of the ${kb(TARGET)} target (${(total / TARGET).toFixed(2)}x); Japanese text: ${ja ? 'YES' : 'none'}; Russian text: ${ru ? 'YES' : 'none'}`,
    );
    if (ja || ru) failed = true;
    if (total >= TARGET) console.log('English page: over the 40 KB aim');
    console.log(`English page: ${total < LIMIT ? 'under' : 'OVER'} the ${kb(LIMIT)} target of issue 14`);
  }
}
const mime = readFileSync(join(SITE, 'assets', 'explain-mime.js'));
console.log(
  `loaded only when the page first sees a whole message: assets/explain-mime.js ${kb(mime.length)} min, ${kb(gzipSync(mime, { level: 9 }).length)} gzip`,
);
// Where the main script's bytes come from (esbuild's own account of the same bundle).
const meta = await build({
  entryPoints: [join(SITE, '..', 'src', 'explain', 'main.ts')],
  bundle: true,
  write: false,
  minify: true,
  format: 'iife',
  charset: 'utf8',
  metafile: true,
  logLevel: 'silent',
});
const groups = new Map();
const groupOf = (input) => {
  if (/constants\/dist\/(locales\/)?en[-.]/.test(input)) return '@smtp-codes/constants: English texts';
  if (input.includes('constants/')) return '@smtp-codes/constants: code and facts';
  if (input.includes('parser/')) return '@smtp-codes/parser';
  if (/explain\/dist\//.test(input)) return '@smtp-codes/explain (extraction, explanation)';
  return 'the page (packages/docs/src/explain)';
};
for (const [input, { bytesInOutput }] of Object.entries(Object.values(meta.metafile.outputs)[0].inputs)) {
  groups.set(groupOf(input), (groups.get(groupOf(input)) ?? 0) + bytesInOutput);
}
const bundled = [...groups.values()].reduce((a, b) => a + b, 0);
console.log('assets/explain.js by source (minified bytes):');
for (const [name, bytes] of [...groups].sort((a, b) => b[1] - a[1])) {
  console.log(`  ${kb(bytes).padStart(9)}  ${((100 * bytes) / bundled).toFixed(0).padStart(3)}%  ${name}`);
}

// The search index is loaded only when the search box is used on this page; shown for reference.
const index = readFileSync(join(SITE, 'en', 'search-index.js'));
console.log(
  `not loaded until the search box is used: en/search-index.js ${kb(index.length)} min, ${kb(gzipSync(index, { level: 9 }).length)} gzip`,
);
if (failed) process.exit(1);
