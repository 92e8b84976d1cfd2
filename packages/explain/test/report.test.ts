import { parseReply } from '@smtp-codes/parser';
import { describe, expect, it } from 'vitest';
import { plainReply } from '../src/embedded.js';
import {
  deliveryStatus,
  domainOf,
  extract,
  LineScanner,
  LogClock,
  LogRecordReader,
  LogReport,
  matchExim,
  parseTimeBound,
  readLogHeader,
  relayOf,
} from '../src/index.js';

// Stamps without an offset are local time: the expectations are written for UTC.
process.env.TZ = 'UTC';

const POSTFIX_BOUNCE =
  'Jan 10 10:00:01 mx1 postfix/smtp[1234]: 4F1A22C0123: to=<bob@Example.COM>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command))';
const EXIM_DELIVERED =
  '2024-01-10 10:00:08 1rNabc-0001Xy-AB => carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.2] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes C="250 2.0.0 Ok: queued as 9B3C21F" QT=1s DT=0s';

describe('log headers', () => {
  it('syslog: time without a year, host, queue id', () => {
    expect(readLogHeader(POSTFIX_BOUNCE)).toEqual({
      time: { year: null, month: 1, day: 10, hour: 10, minute: 0, second: 1, millisecond: 0, offset: null },
      host: 'mx1',
      queueId: '4F1A22C0123',
    });
    expect(readLogHeader('Jan  5 09:08:07 mx1 postfix/smtpd[1]: NOQUEUE: reject: RCPT from x[192.0.2.1]: 554 5.7.1 no')).toMatchObject({
      time: { month: 1, day: 5, hour: 9 },
      queueId: 'NOQUEUE',
    });
    expect(readLogHeader('Dec 08 01:24:35 mx1 postfix/master[29357]: daemon started')).toMatchObject({ host: 'mx1', queueId: null });
  });

  it('RFC 3339 syslog and Exim stamps carry a year (and an offset when written)', () => {
    expect(readLogHeader('2024-01-10T10:00:01.123456+01:00 mx1 postfix/smtp[1]: 4F1A22C0123: to=<a@b>')).toEqual({
      time: { year: 2024, month: 1, day: 10, hour: 10, minute: 0, second: 1, millisecond: 123, offset: 60 },
      host: 'mx1',
      queueId: '4F1A22C0123',
    });
    expect(readLogHeader(EXIM_DELIVERED)).toEqual({
      time: { year: 2024, month: 1, day: 10, hour: 10, minute: 0, second: 8, millisecond: 0, offset: null },
      host: null,
      queueId: '1rNabc-0001Xy-AB',
    });
    expect(readLogHeader('2024-01-10 10:00:08 +0100 [4242] 1rNabc-0001Xy-AB ** x@y')).toMatchObject({
      time: { offset: 60 },
      queueId: '1rNabc-0001Xy-AB',
    });
  });

  it('no stamp: nothing', () => {
    expect(readLogHeader('550 5.1.1 No such user')).toEqual({ time: null, host: null, queueId: null });
    expect(readLogHeader('Foo 10 10:00:01 x')).toEqual({ time: null, host: null, queueId: null });
  });
});

