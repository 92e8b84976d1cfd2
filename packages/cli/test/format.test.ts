import { en as enLocale } from '@smtp-codes/constants';
import { ja as jaLocale } from '@smtp-codes/constants/locales/ja';
import { ru as ruLocale } from '@smtp-codes/constants/locales/ru';
import { en as enLanguage, explainFinding, extract, LogRecordReader, LogReport } from '@smtp-codes/explain';
import { ja as jaLanguage } from '@smtp-codes/explain/ja';
import { describe, expect, it } from 'vitest';
import { formatJson, formatJsonLines } from '../src/format/json.js';
import { formatList, formatShow, listJson, showJson } from '../src/format/reference.js';
import { formatScanReport } from '../src/format/scan.js';
import { ansi, plain } from '../src/format/style.js';
import { formatExplanation, formatExplanations } from '../src/format/terminal.js';
import { displayWidth, sanitize, wrap } from '../src/format/text.js';
import { en, ja, ru } from '../src/i18n/index.js';
import { ANSI } from './helpers.js';

const explained = (text: string, language = enLanguage) => extract(text).map((f) => explainFinding(f, language));

describe('terminal formatter', () => {
  it('lays out codes, meanings, context and retry advice', () => {
    const [e] = explained(
      'Jan 10 postfix/smtp[1]: 4F: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected (in reply to RCPT TO command))',
    );
    const text = formatExplanation(e!, { messages: en, style: plain, width: 80 });
    const lines = text.split('\n');
    expect(lines[0]).toBe('550 5.1.1 — Permanent error  (Postfix log line, line 1)');
    expect(text).toContain('Reply text       <bob@example.com>: Recipient address rejected');
    expect(text).toContain('Recipient        bob@example.com');
    expect(text).toContain('In reply to      RCPT TO');
    expect(text).toContain('Reply code 550 — Mailbox unavailable');
    expect(text).toContain('Enhanced status code 5.1.1 — Bad destination mailbox address');
    expect(text).toMatch(/Class 5 +Permanent Failure/);
    expect(text).toMatch(/Subject 1 +Addressing Status/);
    expect(text).toMatch(/\nRetry\n {2}Permanent error/);
    expect(text).not.toMatch(ANSI);
    expect(text).not.toContain('`');
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(80);
  });

  it('Japanese labels, wrapped by display width', () => {
    const [e] = explained('550 5.1.1 <bob@example.com>: Recipient address rejected', jaLanguage);
    const text = formatExplanation(e!, { messages: ja, style: plain, width: 60 });
    expect(text.split('\n')[0]).toBe('550 5.1.1 — 恒久的エラー  (SMTP 応答、1 行目)');
    for (const label of [
      '応答テキスト',
      '応答コード 550',
      '拡張ステータスコード 5.1.1',
      'クラス 5',
      'サブジェクト 1',
      '詳細 1',
      '再試行',
    ]) {
      expect(text).toContain(label);
    }
    expect(text).not.toContain('件名');
    for (const line of text.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(60);
  });

  it('colour only with the ansi style', () => {
    const [e] = explained('451 4.7.1 Greylisted');
    expect(formatExplanation(e!, { messages: en, style: ansi })).toMatch(ANSI);
    expect(formatExplanation(e!, { messages: en, style: plain })).not.toMatch(ANSI);
  });

  it('server text cannot inject escape sequences', () => {
    const [e] = explained('550 5.1.1 \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe\r\n');
    const text = formatExplanation(e!, { messages: en, style: plain });
    expect(text).not.toMatch(ANSI);
    expect(text).toContain('\\x1b[2J\\x1b]0;pwned\\x07 \\u{202e}gnp.exe');
    expect(e?.warnings.map((w) => w.kind)).toContain('control-char');
  });

  it('a multiline reply shows one text line per reply line', () => {
    const [e] = explained('250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 1000\r\n');
    const lines = formatExplanation(e!, { messages: en, style: plain }).split('\n');
    const first = lines.findIndex((l) => l.includes('mx.example.com'));
    expect(lines[first]).toMatch(/Reply text +mx\.example\.com$/);
    expect(lines[first + 1]?.trim()).toBe('PIPELINING');
    expect(lines[first + 2]?.trim()).toBe('SIZE 1000');
  });

  it('shows parse errors and warnings with their lines', () => {
    const list = explained('250 Ok\r\n550-5.1.1 User unknown\r\n');
    const text = formatExplanations(list, { messages: en, style: plain });
    expect(text).toContain('Parse error\n  line 3: the input ends inside a reply: no final line (NNN and a space) (incomplete)');
    expect(text).toContain('─');
    const [, w] = explained('250 Ok\r\n250\r\n');
    expect(formatExplanation(w!, { messages: en, style: plain })).toContain(
      'Warnings\n  line 2: the reply is a code without text (bare-code)',
    );
  });
});

describe('JSON formatter', () => {
  it('one object per line', () => {
    const list = explained('250 2.1.0 Ok\r\n550 5.1.1 No\r\n');
    const out = formatJsonLines(list);
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).code)).toEqual([250, 550]);
    expect(out.endsWith('\n')).toBe(true);
    expect(formatJson({ a: 1 })).toBe('{\n  "a": 1\n}\n');
  });
});

