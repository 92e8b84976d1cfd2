import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import { extract } from '@smtp-codes/explain';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { LineSplitter } from '../src/lines.js';
import { run } from '../src/run.js';
import { ANSI, BIN, cli, EXIM, expectNoStack, FIXTURE, fakeIo, POSTFIX, ROOT, SENDMAIL } from './helpers.js';

const SCHEMA = JSON.parse(readFileSync(`${ROOT}schema/scan.schema.json`, 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'smtp-codes-scan-'));

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
  it('--by code: a table sorted by count, with meanings and a sample under each row', () => {
    const r = cli(['scan', FIXTURE, '--by', 'code']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('Count  Code  Enhanced  Meaning');
    expect(lines[1]).toBe('    5  550   5.1.1     Mailbox unavailable / Bad destination mailbox address');
    expect(lines[2]).toBe('       e.g. <bob@example.com>: Recipient address rejected: User unknown in virtual mailbox table');
    expect(r.stdout).toContain('    1  -     4.4.1     No answer from host');
    expect(r.stdout).toContain('20 codes in 29 lines');
    expect(r.stdout).toContain('Postfix log line: 7, Exim log line: 4, Sendmail log line: 4');
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('the default view is a short overview of every breakdown', () => {
    const r = cli(['scan', FIXTURE]);
    expect(r.status).toBe(0);
    const lines = r.stdout.split('\n');
    for (const heading of ['By status', 'By reason', 'By code', 'By recipient domain', 'By remote host']) expect(lines).toContain(heading);
    expect(r.stdout).toContain('… 8 more (--by, --top)'); // 13 code rows, 5 shown
    expect(cli(['scan', FIXTURE, '--top', '13']).stdout).not.toContain('more (--by, --top)\n\nBy recipient');
  });

  it('--json: schemaVersion and the byStatus, byCode, byDomain, byRelay arrays', () => {
    const r = cli(['scan', FIXTURE, '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(Object.keys(SCHEMA.properties));
    expect(s).toMatchObject({ schemaVersion: 1, locale: 'en', files: [FIXTURE], lines: 29, findings: 20, errors: 0, truncatedLines: 0 });
    expect(s.bytes).toBe(readFileSync(FIXTURE).length);
    expect(s.kinds).toEqual({ reply: 3, 'dsn-status': 1, 'dsn-diagnostic': 1, postfix: 7, exim: 4, sendmail: 4, code: 0 });
    expect(s.byCode.map((c: { count: number; code: number | null; enhanced: string | null }) => [c.count, c.code, c.enhanced])).toEqual(
      EXPECTED,
    );
    expect(s.byCode[0]).toMatchObject({
      key: '550 5.1.1',
      code: 550,
      enhanced: '5.1.1',
      count: 5,
      kinds: { postfix: 2, exim: 2, reply: 1 },
      title: 'Mailbox unavailable',
      enhancedTitle: 'Bad destination mailbox address',
      severity: 'permanent-negative',
      statuses: { bounced: 4, rejected: 0, sent: 0, deferred: 0, expired: 0, unknown: 1 }, // postfix and exim; one plain reply
    });
    // The reason engine (classifyReason) names each code's reason: the six 5.1.1 are user-unknown.
    expect(s.byReason[0]).toMatchObject({ key: 'user-unknown', count: 6, statuses: { bounced: 5, unknown: 1 } });
    for (const by of ['byStatus', 'byCode', 'byReason', 'byDomain', 'byRelay']) {
      expect(s[by].reduce((n: number, row: { count: number }) => n + row.count, 0)).toBe(20);
    }
    // example.com: bob (postfix, exim), grace (exim), heidi (sendmail), kim (DSN Status and Diagnostic-Code)
    // bounced; frank deferred (postfix); mallory rejected (sendmail).
    expect(s.byDomain.find((d: { key: string }) => d.key === 'example.com')).toMatchObject({
      count: 8,
      statuses: { bounced: 6, deferred: 1, rejected: 1, sent: 0, expired: 0, unknown: 0 },
      topCodes: [
        { code: 550, enhanced: '5.1.1', count: 2 },
        { code: 550, enhanced: '5.7.1', count: 1 },
        { code: 552, enhanced: '5.2.2', count: 1 },
      ],
    });
    expect(s.byRelay[0]).toMatchObject({ key: 'mx.example.com', count: 6 });
  });

  it('the --json output validates against the published JSON Schema (ajv)', () => {
    const ajv = new Ajv({ allErrors: true, strict: true, validateFormats: false });
    const validate = ajv.compile(SCHEMA);
    for (const args of [[FIXTURE], [POSTFIX, EXIM, SENDMAIL], [FIXTURE, '--top', '2', '--lang', 'ja'], [EXIM, '--since', '2020-01-01']]) {
      const out = JSON.parse(cli(['scan', ...args, '--json']).stdout);
      expect(validate(out), JSON.stringify(validate.errors)).toBe(true);
    }
    // The schema is not a rubber stamp.
    const out = JSON.parse(cli(['scan', FIXTURE, '--json']).stdout);
    expect(validate({ ...out, byCode: [{ ...out.byCode[0], count: -1 }] })).toBe(false);
    expect(validate({ ...out, extra: 1 })).toBe(false);
    const pkg = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8'));
    expect(pkg.files).toContain('schema');
    expect(pkg.exports['./scan.schema.json']).toBe('./schema/scan.schema.json');
  });

  it('standard input (no file, or -), several files, other languages', () => {
    const log = readFileSync(FIXTURE, 'utf8');
    const stdin = JSON.parse(cli(['scan', '--json'], { input: log }).stdout);
    expect(stdin.files).toEqual(['-']);
    expect(stdin.findings).toBe(20);
    expect(JSON.parse(cli(['scan', '-', '--json'], { input: log }).stdout).findings).toBe(20);
    const two = JSON.parse(cli(['scan', FIXTURE, FIXTURE, '--json']).stdout);
    expect(two.findings).toBe(40);
    expect(two.byCode[0].count).toBe(10);
    const ja = cli(['scan', FIXTURE, '--lang', 'ja', '--by', 'code']);
    expect(ja.stdout.split('\n')[0]).toBe('件数  コード  拡張   意味');
    expect(ja.stdout).toContain('メールボックスが利用できない / 宛先メールボックスのアドレスが正しくない');
    expect(ja.stdout).toContain('29 行からコードを 20 件検出しました');
    expect(cli(['scan', FIXTURE, '--lang', 'ja']).stdout).toContain('受信者ドメイン別');
    const ru = cli(['scan', FIXTURE, FIXTURE, '--lang', 'ru']);
    expect(ru.stdout).toContain('40 кодов в 58 строках (2 файла)');
    expect(ru.stdout).toContain('По удалённому хосту');
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

  it('bad options are usage errors', () => {
    for (const [args, message] of [
      [['--by', 'queue'], 'unknown breakdown "queue"'],
      [['--top', '0'], '--top needs a whole number'],
      [['--top', 'ten'], '--top needs a whole number'],
      [['--since', 'yesterday'], '--since: "yesterday" is not a time'],
      [['--until', '2024-13-01'], '--until: "2024-13-01" is not a time'],
      [['--json', '--ndjson'], '--json and --ndjson cannot be used together'],
    ] as const) {
      const r = cli(['scan', FIXTURE, ...args]);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(message);
      expectNoStack(r);
    }
  });
});

describe('scan: logs written by the real MTAs (test/fixtures/mta/)', () => {
  const json = (...args: string[]) => JSON.parse(cli(['scan', ...args, '--json'], { env: { TZ: 'UTC' } }).stdout);
  const rows = (list: { key: string | null; count: number }[]) => Object.fromEntries(list.map((r) => [r.key, r.count]));
  const tally = (keys: string[]) => {
    const out: Record<string, number> = {};
    for (const k of keys) out[k] = (out[k] ?? 0) + 1;
    return out;
  };

  it('postfix: statuses, domains and enhanced codes as its own status= and dsn= fields say', () => {
    const log = readFileSync(POSTFIX, 'utf8').split('\n');
    // An independent reading: every line with dsn= and status=, and every NOQUEUE reject.
    const delivery = log.filter((l) => / dsn=\d/.test(l) && / status=/.test(l));
    const rejects = log.filter((l) => l.includes('NOQUEUE: reject: '));
    expect(delivery.length).toBeGreaterThan(10);
    expect(rejects.length).toBe(1);
    const status = (l: string) => /status=(\w+)/.exec(l)![1]!;
    const s = json(POSTFIX);
    expect(s.findings).toBe(delivery.length + rejects.length);
    expect(rows(s.byStatus)).toEqual(tally([...delivery.map(status), ...rejects.map(() => 'rejected')]));
    const domain = (l: string) => /to=<[^>]*@([^>]+)>/.exec(l)![1]!;
    expect(rows(s.byDomain)).toEqual(tally([...delivery, ...rejects].map(domain)));
    const enhanced = tally([
      ...delivery.map((l) => /dsn=(\d\.\d+\.\d+)/.exec(l)![1]!),
      ...rejects.map((l) => / (\d\.\d+\.\d+) /.exec(l)![1]!),
    ]);
    const ours: Record<string, number> = {};
    for (const r of s.byCode) ours[r.enhanced] = (ours[r.enhanced] ?? 0) + r.count;
    expect(ours).toEqual(enhanced);
  });

  it('exim: => confirmations (C="..."), == deferrals and ** failures', () => {
    const log = readFileSync(EXIM, 'utf8').split('\n');
    const sent = log.filter((l) => / => \S+ .* C="\d{3} /.test(l));
    const deferred = log.filter((l) => / == .*SMTP error from remote mail server/.test(l));
    const bounced = log.filter((l) => / \*\* .*SMTP error from remote mail server/.test(l));
    expect(sent.length).toBeGreaterThan(0);
    const s = json(EXIM);
    expect(rows(s.byStatus)).toEqual({ sent: sent.length, deferred: deferred.length, bounced: bounced.length });
    const code = (l: string) => /(?:C="|: )(\d{3})[ -]/.exec(l.slice(l.indexOf(' R=')))![1]!;
    const ours: Record<string, number> = {};
    for (const r of s.byCode) ours[String(r.code)] = (ours[String(r.code)] ?? 0) + r.count;
    expect(ours).toEqual(tally([...sent, ...deferred, ...bounced].map(code)));
    expect(rows(s.byRelay)).toEqual(tally([...sent, ...deferred, ...bounced].map((l) => / H=\S+ \[([0-9.]+)\]/.exec(l)![1]!)));
  });

  it('sendmail: statuses as its stat=, dsn= and reject= fields say', () => {
    const log = readFileSync(SENDMAIL, 'utf8').split('\n');
    const delivery = log.filter((l) => / dsn=\d\.\d+\.\d+, /.test(l) && / stat=/.test(l));
    const rejects = log.filter((l) => /ruleset=\w+, .*reject=\d{3} /.test(l));
    expect(delivery.length).toBeGreaterThan(0);
    const status = (l: string) => {
      const stat = /stat=(\w+)/.exec(l)![1]!;
      if (stat === 'Sent') return 'sent';
      if (stat === 'Deferred') return 'deferred';
      return /dsn=5/.test(l) ? 'bounced' : /dsn=4/.test(l) ? 'deferred' : 'sent';
    };
    const s = json(SENDMAIL);
    expect(rows(s.byStatus)).toEqual(tally([...delivery.map(status), ...rejects.map(() => 'rejected')]));
    // The first address of `to=` (bare or in <>), or the rejected `arg1=`.
    const domain = (l: string) => /(?:to|arg1)=<?[^@,>\s]*@([^,>\s]+)/.exec(l)?.[1] ?? null;
    expect(rows(s.byDomain)).toEqual(tally([...delivery, ...rejects].map((l) => String(domain(l)))));
  });

  it('the time window: ISO stamps (exim) and syslog stamps (postfix), with the counts left out', () => {
    const exim = readFileSync(EXIM, 'utf8').split('\n');
    const stamps = exim.filter((l) => / (=>|==|\*\*) .*(C="|SMTP error)/.test(l)).map((l) => l.slice(0, 19));
    const cut = stamps[Math.floor(stamps.length / 2)]!;
    const after = stamps.filter((t) => t >= cut).length;
    const s = json(EXIM, '--since', `${cut.replace(' ', 'T')}Z`);
    expect(s.findings).toBe(after);
    expect(s.outsideWindow).toBe(stamps.length - after);
    expect(json(EXIM, '--until', `${cut.replace(' ', 'T')}Z`).findings).toBe(stamps.length - after);
    // Postfix: "Dec 08 01:24:55"; the file's mtime dates it, --since takes the same form.
    const postfix = readFileSync(POSTFIX, 'utf8')
      .split('\n')
      .filter((l) => / dsn=\d/.test(l) || l.includes('NOQUEUE: reject'));
    const late = postfix.filter((l) => l.slice(7, 15) >= '01:25:00').length;
    expect(late).toBeGreaterThan(0);
    expect(late).toBeLessThan(postfix.length);
    const copy = join(tmp, 'postfix.log');
    writeFileSync(copy, readFileSync(POSTFIX));
    utimesSync(copy, new Date('2026-12-08T12:00:00Z'), new Date('2026-12-08T12:00:00Z'));
    expect(json(copy, '--since', 'Dec 8 01:25:00').findings).toBe(late);
  });

  it('a log across New Year: the month going back means the next year', () => {
    const file = join(tmp, 'newyear.log');
    const line = (stamp: string, user: string) =>
      `${stamp} mx1 postfix/smtp[1]: 4F1A22C0123: to=<${user}@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command))`;
    writeFileSync(
      file,
      `${[line('Dec 31 23:59:58', 'a'), line('Dec 31 23:59:59', 'b'), line('Jan  1 00:00:01', 'c'), line('Jan  1 00:00:02', 'd')].join('\n')}\n`,
    );
    // Written on New Year's morning: December is last year, January this year.
    utimesSync(file, new Date('2025-01-01T08:00:00Z'), new Date('2025-01-01T08:00:00Z'));
    expect(json(file, '--since', '2025-01-01T00:00:00Z').findings).toBe(2);
    expect(json(file, '--until', '2025-01-01T00:00:00Z').findings).toBe(2);
    expect(json(file, '--since', '2024-12-31T23:59:59Z').findings).toBe(3);
    const nd = cli(['scan', file, '--ndjson'], { env: { TZ: 'UTC' } })
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l).time);
    expect(nd).toEqual(['2024-12-31T23:59:58.000Z', '2024-12-31T23:59:59.000Z', '2025-01-01T00:00:01.000Z', '2025-01-01T00:00:02.000Z']);
    // Lines without a time (a reply pasted into the log) cannot be placed in a window: counted apart.
    writeFileSync(file, `${line('Dec 31 23:59:58', 'a')}\n550 5.1.1 pasted\n`);
    expect(json(file, '--since', '2000-01-01')).toMatchObject({ findings: 1, untimed: 1 });
  });
});

describe('scan --ndjson', () => {
  it('one object per code found, with time, host, queue id, recipient, domain, relay, status and codes', () => {
    const r = cli(['scan', POSTFIX, EXIM, '--ndjson'], { env: { TZ: 'UTC' } });
    expect(r.status).toBe(0);
    const records = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const total = JSON.parse(cli(['scan', POSTFIX, EXIM, '--json']).stdout).findings;
    expect(records.length).toBe(total);
    const bounce = records.find((x) => x.recipient?.startsWith('nosuchuser@') && x.kind === 'postfix');
    expect(Object.keys(bounce)).toEqual([
      'time',
      'host',
      'queueId',
      'recipient',
      'domain',
      'relay',
      'status',
      'mtaStatus',
      'code',
      'enhanced',
      'reason',
      'text',
      'kind',
      'file',
      'line',
    ]);
    expect(bounce).toMatchObject({
      host: 'mx1',
      domain: 'example.com',
      relay: '127.0.0.1',
      status: 'bounced',
      mtaStatus: 'bounced',
      code: 550,
      enhanced: '5.1.1',
      reason: 'user-unknown',
      file: POSTFIX,
    });
    expect(bounce.time).toMatch(/^2026-12-08T01:2\d:\d\d\.000Z$/);
    expect(bounce.queueId).toMatch(/^[0-9A-F]{10,}$/);
    const sent = records.find((x) => x.kind === 'exim' && x.status === 'sent');
    expect(sent).toMatchObject({ host: null, code: 250, enhanced: '2.0.0', mtaStatus: 'delivered', reason: 'delivered' });
    expect(sent.queueId).toMatch(/^[0-9A-Za-z]{6}-[0-9A-Za-z]{6}-[0-9A-Za-z]{2}$/);
  });
});

describe('scan --ndjson: escaping and the terminal charset', () => {
  const line =
    'Jan 10 10:00:01 mx1 postfix/smtp[1]: 4F1A22C0123: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 M\u00fcller \u009b2J \u202e gone (in reply to RCPT TO command))\n';

  it('C1 controls and bidi overrides in server text are \\u escapes, the value unchanged', () => {
    const out = cli(['scan', '--ndjson'], { input: line }).stdout;
    expect(out).toContain('M\u00fcller \\u009b2J \\u202e gone');
    expect(JSON.parse(out).text).toBe('M\u00fcller \u009b2J \u202e gone');
  });

  it('a non-UTF-8 locale gets ASCII JSON, the same value', () => {
    const out = cli(['scan', '--ndjson'], { input: line, env: { LANG: 'ru_RU.KOI8-R' } }).stdout;
    expect(out).toContain('M\\u00fcller');
    expect([...out].every((ch) => ch.charCodeAt(0) < 0x80)).toBe(true);
    expect(JSON.parse(out).text).toBe('M\u00fcller \u009b2J \u202e gone');
  });
});

describe('scan: gzip, directories, terminals (issue 16 rows 14-16)', () => {
  it('reads gzip files and gzip on standard input (magic bytes), with the same counts as the plain file', () => {
    const plain = JSON.parse(cli(['scan', POSTFIX, '--json']).stdout);
    const gz = join(tmp, 'mail.log.2.gz');
    writeFileSync(gz, gzipSync(readFileSync(POSTFIX)));
    const fromFile = JSON.parse(cli(['scan', gz, '--json']).stdout);
    expect({ ...fromFile, files: plain.files }).toEqual(plain);
    const fromStdin = spawnSync(process.execPath, [BIN, 'scan', '--json'], { input: readFileSync(gz), encoding: 'utf8' });
    expect({ ...JSON.parse(fromStdin.stdout), files: plain.files }).toEqual(plain);
    // A gzip file that is cut short is an error naming the file, not a silent partial count.
    const cut = join(tmp, 'cut.gz');
    writeFileSync(cut, readFileSync(gz).subarray(0, 200));
    const r = cli(['scan', cut]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`cannot read ${cut}: gzip: unexpected end of file`);
  });

  it('standard input that is a directory is an error, exit 2 (scan and explain)', () => {
    for (const command of ['scan', 'explain']) {
      const fd = openSync(tmp, 'r');
      const r = spawnSync(process.execPath, [BIN, command], { stdio: [fd, 'pipe', 'pipe'], encoding: 'utf8' });
      closeSync(fd);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        'smtp-codes: standard input is a directory, not a file: redirect a file instead (< FILE), or name it as an argument\n',
      );
    }
  });

  it('scan without a file on a terminal prints a hint instead of waiting', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(['scan'], fakeIo({ stdinIsTTY: true, stdout: (s) => out.push(s), stderr: (s) => err.push(s) }));
    expect(code).toBe(2);
    expect(out).toEqual([]);
    expect(err.join('')).toContain('scan reads mail logs: give a file (smtp-codes scan /var/log/mail.log)');
  });

  it('progress on stderr only when stderr is a terminal and reading takes over a second', async () => {
    const err: string[] = [];
    let t = 0;
    const stdin = Readable.from(
      (async function* () {
        for (let i = 0; i < 5; i++) {
          t += 600;
          yield Buffer.from(`${readFileSync(FIXTURE, 'utf8')}`);
        }
      })(),
    );
    const realNow = Date.now;
    Date.now = () => realNow() + t;
    try {
      await run(['scan', '--json'], fakeIo({ stdin, stderrIsTTY: true, stderr: (s) => err.push(s) }));
    } finally {
      Date.now = realNow;
    }
    expect(err.join('')).toContain('\r\x1b[K-: 0.0');
    expect(err.join('')).toContain(' MB');
    const quiet: string[] = [];
    await run(['scan', FIXTURE], fakeIo({ stderrIsTTY: true, stderr: (s) => quiet.push(s) }));
    expect(quiet).toEqual([]);
  });

  it('a Postfix reply flattened into more than 1000 parts: too-many-lines, one finding', () => {
    const parts = Array.from({ length: 1200 }, (_, i) => `550-5.1.1 part${i}`).join(' ');
    const line = `Jan 10 10:00:03 mx1 postfix/smtp[1236]: 6C3D44E0345: to=<dave@mail.example>, relay=mx1.mail.example[203.0.113.26]:25, dsn=5.1.1, status=bounced (host mx1.mail.example[203.0.113.26] said: ${parts} 550 5.1.1 end (in reply to RCPT TO command))\n`;
    const explained = JSON.parse(cli(['explain', '--json'], { input: line }).stdout.trim());
    expect(explained.error.kind).toBe('too-many-lines');
    // And raw reply lines that never end: one reply, one finding.
    const s = JSON.parse(cli(['scan', '--json'], { input: '550-5.1.1 more\n'.repeat(5000) }).stdout);
    expect(s).toMatchObject({ findings: 1, errors: 1 });
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
