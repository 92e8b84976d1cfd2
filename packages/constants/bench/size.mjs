// Bundle-size benchmark: bytes after minified esbuild bundling of typical imports, side by side.
// Run after a build: `npm run bench -w @smtp-codes/constants`.
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const cases = [
  [
    'one reply code, namespace subpath',
    `import * as ReplyCode from '@smtp-codes/constants/reply-code'; console.log(ReplyCode.ServiceReady);`,
  ],
  ['one reply code, main entry', `import { ReplyCode } from '@smtp-codes/constants'; console.log(ReplyCode.ServiceReady);`],
  [
    'one enhanced code, namespace subpath',
    `import * as EnhancedStatus from '@smtp-codes/constants/enhanced-status'; console.log(EnhancedStatus.MailboxFull);`,
  ],
  [
    'one bounce reason, namespace subpath',
    `import * as BounceReason from '@smtp-codes/constants/bounce-reason'; console.log(BounceReason.UserUnknown);`,
  ],
  ['describeReason, English', `import { describeReason } from '@smtp-codes/constants'; console.log(describeReason('user-unknown').title);`],
  [
    'describeReason, jaReasons',
    `import { describeReason } from '@smtp-codes/constants'; import { jaReasons } from '@smtp-codes/constants/locales/ja'; console.log(describeReason('user-unknown', jaReasons).title);`,
  ],
  ['classOf + isTransient', `import { classOf, isTransient } from '@smtp-codes/constants'; console.log(classOf(550), isTransient(451));`],
  ['describeReply, English', `import { describeReply } from '@smtp-codes/constants'; console.log(describeReply(550).title);`],
  [
    'describeReply + describeEnhanced, Japanese',
    `import { describeReply, describeEnhanced } from '@smtp-codes/constants'; import { ja } from '@smtp-codes/constants/locales/ja'; console.log(describeReply(550, ja).title, describeEnhanced('5.1.1', ja).title);`,
  ],
  [
    'describeReply + describeEnhanced, jaMeanings',
    `import { describeReply, describeEnhanced } from '@smtp-codes/constants'; import { jaMeanings } from '@smtp-codes/constants/locales/ja'; console.log(describeReply(550, jaMeanings).title, describeEnhanced('5.1.1', jaMeanings).title);`,
  ],
  ['describeCommand, English', `import { describeCommand } from '@smtp-codes/constants'; console.log(describeCommand('RCPT').title);`],
  [
    'describeReply, Russian',
    `import { describeReply } from '@smtp-codes/constants'; import { ru } from '@smtp-codes/constants/locales/ru'; console.log(describeReply(550, ru).title);`,
  ],
];

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/u;
const CYRILLIC = /[\u0400-\u04ff]/u;

export async function measure() {
  const rows = [];
  for (const [name, source] of cases) {
    const result = await build({
      stdin: { contents: source, resolveDir: import.meta.dirname, loader: 'js' },
      bundle: true,
      minify: true,
      format: 'esm',
      write: false,
      platform: 'neutral',
      charset: 'utf8',
    });
    const code = result.outputFiles[0].contents;
    const text = new TextDecoder().decode(code);
    rows.push({
      name,
      bytes: code.length,
      gzip: gzipSync(code).length,
      japanese: JAPANESE.test(text),
      cyrillic: CYRILLIC.test(text),
      // A concept title and a command title of the spec: the parts that only describeCommand and
      // the full locale objects need.
      extras: text.includes('Reply line length') || text.includes('Pipelining'),
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  const base = rows.find((r) => r.name === 'describeReply, English').bytes;
  console.log('bundle size (esbuild --bundle --minify, ESM)');
  console.log(`${'case'.padEnd(46)} ${'bytes'.padStart(8)} ${'gzip'.padStart(7)}  ratio-to-en  ja  ru`);
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(46)} ${String(r.bytes).padStart(8)} ${String(r.gzip).padStart(7)}  ${(r.bytes / base).toFixed(2).padStart(11)}  ${r.japanese ? 'yes' : 'no '} ${r.cyrillic ? 'yes' : 'no'}`,
    );
  }
  const one = rows[0];
  const en = rows.find((r) => r.name === 'describeReply, English');
  console.log(
    `target: one constant < 1024 B: ${one.bytes} B ${one.bytes < 1024 ? 'OK' : 'MISSED'}; English bundle free of ja/ru text: ${!en.japanese && !en.cyrillic ? 'OK' : 'MISSED'}`,
  );
}
