import { describe, expect, it } from 'vitest';
import { extract, extractInto, type Finding, LineScanner } from '../src/index.js';

const brief = (f: Finding) => ({ kind: f.kind, line: f.line, code: f.code, enhanced: f.enhanced });

describe('bare codes', () => {
  it.each([
    ['550', 550, null],
    ['  550\n', 550, null],
    ['5.1.1', null, '5.1.1'],
    ['X.7.1', null, 'X.7.1'],
    ['x.7.1', null, 'X.7.1'],
    ['4.7.17', null, '4.7.17'],
  ])('%j', (input, code, enhanced) => {
    const [f, ...rest] = extract(input);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ kind: 'code', line: 1, code, enhanced, reply: null, error: null });
  });

  it('a three-digit code outside 2xx-5xx/x0z-x5z is found, with an error', () => {
    expect(extract('999')[0]).toMatchObject({ kind: 'code', code: 999, error: { kind: 'code-out-of-range', line: 1 } });
    expect(extract('260')[0]?.error?.kind).toBe('code-out-of-range');
  });

  it('malformed enhanced codes are not codes', () => {
    expect(extract('5.1.1000')).toEqual([]);
    expect(extract('5.01.1')).toEqual([]);
    expect(extract('3.1.1')).toEqual([]);
  });
});

describe('raw server output', () => {
  it('one line, no line end', () => {
    const [f] = extract('550 5.1.1 <bob@example.com>: Recipient address rejected');
    expect(f).toMatchObject({
      kind: 'reply',
      line: 1,
      code: 550,
      enhanced: '5.1.1',
      text: '<bob@example.com>: Recipient address rejected',
      source: '550 5.1.1 <bob@example.com>: Recipient address rejected',
      warnings: [],
      error: null,
    });
    expect(f?.reply?.lines).toEqual(['5.1.1 <bob@example.com>: Recipient address rejected']);
  });

  it('a multiline reply, LF line ends read as CRLF', () => {
    const input = [
      '550-5.1.1 The email account that you tried to reach does not exist. Please try',
      "550-5.1.1 double-checking the recipient's email address for typos or",
      '550 5.1.1  https://support.google.com/mail/?p=NoSuchUser',
    ].join('\n');
    const found = extract(input);
    expect(found.map(brief)).toEqual([{ kind: 'reply', line: 1, code: 550, enhanced: '5.1.1' }]);
    expect(found[0]?.text).toBe(
      "The email account that you tried to reach does not exist. Please try\ndouble-checking the recipient's email address for typos or\nhttps://support.google.com/mail/?p=NoSuchUser",
    );
    expect(found[0]?.warnings).toEqual([]);
    expect(found[0]?.source.split('\n')).toHaveLength(3);
  });

  it('pipelined replies with CRLF, each with its first line', () => {
    const found = extract(
      '250 2.1.0 Ok\r\n250-2.1.5 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 User unknown\r\n354 End data with <CR><LF>.<CR><LF>\r\n',
    );
    expect(found.map(brief)).toEqual([
      { kind: 'reply', line: 1, code: 250, enhanced: '2.1.0' },
      { kind: 'reply', line: 2, code: 250, enhanced: '2.1.5' },
      { kind: 'reply', line: 4, code: 550, enhanced: '5.1.1' },
      { kind: 'reply', line: 5, code: 354, enhanced: null },
    ]);
  });

  it('CRLF input is parsed exactly: a bare LF among CRLFs is reported', () => {
    const [a, b] = extract('250 Ok\r\n550 No\n');
    expect(a?.warnings).toEqual([]);
    expect(b?.warnings).toEqual([{ kind: 'bare-lf', line: 2 }]);
  });

  it('warnings carry input line numbers', () => {
    const found = extract('250 2.1.0 Ok\r\n550-5.1.1 a\r\n551 5.1.1 b\r\n250\r\n');
    expect(found.map(brief)).toEqual([
      { kind: 'reply', line: 1, code: 250, enhanced: '2.1.0' },
      { kind: 'reply', line: 2, code: 550, enhanced: '5.1.1' },
      { kind: 'reply', line: 4, code: 250, enhanced: null },
    ]);
    expect(found[1]?.warnings).toEqual([{ kind: 'code-mismatch', line: 3 }]);
    expect(found[2]?.warnings).toEqual([{ kind: 'bare-code', line: 4 }]);
  });

  it('a broken reply keeps the replies before it, and the error has its line', () => {
    const found = extract('250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550-5.1.1 User unknown\r\n');
    expect(found.map(brief)).toEqual([
      { kind: 'reply', line: 1, code: 250, enhanced: '2.1.0' },
      { kind: 'reply', line: 2, code: 250, enhanced: '2.1.5' },
      { kind: 'reply', line: 3, code: 550, enhanced: '5.1.1' },
    ]);
    expect(found[2]).toMatchObject({ reply: null, error: { kind: 'incomplete', line: 4 }, source: '550-5.1.1 User unknown' });
  });

  it('a line that breaks the framing ends the stream there', () => {
    const found = extract('250 Ok\r\n250=bad\r\n550 5.1.1 later\r\n');
    expect(found.map(brief)).toEqual([
      { kind: 'reply', line: 1, code: 250, enhanced: null },
      { kind: 'reply', line: 2, code: 250, enhanced: null },
    ]);
    expect(found[1]?.error).toEqual({ kind: 'bad-separator', line: 2 });
  });

  it('strict mode reports what lenient mode tolerates', () => {
    expect(extract('550-5.1.1 a\r\n551 5.1.1 b\r\n', { mode: 'strict' })[0]).toMatchObject({
      code: 550,
      reply: null,
      error: { kind: 'code-mismatch', line: 2 },
    });
    expect(extract('250 OK\r\n\r\n250 OK\r\n', { mode: 'strict' })[1]?.error).toEqual({ kind: 'empty-line', line: 2 });
    // Pasted text without CR is not a bare-LF problem, even in strict mode.
    expect(extract('550 5.1.1 x\n', { mode: 'strict' })[0]?.error).toBeNull();
  });

  it('text after the replies is read line by line (lenient), an error in strict mode', () => {
    const input = '550 5.1.1 <bob@example.com>: no such user\n\nStatus: 5.1.1\n';
    expect(extract(input).map(brief)).toEqual([
      { kind: 'reply', line: 1, code: 550, enhanced: '5.1.1' },
      { kind: 'dsn-status', line: 3, code: null, enhanced: '5.1.1' },
    ]);
    const strict = extract(input, { mode: 'strict' });
    expect(strict[1]?.error).toEqual({ kind: 'empty-line', line: 2 });
  });
});

