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
    'lookupReply + lookupEnhanced, jaMeanings',
    `import { lookupReply, lookupEnhanced } from '@smtp-codes/constants'; import { jaMeanings } from '@smtp-codes/constants/locales/ja'; console.log(lookupReply(550, jaMeanings).title, lookupEnhanced('5.1.1', jaMeanings).title);`,
  ],
  [
    'describeReply, Russian',
    `import { describeReply } from '@smtp-codes/constants'; import { ru } from '@smtp-codes/constants/locales/ru'; console.log(describeReply(550, ru).title);`,
  ],
  ['replyTitle, English', `import { replyTitle } from '@smtp-codes/constants'; console.log(replyTitle(550));`],
  [
    'replyTitle + enhancedTitle, English',
    `import { replyTitle, enhancedTitle } from '@smtp-codes/constants'; console.log(replyTitle(550), enhancedTitle('5.1.1'));`,
  ],
  [
    'replyTitle + enhancedTitle, jaTitles',
    `import { replyTitle, enhancedTitle } from '@smtp-codes/constants'; import { jaTitles } from '@smtp-codes/constants/locales/ja'; console.log(replyTitle(550, jaTitles), enhancedTitle('5.1.1', jaTitles));`,
  ],
  [
    'replyTitle + enhancedTitle, ruTitles',
    `import { replyTitle, enhancedTitle } from '@smtp-codes/constants'; import { ruTitles } from '@smtp-codes/constants/locales/ru'; console.log(replyTitle(550, ruTitles), enhancedTitle('5.1.1', ruTitles));`,
  ],
  [
    'replyCodes + isReplyCode + isEnhancedStatus',
    `import { replyCodes, isReplyCode, isEnhancedStatus } from '@smtp-codes/constants'; console.log(replyCodes.length, isReplyCode(550), isEnhancedStatus('X.1.1'));`,
  ],
  [
    'replyCodeFor + enhancedStatusFor',
    `import { replyCodeFor, enhancedStatusFor } from '@smtp-codes/constants'; console.log(replyCodeFor('Mailbox unavailable'), enhancedStatusFor('MailboxFull'));`,
  ],
  // The same question asked of the HTTP libraries people come from (dev dependencies of this bench).
  ['peer: http-status-codes getReasonPhrase', `import { getReasonPhrase } from 'http-status-codes'; console.log(getReasonPhrase(404));`],
  ['peer: statuses message', `import statuses from 'statuses'; console.log(statuses.message[404]);`],
];

/**
 * The English title lookups for both kinds of code must stay as small as the peers' (issue 19):
 * 6 KB as the issue counts, 1 KB = 1000 B (its 4.5 KB is the 4531 B measured here). Raised to
 * 6.4 KB by issue 20: `readEnhanced`, the one enhanced-code reader the parser and explain share,
 * replaced a 200 B regular expression with about 660 B of explicit character tests.
 */
export const TITLE_TARGET_BYTES = 6400;

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
      // The peers are CommonJS without an `exports` map; our package resolves through `exports`.
      mainFields: ['module', 'main'],
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
      // A phrase of the English description of 550: the part the title lookups leave out.
      descriptions: text.includes('The most common permanent rejection'),
      // The English title of X.1.1: any English meanings at all.
      english: text.includes('Bad destination mailbox address'),
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
  const titles = rows.find((r) => r.name === 'replyTitle + enhancedTitle, English');
  console.log(
    `target: one constant < 1024 B: ${one.bytes} B ${one.bytes < 1024 ? 'OK' : 'MISSED'}; English bundle free of ja/ru text: ${!en.japanese && !en.cyrillic ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `target: English replyTitle + enhancedTitle <= ${TITLE_TARGET_BYTES} B: ${titles.bytes} B ${titles.bytes <= TITLE_TARGET_BYTES ? 'OK' : 'MISSED'}`,
  );
}