describe('LogClock and time bounds', () => {
  const stamp = (s: string) => readLogHeader(`${s} mx postfix/smtp[1]: x`).time!;
  const iso = (ms: number) => new Date(ms).toISOString();

  it('a yearless stamp takes the year that is not after the reference; the month going back is a new year', () => {
    const clock = new LogClock(Date.parse('2025-01-01T08:00:00Z'));
    expect(iso(clock.resolve(stamp('Dec 31 23:59:59')))).toBe('2024-12-31T23:59:59.000Z');
    expect(iso(clock.resolve(stamp('Jan  1 00:00:01')))).toBe('2025-01-01T00:00:01.000Z');
    // A line logged out of order across the turn of the year stays in the old year, and the next
    // line is in the new one again.
    expect(iso(clock.resolve(stamp('Dec 31 23:59:58')))).toBe('2024-12-31T23:59:58.000Z');
    expect(iso(clock.resolve(stamp('Jan  1 00:00:02')))).toBe('2025-01-01T00:00:02.000Z');
    expect(iso(clock.resolve(stamp('Feb  1 00:00:00')))).toBe('2025-02-01T00:00:00.000Z');
  });

  it('a log that ends in the reference year', () => {
    const clock = new LogClock(Date.parse('2024-06-01T00:00:00Z'));
    expect(iso(clock.resolve(stamp('May 31 10:00:00')))).toBe('2024-05-31T10:00:00.000Z');
    // Stamps after the reference (+1 day) belong to the year before.
    expect(iso(new LogClock(Date.parse('2024-06-01T00:00:00Z')).resolve(stamp('Jul  1 10:00:00')))).toBe('2023-07-01T10:00:00.000Z');
  });

  it('--since/--until values: relative, ISO, syslog; anything else is undefined', () => {
    const now = Date.parse('2025-03-10T12:00:00Z');
    expect(parseTimeBound('2h', now)).toBe(now - 2 * 3600_000);
    expect(parseTimeBound('1d', now)).toBe(now - 86_400_000);
    expect(parseTimeBound('90s', now)).toBe(now - 90_000);
    expect(parseTimeBound('2024-11-23T23:19:49Z', now)).toBe(Date.parse('2024-11-23T23:19:49Z'));
    expect(parseTimeBound('2024-11-23 23:19:49+01:00', now)).toBe(Date.parse('2024-11-23T22:19:49Z'));
    expect(parseTimeBound('2024-11-23', now)).toBe(Date.parse('2024-11-23T00:00:00Z'));
    // Syslog: the latest such time that is not after now.
    expect(parseTimeBound('Nov 23 23:19:49', now)).toBe(Date.parse('2024-11-23T23:19:49Z'));
    expect(parseTimeBound('Mar  9 10:00', now)).toBe(Date.parse('2025-03-09T10:00:00Z'));
    for (const bad of ['yesterday', '2h ago', '2024-13-01', 'Foo 1', '', '-1d']) expect(parseTimeBound(bad, now)).toBeUndefined();
  });
});

describe('Exim delivery confirmations', () => {
  it('=> with C="..." is a finding with the server reply, recipient and host', () => {
    const m = matchExim(EXIM_DELIVERED);
    expect(m).toEqual({
      kind: 'exim',
      replyText: '250 2.0.0 Ok: queued as 9B3C21F',
      reason: null,
      context: { status: 'delivered', command: 'end of data', recipient: 'carol@example.net', host: 'mx.example.net [198.51.100.2]' },
    });
    const [f] = extract(EXIM_DELIVERED);
    expect(f).toMatchObject({ kind: 'exim', code: 250, enhanced: '2.0.0', text: 'Ok: queued as 9B3C21F' });
    expect(deliveryStatus(f!)).toBe('sent');
  });

  it('=> local <address>: the address in angle brackets is the recipient', () => {
    const m = matchExim(
      '2024-01-10 10:00:08 1rNabc-0001Xy-AB => marv <marv@hitch.example> R=smarthost T=remote_smtp H=mx [192.0.2.1] C="250 OK"',
    );
    expect(m?.context.recipient).toBe('marv@hitch.example');
  });

  it('a delivery without C= (no smtp_confirmation) names no code', () => {
    expect(
      matchExim('2024-01-10 10:00:08 1rNabc-0001Xy-AB => carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.2]'),
    ).toBeNull();
  });
});