describe('DSN fields', () => {
  const dsn = [
    'Reporting-MTA: dns; mail.example.org',
    'Arrival-Date: Wed, 10 Jan 2024 10:00:00 +0000',
    '',
    'Final-Recipient: rfc822; bob@example.com',
    'Original-Recipient: rfc822; Bob@Example.com',
    'Action: failed',
    'Status: 5.1.1 (bad destination mailbox address)',
    'Remote-MTA: dns; mx.example.com',
    'Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does',
    '    not exist. Please try',
    "    550-5.1.1 double-checking the recipient's email address",
    '    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser',
    '',
  ].join('\n');

  it('Status and a folded Diagnostic-Code, with the recipient block as context', () => {
    const found = extract(dsn);
    expect(found.map(brief)).toEqual([
      { kind: 'dsn-status', line: 7, code: null, enhanced: '5.1.1' },
      { kind: 'dsn-diagnostic', line: 9, code: 550, enhanced: '5.1.1' },
    ]);
    expect(found[0]).toMatchObject({
      text: 'bad destination mailbox address',
      context: { recipient: 'bob@example.com', action: 'failed' },
    });
    expect(found[1]?.text).toBe(
      "The email account that you tried to reach does not exist. Please try\ndouble-checking the recipient's email address\nhttps://support.google.com/mail/?p=NoSuchUser",
    );
    expect(found[1]?.context).toEqual({ recipient: 'bob@example.com', action: 'failed', host: 'mx.example.com', diagnosticType: 'smtp' });
    expect(found[1]?.source.split('\n')).toHaveLength(4);
  });

  it('a flattened Diagnostic-Code', () => {
    const [f] = extract('Diagnostic-Code: smtp; 550-5.1.1 first line 550-5.1.1 second line 550 5.1.1 last line');
    expect(f).toMatchObject({ kind: 'dsn-diagnostic', code: 550, enhanced: '5.1.1', text: 'first line\nsecond line\nlast line' });
    expect(f?.reply?.lines).toHaveLength(3);
  });

  it('field names in any case; a bare `smtp;` value', () => {
    expect(extract('STATUS: 4.4.7').map(brief)).toEqual([{ kind: 'dsn-status', line: 1, code: null, enhanced: '4.4.7' }]);
    expect(extract('smtp; 452 4.2.2 Mailbox full').map(brief)).toEqual([{ kind: 'dsn-diagnostic', line: 1, code: 452, enhanced: '4.2.2' }]);
  });

  it('not DSN: mbox Status flags; a non-smtp diagnostic names no code', () => {
    expect(extract('From: a@example.org\nStatus: RO\nSubject: hello\n')).toEqual([]);
    expect(extract('Diagnostic-Code: X-Postfix; host mx.example.com[192.0.2.1] said: nothing')).toEqual([]);
  });

  it('a Status value that looks like a code but is not one', () => {
    expect(extract('Subject: x\nStatus: 5.1.1.1\n')[0]).toMatchObject({
      kind: 'dsn-status',
      error: { kind: 'dsn-status-syntax', line: 2 },
    });
  });

  it('an unparsable smtp diagnostic is a finding with its error', () => {
    // Not a reply at all: only the code inside the prose is found.
    expect(extract('Diagnostic-Code: smtp; 550=5.1.1 bad').map(brief)).toEqual([{ kind: 'code', line: 1, code: null, enhanced: '5.1.1' }]);
    const folded = 'Diagnostic-Code: smtp; 550-5.1.1 a\n 550 5.1.2 b';
    expect(extract(folded)[0]).toMatchObject({
      kind: 'dsn-diagnostic',
      code: 550,
      enhanced: '5.1.1',
      warnings: [{ kind: 'enhanced-inconsistent', line: 1 }],
    });
    const [g] = extract(folded, { mode: 'strict' });
    expect(g).toMatchObject({ kind: 'dsn-diagnostic', code: 550, reply: null, error: { kind: 'enhanced-inconsistent', line: 1 } });
  });

  it('a new recipient block starts a new context', () => {
    const found = extract(
      'Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\n\nFinal-Recipient: rfc822; b@example.com\nStatus: 4.2.2\n',
    );
    expect(found.map((f) => f.context.recipient)).toEqual(['a@example.com', 'b@example.com']);
  });
});

