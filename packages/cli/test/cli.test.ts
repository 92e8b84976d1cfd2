// The real bin (dist/cli.mjs) as a child process. Not a terminal here: no escape codes expected.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ANSI, cli, expectNoStack, ROOT } from './helpers.js';

const MAIN_JOB = '550 5.1.1 <bob@example.com>: Recipient address rejected';
const VERSION = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).version;

describe('explain', () => {
  it('the main job, in English by default', () => {
    const r = cli(['explain', MAIN_JOB]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('550 5.1.1 — Permanent error  (SMTP reply, line 1)');
    expect(r.stdout).toContain('Reply text  <bob@example.com>: Recipient address rejected');
    expect(r.stdout).toContain('Reply code 550 — Mailbox unavailable');
    expect(r.stdout).toContain('Enhanced status code 5.1.1 — Bad destination mailbox address');
    expect(r.stdout).toContain('Retry\n  Permanent error: do not retry unchanged.');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('--lang ja', () => {
    const r = cli(['explain', MAIN_JOB, '--lang', 'ja']);
    expect(r.status).toBe(0);
    for (const s of [
      '550 5.1.1 — 恒久的エラー  (SMTP 応答、1 行目)',
      '応答テキスト',
      '応答コード 550 — メールボックスが利用できない',
      '拡張ステータスコード 5.1.1',
      'サブジェクト 1',
      '詳細 1',
      '再試行\n  恒久的エラーです。',
    ]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).not.toContain('件名');
  });

  it('--lang=ru', () => {
    const r = cli(['explain', '--lang=ru', MAIN_JOB]);
    expect(r.status).toBe(0);
    for (const s of [
      'Постоянная ошибка',
      'Текст ответа',
      'Код ответа 550 — Почтовый ящик недоступен',
      'Расширенный код состояния 5.1.1',
      'Категория 1',
      'Уточнение 1',
      'Повторная попытка',
    ]) {
      expect(r.stdout).toContain(s);
    }
    expect(r.stdout).not.toContain('отклик');
  });

  it('unquoted words are one text; TEXT or stdin; `-` is stdin', () => {
    expect(cli(['explain', '550', '5.1.1', 'User', 'unknown']).stdout).toContain('Reply text  User unknown');
    const dsn =
      'Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550-5.1.1 No such\n 550 5.1.1 user\n';
    const r = cli(['explain'], { input: dsn });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('(DSN Status field, line 3)');
    expect(r.stdout).toContain('(DSN Diagnostic-Code field, line 4)');
    expect(r.stdout).toContain('Recipient   bob@example.com');
    expect(cli(['explain', '-'], { input: '421 4.7.0 closing\r\n' }).stdout).toContain('reconnect later');
  });

  it('each log format', () => {
    const lines = {
      'Postfix log line':
        'postfix/smtp[1]: 4F: to=<bob@example.com>, relay=mx[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command))',
      'Exim log line':
        '** bob@example.com R=dnslookup T=remote_smtp: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 No such user',
      'Sendmail log line': 'sm-mta[1]: x: to=<bob@example.com>, mailer=esmtp, dsn=5.1.1, stat=User unknown',
    };
    for (const [label, line] of Object.entries(lines)) {
      const r = cli(['explain', line]);
      expect(r.status, label).toBe(0);
      expect(r.stdout).toContain(`(${label}, line 1)`);
      expect(r.stdout).toContain('Bad destination mailbox address');
    }
  });

  it('--json: JSON Lines, one object per reply', () => {
    const r = cli(['explain', '--json'], { input: '250 2.1.0 Ok\r\n550 5.1.1 User unknown\r\n354 Go ahead\r\n' });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const objects = lines.map((l) => JSON.parse(l));
    expect(objects.map((o) => o.code)).toEqual([250, 550, 354]);
    expect(Object.keys(objects[1]).sort()).toEqual(
      [
        'basic',
        'code',
        'context',
        'enhanced',
        'enhancedStatus',
        'error',
        'kind',
        'line',
        'lines',
        'locale',
        'notes',
        'provider',
        'reason',
        'retry',
        'severity',
        'source',
        'text',
        'warnings',
      ].sort(),
    );
    expect(objects[1]).toMatchObject({
      kind: 'reply',
      line: 2,
      enhanced: '5.1.1',
      text: 'User unknown',
      basic: { title: 'Mailbox unavailable' },
      enhancedStatus: { title: 'Bad destination mailbox address', subject: { value: 1 } },
      retry: { action: 'fail', closing: false },
      severity: 'permanent-negative',
    });
    const ja = JSON.parse(cli(['explain', '--json', '--lang', 'ja', MAIN_JOB]).stdout);
    expect(ja.locale).toBe('ja');
    expect(ja.basic.title).toBe('メールボックスが利用できない');
  });

  it('--strict: exit 1 when the input cannot be parsed, 0 when it can', () => {
    const bad = cli(['explain', '--strict'], { input: '250 Ok\r\n550-5.1.1 User unknown\r\n' });
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('Parse error');
    expect(bad.stderr).toBe('smtp-codes: the input could not be parsed in strict mode\n');
    expectNoStack(bad);
    expect(cli(['explain', '--strict', MAIN_JOB]).status).toBe(0);
    expect(cli(['explain', '--strict'], { input: '550-5.1.1 a\r\n551 5.1.1 b\r\n' }).status).toBe(1);
    // Lenient (the default) explains what it can and exits 0.
    expect(cli(['explain'], { input: '550-5.1.1 a\r\n551 5.1.1 b\r\n' }).status).toBe(0);
  });

  it('nothing to explain: exit 1 and a one-line message', () => {
    const r = cli(['explain', 'hello world']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('smtp-codes: No SMTP reply or code found in the input.\n');
    const invalid = cli(['explain', '999']);
    expect(invalid.status).toBe(1);
    expect(invalid.stdout).toContain('999 is not a valid reply code');
  });
});

describe('language from the environment', () => {
  it('LANG, LC_MESSAGES, LC_ALL in POSIX order; --lang wins', () => {
    expect(cli(['explain', '550'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toContain('応答コード 550');
    expect(cli(['explain', '550'], { env: { LANG: 'ru_RU.UTF-8' } }).stdout).toContain('Код ответа 550');
    expect(cli(['explain', '550'], { env: { LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8' } }).stdout).toContain('Код ответа 550');
    expect(cli(['explain', '550'], { env: { LANG: 'ja_JP.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LC_ALL: 'C' } }).stdout).toContain(
      'Reply code 550',
    );
    expect(cli(['explain', '550'], { env: { LC_ALL: 'ja_JP.UTF-8', LANG: 'en_US.UTF-8' } }).stdout).toContain('応答コード 550');
    expect(cli(['explain', '550'], { env: { LANG: 'de_DE.UTF-8' } }).stdout).toContain('Reply code 550');
    expect(cli(['explain', '550', '--lang', 'en'], { env: { LANG: 'ja_JP.UTF-8' } }).stdout).toContain('Reply code 550');
  });

  it('usage errors speak the language too', () => {
    expect(cli(['frobnicate'], { env: { LANG: 'ja_JP.UTF-8' } }).stderr).toBe(
      'smtp-codes: 不明なコマンド「frobnicate」です (--help を参照してください)\n',
    );
    expect(cli(['frobnicate', '--lang', 'ru']).stderr).toBe('smtp-codes: неизвестная команда «frobnicate» (см. --help)\n');
  });
});

describe('colour', () => {
  it('none when stdout is not a terminal, or with NO_COLOR; FORCE_COLOR forces it; NO_COLOR wins', () => {
    expect(cli(['explain', MAIN_JOB]).stdout).not.toMatch(ANSI);
    expect(cli(['explain', MAIN_JOB], { env: { NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(cli(['explain', MAIN_JOB], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(cli(['explain', MAIN_JOB], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(ANSI);
    expect(cli(['explain', MAIN_JOB], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(ANSI);
    expect(cli(['list'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
    expect(cli(['scan'], { input: '550 5.1.1 x\n', env: { FORCE_COLOR: '1' } }).stdout).toMatch(ANSI);
  });
});

describe('list and show', () => {
  it('list: every code, in each language, and as JSON', () => {
    const en = cli(['list']);
    expect(en.status).toBe(0);
    expect(en.stdout).toContain('Reply codes\n');
    expect(en.stdout).toContain('  550  Mailbox unavailable');
    expect(en.stdout).toContain('Enhanced status codes\n');
    expect(en.stdout).toContain('  X.7.30  REQUIRETLS support required');
    expect(cli(['list', '--lang', 'ja']).stdout).toContain('拡張ステータスコード');
    expect(cli(['list', '--lang', 'ru']).stdout).toContain('Расширенные коды состояния');
    const json = JSON.parse(cli(['list', '--json']).stdout);
    expect(json.replyCodes.find((r: { code: number }) => r.code === 421)).toEqual({
      code: 421,
      title: 'Service not available',
      status: 'standard',
    });
    expect(json.enhancedCodes.length).toBeGreaterThan(80);
  });

  it('show: a basic code, an enhanced code, the registry form', () => {
    const basic = cli(['show', '421']);
    expect(basic.status).toBe(0);
    expect(basic.stdout).toContain('421 — Service not available');
    expect(basic.stdout).toContain('https://www.rfc-editor.org/rfc/rfc5321');
    const enhanced = cli(['show', '5.7.1', '--lang', 'ja']);
    expect(enhanced.stdout).toContain('5.7.1 — ');
    expect(enhanced.stdout).toContain('サブジェクト 7');
    const generic = cli(['show', 'X.1.1', '--lang', 'ru']);
    expect(generic.stdout).toContain('X.1.1 — Неверный адрес почтового ящика получателя');
    expect(generic.stdout).toContain('Связанные коды ответа');
    const json = JSON.parse(cli(['show', '550', '--json']).stdout);
    expect(json).toMatchObject({
      type: 'reply',
      code: 550,
      title: 'Mailbox unavailable',
      text: 'Requested action not taken: mailbox unavailable',
    });
    expect(json.references[0]).toMatchObject({ label: 'RFC 5321 §4.2.2', url: 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2' });
    expect(json.associatedEnhanced).toContain('X.1.1');
    expect(json.docsUrl).toBeUndefined();
    expect(basic.stdout).not.toContain('/codes/');
  });

  it('show: with SMTP_CODES_DOCS_URL, the address of the code page in the chosen language', () => {
    const env = { SMTP_CODES_DOCS_URL: 'https://docs.example.org/smtp-codes' };
    const basic = cli(['show', '550'], { env });
    expect(basic.status).toBe(0);
    expect(basic.stdout.trimEnd().split('\n').at(-1)).toBe('  https://docs.example.org/smtp-codes/en/codes/550.html');
    // Enhanced codes are addressed in the registry form, whatever class was asked for.
    expect(cli(['show', '5.7.1', '--lang', 'ja'], { env }).stdout).toContain('https://docs.example.org/smtp-codes/ja/codes/X.7.1.html');
    expect(cli(['show', 'x.1.1', '--lang', 'ru'], { env }).stdout).toContain('https://docs.example.org/smtp-codes/ru/codes/X.1.1.html');
    expect(JSON.parse(cli(['show', '421', '--json'], { env }).stdout).docsUrl).toBe(
      'https://docs.example.org/smtp-codes/en/codes/421.html',
    );
    const bad = cli(['show', '550'], { env: { SMTP_CODES_DOCS_URL: 'docs.example.org' } });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('SMTP_CODES_DOCS_URL must be the docs site');
    expect(cli(['show', '550'], { env: { SMTP_CODES_DOCS_URL: '' } }).stdout).not.toContain('/codes/');
  });
});

describe('help and version', () => {
  it('--help, -h, help, per command, in each language', () => {
    const r = cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Usage:\n  smtp-codes explain [TEXT | FILE...] [--lang en|ja|ru] [--json] [--strict]');
    expect(r.stdout).toContain('smtp-codes scan [FILE...]');
    expect(cli(['-h']).stdout).toBe(r.stdout);
    expect(cli(['help']).stdout).toBe(r.stdout);
    const explain = cli(['explain', '--help']);
    expect(explain.stdout).toContain('--strict');
    expect(explain.stdout).not.toContain('smtp-codes scan [FILE');
    expect(cli(['--help', '--lang', 'ja']).stdout).toContain('使い方:');
    expect(cli(['--help', '--lang', 'ru']).stdout).toContain('Использование:');
  });

  it('--version', () => {
    const r = cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${VERSION}\n`);
  });
});

describe('exit codes and errors', () => {
  it.each([
    [['frobnicate'], 'unknown command "frobnicate" (try --help)'],
    [['explain', '--frob', '550'], 'unknown option "--frob" (try --help)'],
    [['explain', '-x', '550'], 'unknown option "-x" (try --help)'],
    [['list', '--strict'], 'unknown option "--strict" (try --help)'],
    [['explain', '550', '--lang', 'de'], 'unknown language "de": use en, ja or ru'],
    [['explain', '550', '--lang'], 'option "--lang" needs a value'],
    [['show'], 'show needs a code, such as 550 or 5.1.1'],
    [['show', '550', '551'], 'show takes one code'],
    [['show', 'abc'], '"abc" is not a code: give a reply code such as 550 or an enhanced status code such as 5.1.1 or X.1.1'],
    [['show', '999'], '"999" is not a code: give a reply code such as 550 or an enhanced status code such as 5.1.1 or X.1.1'],
    [
      ['show', '259'],
      'unknown code 259: it is not in the reference ("smtp-codes list" shows every code); "smtp-codes explain 259" reads it by its digits',
    ],
    [
      ['show', '5.1.99'],
      'unknown code 5.1.99: it is not in the reference ("smtp-codes list" shows every code); "smtp-codes explain 5.1.99" reads it by its digits',
    ],
    [['scan', '/nonexistent/mail.log'], 'cannot read /nonexistent/mail.log: ENOENT (no such file)'],
    [['scan', '/tmp'], 'cannot read /tmp: EISDIR (is a directory)'],
  ])('%j → exit 2', (args, message) => {
    const r = cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`smtp-codes: ${message}\n`);
    expectNoStack(r);
  });

  it('no command: the help on stderr, exit 2', () => {
    const r = cli([]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Usage:');
  });

  it('hostile input never gives a stack trace', () => {
    for (const input of ['\x00\x01\x02', '\uFFFD'.repeat(1000), `${'5'.repeat(100_000)}\n`, '550 \x1b[31mred\x1b[0m\r\n', '\r\r\r\n\n\n']) {
      const r = cli(['explain'], { input });
      expect([0, 1]).toContain(r.status);
      expectNoStack(r);
      expect(r.stdout).not.toMatch(ANSI);
    }
  });
});

describe('README', () => {
  // The package README and the repository's root README both show the main job's real output in
  // English; the root README also in Japanese and Russian.
  const blocks: Array<[string, string, string[]]> = [
    ['README.md', 'main-job', []],
    ['../../README.md', 'main-job', []],
    ['../../README.md', 'main-job-ja', ['--lang', 'ja']],
    ['../../README.md', 'main-job-ru', ['--lang', 'ru']],
  ];
  it.each(blocks)('%s %s shows the real output of the main job (update with `npm run readme -w smtp-codes`)', (path, name, extra) => {
    const readme = readFileSync(`${ROOT}${path}`, 'utf8');
    const marker = readme.indexOf(`<!-- ${name}:start`);
    expect(marker, `${path} has no ${name} block`).toBeGreaterThanOrEqual(0);
    const start = readme.indexOf('```text\n', marker) + '```text\n'.length;
    const block = readme.slice(start, readme.indexOf(`\`\`\`\n<!-- ${name}:end -->`, start));
    expect(cli(['explain', MAIN_JOB, ...extra]).stdout, `${path} is stale: run \`npm run readme -w smtp-codes\``).toBe(block);
  });

  it('the READMEs lead with the English command; the root README says how to run it from a clone', () => {
    const root = readFileSync(`${ROOT}../../README.md`, 'utf8');
    const pkg = readFileSync(`${ROOT}README.md`, 'utf8');
    for (const readme of [root, pkg]) {
      const first = readme.slice(readme.indexOf('```sh\n'), readme.indexOf('<!-- main-job:start'));
      expect(first).toContain(`explain "${MAIN_JOB}"\n`);
      expect(first).not.toContain('--lang');
    }
    expect(root).toContain(`npm exec smtp-codes -- explain "${MAIN_JOB}"`);
  });
});