describe('delivery status, domain and relay', () => {
  const status = (line: string) => deliveryStatus(extract(line)[0]!);
  it('as each MTA logs it', () => {
    expect(status(POSTFIX_BOUNCE)).toBe('bounced');
    expect(status(POSTFIX_BOUNCE.replace('status=bounced', 'status=deferred'))).toBe('deferred');
    expect(status(POSTFIX_BOUNCE.replace('status=bounced', 'status=expired'))).toBe('expired');
    expect(
      status(
        'Jan 10 10:00:07 mx1 postfix/smtpd[2001]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 <a@b>: Relay access denied; from=<c@d> to=<a@b>',
      ),
    ).toBe('rejected');
    expect(
      status(
        '2024-01-10 10:00:09 1rNabd-0001Xz-AC == c@example.net R=d T=r defer (-44) H=mx [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<c@example.net>: 451 4.7.1 later',
      ),
    ).toBe('deferred');
    expect(
      status(
        '2024-01-10 10:00:09 1rNabd-0001Xz-AC ** c@example.net R=d T=r H=mx [192.0.2.1]: SMTP error from remote mail server after RCPT TO:<c@example.net>: 550 5.1.1 no',
      ),
    ).toBe('bounced');
    const sendmail = 'Dec  8 01:37:53 vm sendmail[1]: 6B81brEp024285: to=a@example.com, mailer=esmtp, relay=[127.0.0.1] [127.0.0.1], dsn=';
    expect(status(`${sendmail}2.0.0, stat=Sent (2.0.0 Ok: queued)`)).toBe('sent');
    expect(status(`${sendmail}5.1.1, reply=550 5.1.1 no, stat=User unknown`)).toBe('bounced');
    expect(status(`${sendmail}4.0.0, stat=Operating system error`)).toBe('deferred');
    expect(status(`${sendmail}4.4.1, stat=Deferred: Connection refused by [127.0.0.4]`)).toBe('deferred');
    expect(status('Final-Recipient: rfc822; a@b\nAction: failed\nStatus: 5.1.1\n')).toBe('bounced');
    expect(status('550 5.1.1 a reply on its own')).toBeNull();
  });

  it('domains and relays as keys', () => {
    expect(domainOf('Bob@Example.COM')).toBe('example.com');
    expect(domainOf('postmaster')).toBeNull();
    expect(relayOf('mx.example.com[192.0.2.1]:25')).toBe('mx.example.com');
    expect(relayOf('mx.example.com. [192.0.2.1]')).toBe('mx.example.com');
    expect(relayOf('MX.example.com [192.0.2.1]')).toBe('mx.example.com');
    expect(relayOf('unknown[198.51.100.7]')).toBe('198.51.100.7');
    expect(relayOf('[127.0.0.1] [127.0.0.1]')).toBe('127.0.0.1');
    expect(relayOf(undefined)).toBeNull();
  });
});

describe('LogReport', () => {
  const report = (text: string, options = {}) => {
    const r = new LogReport(options);
    const reader = new LogRecordReader(Date.parse('2024-02-01T00:00:00Z'));
    for (const f of extract(text)) r.add(reader.read(f));
    return r.summary();
  };

  it('counts by status, code, domain and relay, with splits, top codes and a sample', () => {
    const lines = [
      POSTFIX_BOUNCE,
      POSTFIX_BOUNCE.replace('bob@', 'carol@'),
      POSTFIX_BOUNCE.replace('status=bounced', 'status=deferred')
        .replace('550 5.1.1 No such user', '450 4.2.1 Try later')
        .replace('dsn=5.1.1', 'dsn=4.2.1'),
      EXIM_DELIVERED.replace('carol@example.net', 'dave@example.com'),
    ];
    const s = report(lines.join('\n'));
    expect(s.findings).toBe(4);
    expect(s.byStatus.map((r) => [r.key, r.count])).toEqual([
      ['bounced', 2],
      ['deferred', 1],
      ['sent', 1],
    ]);
    expect(s.byDomain).toEqual([
      {
        key: 'example.com',
        count: 4,
        statuses: { sent: 1, deferred: 1, bounced: 2, rejected: 0, expired: 0, unknown: 0 },
        topCodes: [
          { code: 550, enhanced: '5.1.1', count: 2 },
          { code: 250, enhanced: '2.0.0', count: 1 },
          { code: 450, enhanced: '4.2.1', count: 1 },
        ],
        // The first text of the most severe class: the 550, not the 250 that came later.
        sample: 'No such user',
      },
    ]);
    expect(s.byRelay.map((r) => [r.key, r.count])).toEqual([
      ['mx.example.com', 3],
      ['mx.example.net', 1],
    ]);
    expect(s.byCode[0]).toMatchObject({ key: '550 5.1.1', count: 2, statuses: { bounced: 2 }, title: 'Mailbox unavailable' });
    // The reason engine's reading of each code (450 4.2.1: mailbox-disabled; the 250: delivered).
    expect(s.byReason.map((r) => [r.key, r.count])).toEqual([
      ['user-unknown', 2],
      ['delivered', 1],
      ['mailbox-disabled', 1],
    ]);
  });

  it('caps distinct keys per breakdown and counts the rest in one other row', () => {
    const lines = ['a', 'b', 'c', 'd', 'e'].map((u) => POSTFIX_BOUNCE.replace('bob@Example.COM', `${u}@${u}.example`));
    const s = report(lines.join('\n'), { maxKeys: 2 });
    expect(s.byDomain.map((r) => [r.key, r.count, r.other])).toEqual([
      ['a.example', 1, undefined],
      ['b.example', 1, undefined],
      [null, 3, true],
    ]);
    expect(s.byDomain.reduce((n, r) => n + r.count, 0)).toBe(5);
  });
});