describe('Postfix', () => {
  it('status=bounced with host … said: … (in reply to … command)', () => {
    const [f] = extract(
      'Jan 10 10:00:01 mx postfix/smtp[1234]: 4F1A22C0123: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, delay=0.52, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected (in reply to RCPT TO command))',
    );
    expect(f).toMatchObject({
      kind: 'postfix',
      code: 550,
      enhanced: '5.1.1',
      text: '<bob@example.com>: Recipient address rejected',
      context: { recipient: 'bob@example.com', host: 'mx.example.com[192.0.2.1]', command: 'RCPT TO', status: 'bounced', dsn: '5.1.1' },
      error: null,
    });
  });

  it('a flattened multiline reply', () => {
    const [f] = extract(
      'postfix/smtp[1]: 6C: to=<d@mail.example>, dsn=5.1.1, status=bounced (host mx[203.0.113.26] said: 550-5.1.1 The account does not exist. 550-5.1.1 Please check. 550 5.1.1 https://example.com/x (in reply to RCPT TO command))',
    );
    expect(f).toMatchObject({
      kind: 'postfix',
      code: 550,
      enhanced: '5.1.1',
      text: 'The account does not exist.\nPlease check.\nhttps://example.com/x',
    });
  });

  it('status=sent (reply), refused to talk to me, NOQUEUE reject, and the bounce text', () => {
    expect(
      extract(
        'postfix/smtp[1]: 7D: to=<e@example.org>, relay=mx[192.0.2.10]:25, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as 9B3C21F)',
      )[0],
    ).toMatchObject({ kind: 'postfix', code: 250, enhanced: '2.0.0', text: 'Ok: queued as 9B3C21F', context: { status: 'sent' } });
    expect(
      extract('postfix/smtp[1]: 9F: host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Service unavailable')[0],
    ).toMatchObject({
      kind: 'postfix',
      code: 554,
      enhanced: '5.7.1',
      context: { host: 'mx.example.com[192.0.2.1]' },
    });
    expect(
      extract(
        'postfix/smtpd[2]: NOQUEUE: reject: RCPT from unknown[198.51.100.7]: 554 5.7.1 <spam@example.net>: Relay access denied; from=<a@example.org> to=<spam@example.net> proto=ESMTP helo=<x>',
      )[0],
    ).toMatchObject({
      kind: 'postfix',
      code: 554,
      text: '<spam@example.net>: Relay access denied',
      context: { recipient: 'spam@example.net', command: 'RCPT', status: 'reject', host: 'unknown[198.51.100.7]' },
    });
    expect(
      extract(
        '<bob@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 <bob@example.com>: Recipient address rejected (in reply to RCPT TO command)',
      )[0],
    ).toMatchObject({
      kind: 'postfix',
      code: 550,
      enhanced: '5.1.1',
      text: '<bob@example.com>: Recipient address rejected',
      context: { command: 'RCPT TO' },
    });
  });

  it('dsn= without a server reply: the enhanced code and the reason', () => {
    const [f] = extract(
      'postfix/smtp[1]: 8E: to=<f@example.com>, relay=none, delay=30, dsn=4.4.1, status=deferred (connect to mx.example.com[192.0.2.1]:25: Connection timed out)',
    );
    expect(f).toMatchObject({
      kind: 'postfix',
      code: null,
      enhanced: '4.4.1',
      reply: null,
      text: 'connect to mx.example.com[192.0.2.1]:25: Connection timed out',
    });
  });

  it('lines with nothing to explain give nothing', () => {
    expect(extract('Jan 10 10:00:07 mx postfix/qmgr[2002]: 4F1A22C0123: removed')).toEqual([]);
  });
});