describe('text helpers', () => {
  it('display width counts CJK as two columns', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('応答コード')).toBe(10);
    expect(displayWidth('Код ответа')).toBe(10);
  });

  it('display width: emoji are two columns, combining marks none (Unicode tables, not a hand-written list)', () => {
    expect(displayWidth('📬')).toBe(2);
    expect(displayWidth('✅ ok')).toBe(5);
    expect(displayWidth('👍🏽')).toBe(2); // with a skin-tone modifier
    expect(displayWidth('👨‍👩‍👧')).toBe(2); // one ZWJ sequence
    expect(displayWidth('❤️')).toBe(2); // text-default heart made an emoji by U+FE0F
    expect(displayWidth('e\u0301')).toBe(1); // e + combining acute
    expect(displayWidth('Й')).toBe(1); // И + combining breve
    expect(displayWidth('か\u3099')).toBe(2); // か + combining voiced mark
    expect(displayWidth('\u0301')).toBe(0);
    expect(displayWidth('ｱｲｳ')).toBe(3); // halfwidth katakana
    expect(displayWidth('ＡＢ')).toBe(4); // fullwidth Latin
    expect(displayWidth('한국어')).toBe(6);
    expect(displayWidth('𠀋')).toBe(2); // CJK extension B
  });

  it('wraps Japanese without breaking before closing punctuation', () => {
    const lines = wrap(
      '恒久的エラーです。そのまま再試行してはいけません。先にアドレス、メッセージ、またはポリシーの問題を解決します。',
      20,
    );
    for (const l of lines) {
      expect(displayWidth(l)).toBeLessThanOrEqual(22);
      expect('。、」'.includes(l[0]!)).toBe(false);
    }
    expect(lines.join('')).toBe(
      '恒久的エラーです。そのまま再試行してはいけません。先にアドレス、メッセージ、またはポリシーの問題を解決します。',
    );
  });

  it('wraps words', () => {
    expect(wrap('one two three four', 12)).toEqual(['one two', 'three four']);
  });

  it('sanitize leaves ordinary text alone', () => {
    expect(sanitize('Recipient <bob@example.com> — 宛先不明')).toBe('Recipient <bob@example.com> — 宛先不明');
    expect(sanitize('a\tb\x7fc\x9b')).toBe('a\\x09b\\x7fc\\x9b');
  });
});