describe('issue 16 row 14: a reply flattened into more than 1000 parts', () => {
  it('names the limit that was hit (too-many-lines), not line-too-long', () => {
    const parts = Array.from({ length: 1200 }, (_, i) => `550-5.1.1 part${i}`).join(' ');
    const line = POSTFIX_BOUNCE.replace('550 5.1.1 No such user', `${parts} 550 5.1.1 end`);
    const [f, ...rest] = extract(line);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'postfix', code: 550, enhanced: '5.1.1', error: { kind: 'too-many-lines' } });
    // At 1000 parts it is still a reply.
    const ok = Array.from({ length: 999 }, (_, i) => `550-5.1.1 part${i}`).join(' ');
    expect(extract(POSTFIX_BOUNCE.replace('550 5.1.1 No such user', `${ok} 550 5.1.1 end`))[0]).toMatchObject({ error: null });
  });

  it('a run of reply lines that never ends is one finding, whatever its length', () => {
    const scanner = new LineScanner();
    const found = [];
    for (let i = 0; i < 5000; i++) found.push(...scanner.push('550-5.1.1 more'));
    found.push(...scanner.push('550 5.1.1 last'), ...scanner.push('250 ok'));
    found.push(...scanner.end());
    expect(found.map((f) => [f.code, f.error?.kind ?? null])).toEqual([
      [550, 'too-many-lines'],
      [250, null],
    ]);
  });
});

describe('plainReply: the parser, in short, for one-line replies it cannot warn about', () => {
  it('gives exactly what parseReply gives, or leaves the line to it', () => {
    const codes = ['250', '550', '451', '421', '354', '299', '560', '199', '650', '25a'];
    const heads = [
      '',
      '5.1.1 ',
      '4.7.1 ',
      '2.0.0 ',
      '5.1.1  ',
      '5.01.1 ',
      '5.1.1000 ',
      '#5.1.1 ',
      '5.1.1x ',
      '5.1. ',
      '5.1 ',
      '9.1.1 ',
      '5.1.1',
      '55 ',
      '2.6.0 ',
      '4.4.7\t',
    ];
    const tails = [
      'Ok: queued as 9B3C21F',
      '<bob@example.com>: Recipient address rejected',
      'M\u00fcller',
      'a\u009bb',
      '',
      ' x',
      'x '.repeat(260),
      'y'.repeat(490),
    ];
    let fast = 0;
    let total = 0;
    for (const code of codes) {
      for (const head of heads) {
        for (const tail of tails) {
          for (const sep of [' ', '-', '\t']) {
            const line = `${code}${sep}${head}${tail}`;
            total++;
            const plain = plainReply(line);
            if (!plain) continue;
            fast++;
            expect(plain, JSON.stringify(line)).toEqual(parseReply(`${line}\r\n`, { mode: 'lenient' }));
          }
        }
      }
    }
    expect(total).toBe(3840);
    expect(fast).toBeGreaterThan(50); // the plain ones: classes 2, 4, 5, one SP, ASCII, short
  });
});