describe('Exim', () => {
  it('** failed delivery', () => {
    const [f] = extract(
      '2024-01-10 10:00:08 1rNabc-0001Xy-AB ** bob@example.com R=dnslookup T=remote_smtp H=mx.example.com [192.0.2.1] X=TLS1.3:TLS_AES_256_GCM_SHA384:256 CV=yes: SMTP error from remote mail server after RCPT TO:<bob@example.com>: 550 5.1.1 <bob@example.com>: User unknown',
    );
    expect(f).toMatchObject({
      kind: 'exim',
      code: 550,
      enhanced: '5.1.1',
      text: '<bob@example.com>: User unknown',
      context: { recipient: 'bob@example.com', status: 'failed', host: 'mx.example.com [192.0.2.1]', command: 'RCPT TO:<bob@example.com>' },
    });
  });

  it('== deferral, a multiline reply logged with \\n, after end of data, the older "remote mailer" form', () => {
    expect(
      extract(
        '1rNabd-0001Xz-AC == carol@example.net R=dnslookup T=remote_smtp defer (-44) H=mx [198.51.100.2]: SMTP error from remote mail server after RCPT TO:<carol@example.net>: 451 4.7.1 Greylisted',
      )[0],
    ).toMatchObject({ kind: 'exim', code: 451, enhanced: '4.7.1', context: { status: 'deferred', recipient: 'carol@example.net' } });
    expect(
      extract(
        '** d@mail.example R=x T=y: SMTP error from remote mail server after RCPT TO:<d@mail.example>: 550-5.1.1 one\\n550-5.1.1 two\\n550 5.1.1 three',
      )[0],
    ).toMatchObject({ kind: 'exim', code: 550, text: 'one\ntwo\nthree' });
    expect(
      extract('** g@example.com R=x T=y: SMTP error from remote mail server after end of data: 552 5.3.4 Message too big')[0],
    ).toMatchObject({
      code: 552,
      enhanced: '5.3.4',
      context: { command: 'end of data' },
    });
    expect(
      extract(
        '** h@example.com R=x T=y: SMTP error from remote mailer after RCPT TO:<h@example.com>: host mx.example.com [192.0.2.1]: 550 5.1.1 unknown',
      )[0],
    ).toMatchObject({ kind: 'exim', code: 550, context: { host: 'mx.example.com [192.0.2.1]' } });
  });
});

