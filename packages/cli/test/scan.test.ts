import { readFileSync } from 'node:fs';
import { extract } from '@smtp-codes/explain';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/lines.js';
import { ANSI, cli, expectNoStack, FIXTURE } from './helpers.js';

/** Every (count, code, enhanced) row the fixture should give. */
const EXPECTED: [number, number | null, string | null][] = [
  [5, 550, '5.1.1'],
  [2, 451, '4.7.1'],
  [2, 552, '5.2.2'],
  [2, 554, '5.7.1'],
  [1, 250, null],
  [1, 250, '2.0.0'],
  [1, 421, '4.7.0'],
  [1, 450, '4.7.1'],
  [1, 550, '5.7.1'],
  [1, 552, '5.3.4'],
  [1, null, '4.4.1'],
  [1, null, '5.1.1'],
  [1, null, '5.2.2'],
];

describe('the fixture has every supported log format', () => {
  it('each kind appears', () => {
    const kinds = new Set(extract(readFileSync(FIXTURE, 'utf8')).map((f) => f.kind));
    // The fixture starts with a log line, so extract reads it line by line like scan does.
    expect([...kinds].sort()).toEqual(['dsn-diagnostic', 'dsn-status', 'exim', 'postfix', 'reply', 'sendmail']);
  });
});

describe('scan (the bin)', () => {
  it('a table sorted by count, with meanings', () => {
    const r = cli(['scan', FIXTURE]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Count  Code  Enhanced  Meaning');
    expect(lines[1]).toBe('    5  550   5.1.1     Mailbox unavailable / Bad destination mailbox address');
    expect(r.stdout).toContain('    1  -     4.4.1     No answer from host');
    expect(r.stdout).toContain('20 codes in 29 lines');
    expect(r.stdout).toContain('Postfix log line: 7, Exim log line: 4, Sendmail log line: 4');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--json summary', () => {
    const r = cli(['scan', FIXTURE, '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s).sort()).toEqual(
      ['bytes', 'codes', 'errors', 'files', 'findings', 'kinds', 'lines', 'locale', 'truncatedLines'].sort(),
    );
    expect(s).toMatchObject({ locale: 'en', files: [FIXTURE], lines: 29, findings: 20, errors: 0, truncatedLines: 0 });
    expect(s.bytes).toBe(readFileSync(FIXTURE).length);
    expect(s.kinds).toEqual({ reply: 3, 'dsn-status': 1, 'dsn-diagnostic': 1, postfix: 7, exim: 4, sendmail: 4, code: 0 });
    expect(s.codes.map((c: { count: number; code: number | null; enhanced: string | null }) => [c.count, c.code, c.enhanced])).toEqual(
      EXPECTED,
    );
    expect(s.codes[0]).toEqual({
      code: 550,
      enhanced: '5.1.1',
      count: 5,
      kinds: { postfix: 2, exim: 2, reply: 1 },
      title: 'Mailbox unavailable',
      enhancedTitle: 'Bad destination mailbox address',
      severity: 'permanent-negative',
    });
  });

  it('standard input (no file, or -), several files, other languages', () => {
    const log = readFileSync(FIXTURE, 'utf8');
    const stdin = JSON.parse(cli(['scan', '--json'], { input: log }).stdout);
    expect(stdin.files).toEqual(['-']);
    expect(stdin.findings).toBe(20);
    expect(JSON.parse(cli(['scan', '-', '--json'], { input: log }).stdout).findings).toBe(20);
    const two = JSON.parse(cli(['scan', FIXTURE, FIXTURE, '--json']).stdout);
    expect(two.findings).toBe(40);
    expect(two.codes[0].count).toBe(10);
    const ja = cli(['scan', FIXTURE, '--lang', 'ja']);
    expect(ja.stdout.split('\n')[0]).toBe('件数  コード  拡張   意味');
    expect(ja.stdout).toContain('メールボックスが利用できない / 宛先メールボックスのアドレスが正しくない');
    expect(ja.stdout).toContain('29 行からコードを 20 件検出しました');
    const ru = cli(['scan', FIXTURE, FIXTURE, '--lang', 'ru']);
    expect(ru.stdout).toContain('40 кодов в 58 строках (2 файла)');
  });

  it('CRLF logs, empty input, binary junk: no stack trace', () => {
    const crlf = readFileSync(FIXTURE, 'utf8').replaceAll('\n', '\r\n');
    expect(JSON.parse(cli(['scan', '--json'], { input: crlf }).stdout).findings).toBe(20);
    const empty = cli(['scan']);
    expect(empty.status).toBe(0);
    expect(empty.stdout).toContain('No SMTP codes found.');
    const junk = cli(['scan'], { input: '\x00\xff\xfe'.repeat(10_000) });
    expect(junk.status).toBe(0);
    expectNoStack(junk);
  });

  it('no progress output when stderr is not a terminal', () => {
    expect(cli(['scan', FIXTURE]).stderr).toBe('');
  });
});

describe('LineSplitter', () => {
  const split = (chunks: string[], max?: number) => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l), max);
    for (const c of chunks) s.push(Buffer.from(c, 'latin1'));
    s.end();
    return { lines, truncated: s.truncated };
  };

  it('splits on LF across chunks, drops CR of CRLF, keeps the last unterminated line', () => {
    expect(split(['a\r\nb', 'c\n', '\nd']).lines).toEqual(['a', 'bc', '', 'd']);
    expect(split(['a\r', '\nb\n']).lines).toEqual(['a', 'b']);
    expect(split(['x'.repeat(5), 'y'.repeat(5), '\n']).lines).toEqual(['xxxxxyyyyy']);
  });

  it('cuts lines at the cap, in one chunk or across chunks', () => {
    expect(split(['abcdefghij\nk\n'], 4)).toEqual({ lines: ['abcd', 'k'], truncated: 1 });
    expect(split(['ab', 'cd', 'ef', 'gh\nk\n'], 4)).toEqual({ lines: ['abcd', 'k'], truncated: 1 });
    expect(split(['abcd\n'], 4)).toEqual({ lines: ['abcd'], truncated: 0 });
  });

  it('decodes UTF-8 split across chunks', () => {
    const lines: string[] = [];
    const s = new LineSplitter((l) => lines.push(l));
    const bytes = Buffer.from('応答コード\n', 'utf8');
    for (let i = 0; i < bytes.length; i++) s.push(bytes.subarray(i, i + 1));
    s.end();
    expect(lines).toEqual(['応答コード']);
  });
});
