// Bad input (issue 14 part 7): parseBounce never throws but for the size limit, reads what was
// readable before the damage, and never takes a finding from the returned copy.

import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BounceInputError, type BounceReport, MAX_BOUNCE_BYTES, parseBounce } from '../src/index.js';
import { ROOT } from './helpers.js';

const REAL = `${ROOT}test/fixtures/real/`;
const text = (file: string) => readFileSync(REAL + file, 'utf8');

const findings = (r: BounceReport) => [...r.findings, ...r.recipients.map((x) => x.finding)];

describe('no input crashes parseBounce', () => {
  it('any string', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 2000 }), async (s) => {
        const r = await parseBounce(s);
        expect(['failure', 'delay', 'success', 'not-a-report']).toContain(r.kind);
      }),
      { numRuns: 300 },
    );
  });

  it('any bytes, alone or around a real notice', async () => {
    const real = new Uint8Array(readFileSync(`${REAL}postfix/BP11-failed.eml`));
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.nat(real.length), async (junk, at) => {
        await parseBounce(junk);
        const mixed = new Uint8Array(real.length + junk.length);
        mixed.set(real.subarray(0, at));
        mixed.set(junk, at);
        mixed.set(real.subarray(at), at + junk.length);
        await parseBounce(mixed);
      }),
      { numRuns: 200 },
    );
  });

  it('lines of header-like and DSN-like text', async () => {
    const line = fc.oneof(
      fc.constantFrom(
        'From: MAILER-DAEMON@x.example',
        'Content-Type: multipart/report; boundary=b',
        '--b',
        '--b--',
        'Final-Recipient: rfc822; a@b.example',
      ),
      fc.constantFrom(
        'Action: failed',
        'Status: 5.1.1',
        'Diagnostic-Code: smtp; 550',
        '<<< 550-5.1.1',
        '>>> RCPT TO:<a@b.example>',
        ' said: 550 5.1.1',
      ),
      fc.constantFrom('', '  a@b.example', 'Remote host said:', '(#5.1.1)', 'Content-Transfer-Encoding: base64', '=?utf-8?B?0J0=?='),
      fc.string({ maxLength: 40 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 60 }), async (lines) => {
        await parseBounce(lines.join('\n'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('no finding ever comes from the returned copy', () => {
  // Codes the notice itself never uses: any of them in a finding came from the copy.
  const COPY_CODES = ['452 4.2.2 Mailbox full', '421 4.7.0 Try later', '553 5.3.5 Loop', '251 2.1.5 Forwarded'];
  const copyLine = fc.oneof(
    fc.constantFrom(...COPY_CODES),
    fc.constantFrom(...COPY_CODES).map((c) => `Remote host said: ${c}`),
    fc.constantFrom(...COPY_CODES).map((c) => `<<< ${c}`),
    fc.constantFrom(...COPY_CODES).map((c) => `<c@example.net>: host mx.example.net[192.0.2.9] said: ${c}`),
    fc.constantFrom('Status: 4.2.2', 'Diagnostic-Code: smtp; 421 4.7.0 later', 'Final-Recipient: rfc822; c@example.net', 'Sorry (#5.3.5)'),
    fc.constantFrom('X-Mailer: fml 4.0.3', 'c@example.net: 251 2.1.5 ok'),
  );
  const NOTICE_TEXT = '<b@example.com>: host mx.example.com[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command)';
  const SEPARATORS = [
    '--- Below this line is a copy of the message.',
    '------ This is a copy of the message, including all the headers. ------',
    '   ----- Original message follows -----',
    'Below is a copy of the original message:',
    'Original message headers:',
    '----- Original message -----',
  ];
  const copyCodes = new Set(['452', '421', '553', '251', '4.2.2', '4.7.0', '5.3.5', '2.1.5', '4.0.3']);

  const plain = (sep: string, copy: string[]) =>
    `From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n${NOTICE_TEXT}\n\n${sep}\n\nFrom: a@example.org\nTo: b@example.com, c@example.net\nSubject: test\n\n${copy.join('\n')}\n`;
  const mime = (type: string, encoding: string, copy: string[]) => {
    const body = `From: a@example.org\nTo: b@example.com\nSubject: test\n\n${copy.join('\n')}\n`;
    const encoded = encoding === 'base64' ? Buffer.from(body).toString('base64').replace(/.{76}/g, '$&\n') : body;
    return [
      'From: MAILER-DAEMON@mx.example.org',
      'Subject: Undelivered Mail Returned to Sender',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"',
      '',
      '--B',
      'Content-Type: text/plain',
      '',
      NOTICE_TEXT,
      '',
      '--B',
      'Content-Type: message/delivery-status',
      '',
      'Reporting-MTA: dns; mx.example.org',
      '',
      'Final-Recipient: rfc822; b@example.com',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 No such user',
      '',
      '--B',
      `Content-Type: ${type}`,
      ...(encoding === '7bit' ? [] : [`Content-Transfer-Encoding: ${encoding}`]),
      '',
      encoded,
      '--B--',
      '',
    ].join('\n');
  };

  it('plain-text notices with the copy after any separator, and MIME notices with it as a part', async () => {
    const message = fc.oneof(
      fc.tuple(fc.constantFrom(...SEPARATORS), fc.array(copyLine, { minLength: 1, maxLength: 12 })).map(([sep, copy]) => plain(sep, copy)),
      fc
        .tuple(
          fc.constantFrom('message/rfc822', 'text/rfc822-headers', 'message/global'),
          fc.constantFrom('7bit', 'base64', 'quoted-printable'),
          fc.array(copyLine, { minLength: 1, maxLength: 12 }),
        )
        .map(([type, enc, copy]) => mime(type, enc, copy)),
    );
    await fc.assert(
      fc.asyncProperty(message, async (m) => {
        const r = await parseBounce(m);
        expect(r.kind).toBe('failure');
        expect(r.recipients.map((x) => [x.recipient, x.code, x.enhanced])).toEqual([['b@example.com', 550, '5.1.1']]);
        for (const f of findings(r)) {
          expect(copyCodes.has(String(f.code)), f.source).toBe(false);
          expect(copyCodes.has(String(f.enhanced)), f.source).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('damaged notices: what was readable is still reported', () => {
  it('truncated anywhere: never throws; cut after the first DSN recipient, that recipient is there', async () => {
    const full = text('postfix/BP11-failed.eml');
    const afterFirst = full.indexOf('Diagnostic-Code: smtp; 550 5.1.1');
    for (let cut = 0; cut <= full.length; cut += 97) {
      const r = await parseBounce(full.slice(0, cut));
      if (cut > full.indexOf('\n', afterFirst) + 1) {
        const first = r.recipients.find((x) => x.recipient === 'nosuchuser@smtp-server.real-logs.test');
        expect(first?.code, `cut at ${cut}`).toBe(550);
        expect(first?.enhanced, `cut at ${cut}`).toBe('5.1.1');
      }
    }
  });

  it('a broken boundary: the DSN fields are read from the text', async () => {
    const broken = text('exim/EB05.eml').replace('boundary=1796690699-eximdsn', 'boundary=nothing-matches-eximdsn');
    const r = await parseBounce(broken);
    expect(r.recipients.map((x) => [x.recipient, x.code, x.enhanced, x.status])).toEqual([
      ['mailboxfull@smtp-server.real-logs.test', 552, '5.2.2', '5.0.0'],
    ]);
  });

  it('wrong charset labels', async () => {
    for (const charset of ['x-no-such-charset', 'utf-16', 'iso-2022-jp', '"']) {
      const r = await parseBounce(text('postfix/BP02.eml').replace('charset=utf-8', `charset=${charset}`));
      expect(r.recipients[0]?.code, charset).toBe(550);
    }
  });

  it('nesting deeper than the MIME limit: the raw text is read instead, and the issue is listed', async () => {
    let body = 'Final-Recipient: rfc822; b@example.com\nAction: failed\nStatus: 5.1.1\nDiagnostic-Code: smtp; 550 5.1.1 No such user\n';
    for (let i = 0; i < 100; i++) body = `Content-Type: multipart/mixed; boundary="b${i}"\n\n--b${i}\n${body}\n--b${i}--\n`;
    const r = await parseBounce(`From: MAILER-DAEMON@mx.example.org\nMIME-Version: 1.0\n${body}`);
    expect(r.issues.map((i) => i.kind)).toContain('mime-error');
    expect(r.recipients.map((x) => [x.recipient, x.code])).toEqual([['b@example.com', 550]]);
  });

  it('a huge returned attachment is read as far as its headers', async () => {
    const big = `${'x'.repeat(76)}\n`.repeat(120_000);
    const r = await parseBounce(text('exim/EB06.eml').replace('real-logs bounce test message EB06', big));
    expect(r.recipients[0]?.code).toBe(552);
    expect(r.returned?.subject).toBe('real-logs bounce test EB06');
  });

  it('many recipients: up to the limit, then an issue', async () => {
    const blocks = Array.from(
      { length: 10_050 },
      (_, i) => `Final-Recipient: rfc822; u${i}@example.com\nAction: failed\nStatus: 5.1.1\n`,
    ).join('\n');
    const r = await parseBounce(
      `From: MAILER-DAEMON@mx.example.org\nMIME-Version: 1.0\nContent-Type: multipart/report; boundary=B\n\n--B\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx\n\n${blocks}\n--B--\n`,
    );
    expect(r.recipients).toHaveLength(10_000);
    expect(r.issues.map((i) => i.kind)).toEqual(['too-many-recipients']);
  });

  it('over the size limit: a typed error saying what and why', async () => {
    const error = await parseBounce('x'.repeat(2000), { maxBytes: 1000 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BounceInputError);
    expect(error).toMatchObject({ kind: 'too-large', size: 2000, limit: 1000 });
    expect((error as Error).message).toBe('the message is 2000 bytes, over the limit of 1000 bytes');
    expect(MAX_BOUNCE_BYTES).toBe(16 * 1024 * 1024);
  });
});