describe('Sendmail', () => {
  it('dsn= and stat= without a reply', () => {
    const [f] = extract(
      'Jan 10 10:00:12 mx2 sm-mta[3001]: 40AA0B1c012345: to=<heidi@example.com>, ctladdr=<alice@example.org> (1000/1000), delay=00:00:01, xdelay=00:00:01, mailer=esmtp, pri=120379, relay=mx.example.com. [192.0.2.1], dsn=5.1.1, stat=User unknown',
    );
    expect(f).toMatchObject({
      kind: 'sendmail',
      code: null,
      enhanced: '5.1.1',
      text: 'User unknown',
      context: { recipient: 'heidi@example.com', host: 'mx.example.com. [192.0.2.1]', dsn: '5.1.1', status: 'User unknown' },
    });
  });

  it('stat=Deferred: reply, reply=, reject=', () => {
    expect(
      extract('sm-mta[1]: x: to=<i@example.net>, mailer=esmtp, dsn=4.0.0, stat=Deferred: 451 4.7.1 Please try again later')[0],
    ).toMatchObject({
      kind: 'sendmail',
      code: 451,
      enhanced: '4.7.1',
      context: { status: 'Deferred', dsn: '4.0.0' },
    });
    expect(
      extract('sm-mta[1]: x: to=<j@example.org>, dsn=5.2.2, stat=Service unavailable, reply=552 5.2.2 <j@example.org>... Mailbox full')[0],
    ).toMatchObject({
      kind: 'sendmail',
      code: 552,
      enhanced: '5.2.2',
      text: '<j@example.org>... Mailbox full',
    });
    expect(
      extract(
        'sm-mta[1]: x: ruleset=check_rcpt, arg1=<m@example.com>, relay=c [198.51.100.7], reject=550 5.7.1 <m@example.com>... Relaying denied',
      )[0],
    ).toMatchObject({ kind: 'sendmail', code: 550, enhanced: '5.7.1', context: { recipient: 'm@example.com', status: 'reject' } });
  });
});

describe('other forms', () => {
  it('transcript prefixes (swaks, S:) and indented reply lines', () => {
    expect(extract('=== Trying mx:25...\n<** 550 5.1.1 No such user\n').map(brief)).toEqual([
      { kind: 'reply', line: 2, code: 550, enhanced: '5.1.1' },
    ]);
    expect(extract('C: RCPT TO:<a@b>\nS: 250 2.1.5 Ok\n').map(brief)).toEqual([{ kind: 'reply', line: 2, code: 250, enhanced: '2.1.5' }]);
    expect(extract('The server said:\n   452 4.2.2 Mailbox full').map(brief)).toEqual([
      { kind: 'reply', line: 2, code: 452, enhanced: '4.2.2' },
    ]);
  });

  it('a run of reply lines inside other text, multiline and several', () => {
    const found = extract('Hello,\n550-5.1.1 first\n550 5.1.1 second\n421 4.7.0 closing\nbye\n');
    expect(found.map(brief)).toEqual([
      { kind: 'reply', line: 2, code: 550, enhanced: '5.1.1' },
      { kind: 'reply', line: 4, code: 421, enhanced: '4.7.0' },
    ]);
    expect(extract('Hello,\n550-5.1.1 first\nbye\n')[0]).toMatchObject({ code: 550, error: { kind: 'incomplete', line: 3 } });
  });

  it('a line starting with an enhanced code', () => {
    expect(extract('Error:\n5.1.1 User unknown\n')[0]).toMatchObject({
      kind: 'code',
      line: 2,
      code: null,
      enhanced: '5.1.1',
      text: 'User unknown',
    });
  });

  it('codes inside prose, when nothing else was found', () => {
    const found = extract("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'");
    expect(found.map(brief)).toEqual([{ kind: 'code', line: 1, code: 550, enhanced: '5.1.10' }]);
    expect(extract('the status was 4.4.7 after two days').map(brief)).toEqual([{ kind: 'code', line: 1, code: null, enhanced: '4.4.7' }]);
    expect(extract('connect to 192.0.2.1 port 25 failed')).toEqual([]);
    expect(extract('nothing to see here')).toEqual([]);
  });
});