describe('scan report', () => {
  const report = () => {
    const r = new LogReport();
    const reader = new LogRecordReader(Date.parse('2024-02-01T00:00:00Z'));
    for (const f of extract('550 5.1.1 a\n\n550 5.1.1 b\n\n451 4.7.1 c\n\nStatus: 5.2.2\n')) r.add(reader.read(f));
    return r.summary();
  };
  const options = { messages: en, style: plain, width: 80, lines: 7, files: 1, terminal: false, top: 25, outside: 0, untimed: 0 };

  it('--by code: counts, sorted by count, with meanings and a sample', () => {
    const summary = report();
    expect(summary.byCode.map((r) => [r.count, r.code, r.enhanced])).toEqual([
      [2, 550, '5.1.1'],
      [1, 451, '4.7.1'],
      [1, null, '5.2.2'],
    ]);
    const text = formatScanReport(summary, { ...options, by: 'code' });
    const lines = text.split('\n');
    expect(lines[0]).toBe('Count  Code  Enhanced  Meaning');
    expect(lines[1]).toBe('    2  550   5.1.1     Mailbox unavailable / Bad destination mailbox address');
    expect(lines[2]).toBe('       e.g. a');
    expect(text).toContain('    1  -     5.2.2     Mailbox full');
    expect(text).toContain('4 codes in 7 lines');
    const ruText = formatScanReport(summary, { ...options, messages: ru, files: 2, by: 'code' });
    expect(ruText).toContain('4 кода в 7 строках (2 файла)');
  });

  it('the overview has every breakdown, cut to --top rows', () => {
    const text = formatScanReport(report(), { ...options, by: undefined, top: 1 });
    for (const heading of ['By status', 'By reason', 'By code', 'By recipient domain', 'By remote host'])
      expect(text.split('\n')).toContain(heading);
    expect(text).toContain('    4  not logged  550 5.1.1 ×2, 451 4.7.1 ×1, - 5.2.2 ×1');
    expect(text).toContain('… 2 more (--by, --top)');
    expect(text.startsWith('By status\n')).toBe(true);
  });

  it('an empty report', () => {
    expect(formatScanReport(new LogReport().summary(), { ...options, lines: 0, by: undefined })).toContain('No SMTP codes found.');
  });
});

describe('reference formatters', () => {
  it('list has every basic and enhanced code', () => {
    const data = listJson(enLocale);
    expect(data.replyCodes.length).toBeGreaterThan(40);
    expect(data.replyCodes.map((r) => r.code)).toContain(550);
    expect(data.enhancedCodes.map((r) => r.code)).toEqual(expect.arrayContaining(['X.1.1', 'X.7.30']));
    const i = data.enhancedCodes.findIndex((r) => r.code === 'X.1.9');
    expect(data.enhancedCodes[i + 1]?.code).toBe('X.1.10');
    const text = formatList(jaLocale, { messages: ja, style: plain, width: 80 });
    expect(text).toContain('応答コード\n');
    expect(text).toContain('拡張ステータスコード\n');
    expect(text).toContain('  550  メールボックスが利用できない');
  });

  it('list: "(deprecated)" only after a title that does not say so already', () => {
    const lists = [
      [enLocale, en],
      [jaLocale, ja],
      [ruLocale, ru],
    ] as const;
    for (const [locale, messages] of lists) {
      const lines = formatList(locale, { messages, style: plain, width: 80 }).split('\n');
      const x610 = lines.find((l) => l.startsWith('  X.6.10 '))!;
      const r538 = lines.find((l) => l.startsWith('  538 '))!;
      expect(x610, messages.locale).not.toContain(`(${messages.notes.registryStatus.deprecated})`);
      expect(x610.toLowerCase(), messages.locale).toContain(messages.notes.deprecatedStem);
      expect(r538, messages.locale).toContain(`(${messages.notes.registryStatus.deprecated})`);
    }
  });

  it('show: a basic code with references, commands, variants', () => {
    const data = showJson('250', enLocale)!;
    expect(data.type).toBe('reply');
    const text = formatShow(data, { messages: en, style: plain, width: 100 });
    expect(text).toContain('250 — Requested action completed');
    expect(text).toContain('RFC reply text');
    expect(text).toContain('https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2');
    expect(text).toContain('Meaning after particular commands');
    expect(text).toContain('ETRN');
  });

  it('show: an enhanced code, generic or with class; unknown codes are undefined', () => {
    const data = showJson('5.1.1', enLocale)!;
    const text = formatShow(data, { messages: en, style: plain, width: 100 });
    expect(text).toContain('5.1.1 — Bad destination mailbox address');
    expect(text).toContain('Associated reply codes');
    expect(text).toContain('RFC 3463 §3.2');
    expect(showJson('x.1.1', enLocale)?.type).toBe('enhanced');
    expect(formatShow(showJson('4.7.17', enLocale)!, { messages: en, style: plain, width: 100 })).toContain(
      '4.7.17 is not a defined form: the code is used only as 5.7.17.',
    );
    expect(text).toMatch(/Allowed classes +4, 5 — the registry's basic codes\n/);
    expect(showJson('259', enLocale)).toBeUndefined();
    expect(showJson('5.1.99', enLocale)).toBeUndefined();
  });
});
