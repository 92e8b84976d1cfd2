// Input chosen to hurt: control sequences in file names and arguments, locales whose character set
// cannot show Japanese or Russian, server text with characters a viewer would act on, and more
// findings than anyone reads.

import { describe, expect, it } from 'vitest';
import { MAX_EXPLAINED } from '../src/commands/explain.js';
import { nonUtf8Charset } from '../src/env.js';
import { safeStringify } from '../src/format/json.js';
import { cli, expectNoStack } from './helpers.js';

const ESC = '\x1b';
/** The raw control characters a terminal acts on: none may reach it. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: looking for raw controls on purpose
const RAW_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f]/;

describe('user-supplied text is shown escaped', () => {
  it.each([
    ['a command name', [`bo${ESC}[2Jgus`]],
    ['a code for show', ['show', `5${ESC}[2J`]],
    ['a --lang value', ['list', '--lang', `j${ESC}[2Ja`]],
    ['an unknown option', ['list', `--x${ESC}]0;title${'\x07'}`]],
    ['a missing file', ['scan', `x${ESC}[2J.log`]],
  ])('%s', (_, args) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(RAW_CONTROL);
    expect(r.stderr).toContain('\\x1b[2J'.slice(0, 4));
    expectNoStack(r);
  });
});

describe('a locale that cannot show the language', () => {
  it.each([
    ['ja_JP.eucJP', 'eucJP'],
    ['ru_RU.KOI8-R', 'KOI8-R'],
    ['ja_JP.SJIS@euro', 'SJIS'],
  ])('%s: the character set is read', (lang, charset) => {
    expect(nonUtf8Charset({ LANG: lang })).toBe(charset);
  });

  it('UTF-8 in any spelling, no codeset, or none at all: nothing to do', () => {
    for (const LANG of ['ja_JP.UTF-8', 'ru_RU.utf8', 'C', 'ja_JP', 'C.UTF-8']) expect(nonUtf8Charset({ LANG }), LANG).toBeUndefined();
    expect(nonUtf8Charset({})).toBeUndefined();
    // LC_ALL wins over LANG, as for any POSIX program.
    expect(nonUtf8Charset({ LC_ALL: 'ja_JP.UTF-8', LANG: 'ja_JP.eucJP' })).toBeUndefined();
    expect(nonUtf8Charset({ LC_CTYPE: 'ru_RU.KOI8-R', LANG: 'ru_RU.UTF-8' })).toBe('KOI8-R');
  });

  it.each([
    [{ LANG: 'ja_JP.eucJP' }, []],
    [{ LANG: 'ru_RU.KOI8-R' }, []],
    [{ LANG: 'C.KOI8-R' }, ['--lang', 'ru']],
  ])('%o %o: English (ASCII) on stdout, one note on stderr', (env, extra) => {
    const r = cli(['explain', '550 5.1.1 User unknown', ...extra], { env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Mailbox unavailable');
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('UTF-8');
  });

  it('a UTF-8 locale keeps Japanese', () => {
    const r = cli(['explain', '550 5.1.1 User unknown'], { env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.stdout).toContain('メールボックスが利用できない');
    expect(r.stderr).toBe('');
  });
});

describe('JSON output escapes what a viewer would act on', () => {
  it('C1 controls (CSI), DEL, bidi controls and line separators become \\u escapes; the value is the same', () => {
    const value = { text: `a\u009b31mb\u007fc\u202egnp.exe\u2066d\u2028e\u2029f\u200eg`, plain: 'Müller 日本 Почта' };
    const json = safeStringify(value);
    expect(json).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f]/);
    expect(json).toContain('\\u009b');
    expect(json).toContain('\\u202e');
    expect(json).toContain('Müller 日本 Почта');
    expect(JSON.parse(json)).toEqual(value);
  });

  it('explain --json with a CSI and a bidi override in the server text', () => {
    const r = cli(['explain', '--json'], { input: '550 5.1.1 user\u009b2J\u202egnp.exe\r\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202a-\u202e]/);
    expect(r.stdout).toContain('\\u009b');
    expect(JSON.parse(r.stdout.trim()).text).toBe('user\u009b2J\u202egnp.exe');
  });
});

describe('ASCII for a locale that is not UTF-8', () => {
  it('server text outside ASCII is escaped in text output', () => {
    const r = cli(['explain', '550 5.1.1 Müller 日本'], { env: { LANG: 'de_DE.ISO-8859-1' } });
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect(r.stdout).toContain('M\\u{fc}ller');
  });

  it('--json stays valid JSON with the same value', () => {
    const r = cli(['explain', '--json', '550 5.1.1 Müller 日本 — x'], { env: { LANG: 'ru_RU.KOI8-R' } });
    expect(r.stdout).toMatch(/^[\x20-\x7e\n]*$/);
    expect(JSON.parse(r.stdout.trim()).text).toBe('Müller 日本 — x');
  });
});

describe('explain on many findings: the first ones explained, the rest counted (time and memory: bench/explain-limits.mjs)', () => {
  it(`${MAX_EXPLAINED} explanations, then the count by code of the rest`, () => {
    const r = cli(['explain'], { input: '5.1.1\n'.repeat(MAX_EXPLAINED + 4900) });
    expect(r.status).toBe(0);
    expect(r.stdout.match(/^Enhanced status code 5\.1\.1/gm)).toHaveLength(MAX_EXPLAINED);
    expect(r.stdout).toContain('… and 4900 more replies or codes, counted by code but not explained one by one:');
    expect(r.stdout).toMatch(/^ +4900 × 5\.1\.1$/m);
  });

  it('--json: the explanations, then one line with the count of the rest', () => {
    const r = cli(['explain', '--json'], { input: `${'250 ok\r\n'.repeat(MAX_EXPLAINED + 10)}550 5.1.1 no\r\n` });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(MAX_EXPLAINED + 1);
    expect(lines.at(-1)).toEqual({
      omitted: {
        count: 11,
        codes: [
          { code: 250, enhanced: null, count: 10 },
          { code: 550, enhanced: '5.1.1', count: 1 },
        ],
      },
    });
  });

  it('--strict fails on a broken reply past the ones explained', () => {
    const r = cli(['explain', '--strict'], { input: `${'250 ok\r\n'.repeat(MAX_EXPLAINED + 10)}250-a\r\n` });
    expect(r.status).toBe(1);
  });

  it('up to the limit: no count line', () => {
    const r = cli(['explain', '--json'], { input: '250 ok\r\n'.repeat(MAX_EXPLAINED) });
    expect(r.stdout.trim().split('\n')).toHaveLength(MAX_EXPLAINED);
    expect(r.stdout).not.toContain('omitted');
  });
});

describe('standard input reaches the parser as bytes', () => {
  const latin1 = Buffer.from('550 5.1.1 M\xfcller\r\n', 'latin1');

  it('lenient: an invalid-utf8 warning, the text read as ISO-8859-1', () => {
    const r = cli(['explain', '--json'], { input: latin1 });
    const [finding] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(finding.warnings.map((w: { kind: string }) => w.kind)).toEqual(['invalid-utf8']);
    expect(finding.text).toBe('Müller');
  });

  it('strict: the parser rejects it, exit 1', () => {
    const r = cli(['explain', '--strict'], { input: latin1 });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('(invalid-text)');
  });

  it('valid UTF-8 is still non-ascii, a BOM is skipped', () => {
    const r = cli(['explain', '--json'], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('550 5.1.1 Müller\r\n')]) });
    const [finding] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(finding.warnings.map((w: { kind: string }) => w.kind)).toEqual(['non-ascii']);
    expect(finding.line).toBe(1);
  });
});