describe('LineScanner', () => {
  it('streams line by line with the same results as extract', () => {
    const text = 'Final-Recipient: rfc822; a@example.com\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 no\n\n250-a\n250 b\n';
    const scanner = new LineScanner();
    const out: Finding[] = [];
    for (const line of text.split('\n')) out.push(...scanner.push(line));
    out.push(...scanner.end());
    expect(out.map(brief)).toEqual(extract(`x\n${text}`).map((f) => ({ ...brief(f), line: f.line - 1 })));
  });

  it('strips a CR line end', () => {
    const scanner = new LineScanner();
    expect(scanner.push('Status: 4.2.2\r')).toEqual([]);
    expect(scanner.end()[0]?.enhanced).toBe('4.2.2');
  });

  it('caps a DSN field that never ends', () => {
    const scanner = new LineScanner();
    scanner.push('Diagnostic-Code: smtp; 550-5.1.1 start');
    for (let i = 0; i < 20_000; i++) scanner.push(` 550-5.1.1 ${'x'.repeat(50)}`);
    const [f] = scanner.end();
    expect(f?.source.length).toBeLessThan(20 * 1024);
  });
});

describe('linear time', () => {
  it('pathological lines stay fast', () => {
    const big = 200_000;
    const inputs = [
      `** a@b R=x T=y: SMTP error from remote mail server after ${': '.repeat(big)}`,
      `postfix/smtp[1]: status=bounced (${' said: '.repeat(big / 4)}`,
      `sm-mta[1]: ${', a='.repeat(big / 2)} stat=x`,
      `${'5.5.5.'.repeat(big / 2)}`,
      `${'550 '.repeat(big / 2)}`,
      `Diagnostic-Code: smtp; 550-${' 550-'.repeat(big / 2)}`,
    ];
    for (const input of inputs) {
      const t = performance.now();
      extract(input);
      expect(performance.now() - t).toBeLessThan(2000);
    }
  });
});

describe('extractInto', () => {
  it('hands over the same findings as extract, in order, and returns their count', () => {
    const text = '250 ok\r\n550 5.1.1 no\r\nJan 10 postfix/smtp[1]: 4F: to=<a@b.c>, dsn=5.1.1, status=bounced (x)\n';
    const seen: Finding[] = [];
    expect(extractInto(text, { push: (f) => seen.push(f) })).toBe(extract(text).length);
    expect(seen).toEqual(extract(text));
  });

  it('counts without keeping: a sink that drops them', () => {
    let n = 0;
    expect(extractInto('250 ok\r\n'.repeat(5000), { push: () => n++ })).toBe(5000);
    expect(n).toBe(5000);
  });

  it('a bare code and prose count too', () => {
    expect(extractInto('550', [])).toBe(1);
    expect(extractInto('the server said 550 5.1.1 earlier', [])).toBe(1);
  });
});

describe('bytes in', () => {
  it('raw server output goes to the parser as bytes: invalid UTF-8 is reported, as on a socket', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('250 ok\n550 5.1.1 M'), 0xfc, ...new TextEncoder().encode('ller\n')]);
    const [ok, bad] = extract(bytes);
    expect(ok!.warnings).toEqual([]);
    expect(bad!.warnings.map((w) => w.kind)).toEqual(['invalid-utf8']);
    expect(bad!.text).toBe('Müller');
    expect(extract(bytes, { mode: 'strict' }).at(-1)!.error?.kind).toBe('invalid-text');
  });

  it('valid UTF-8 bytes give what the same text gives', () => {
    for (const text of [
      '550 5.1.1 Müller\r\n',
      '250-a\n250 b',
      'Jan 10 postfix/smtp[1]: 4F: to=<a@b.c>, dsn=5.1.1, status=bounced (x)\n',
      '550',
    ])
      expect(extract(new TextEncoder().encode(text)), text).toEqual(extract(text));
  });
});
