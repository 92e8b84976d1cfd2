// `explain` on whole messages: stdin, files, an mbox; one block or JSON line per recipient; a
// message that is no delivery report. The real bin (dist/cli.mjs) as a child process.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, expectNoStack, ROOT } from './helpers.js';

const REAL = `${ROOT}../explain/test/fixtures/real/`;
const FORMATS = `${ROOT}../explain/test/fixtures/formats/`;
const read = (path: string) => readFileSync(path, 'utf8');

describe('explain: a whole message', () => {
  it('from standard input: the notice, then one block per recipient', () => {
    const r = cli(['explain'], { input: read(`${REAL}postfix/BP11-failed.eml`) });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Bounce \(non-delivery report\)\n {2}Written by +postfix \(Reporting MTA postfix\.real-peers\.test\)/);
    expect(r.stdout).toContain('Returned message  real-logs bounce test BP11');
    expect(r.stdout).toContain('Recipient nosuchuser@smtp-server.real-logs.test — failed');
    expect(r.stdout).toContain('550 5.1.1 — Permanent error  (DSN Diagnostic-Code field');
    expect(r.stdout).toContain('Recipient mailboxfull@smtp-server.real-logs.test — failed');
    expect(r.stdout).toContain('552 5.2.2 — Permanent error');
    // In the order of the DSN's recipient blocks.
    expect(r.stdout.indexOf('Recipient mailboxfull@')).toBeLessThan(r.stdout.indexOf('Recipient nosuchuser@'));
  });

  it('the remote reply outranks the MTA summary; no code comes from the returned copy', () => {
    const r = cli(['explain', `${FORMATS}sendmail-text.eml`]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('550 5.6.9 — Permanent error');
    expect(r.stdout).toContain('The reporting MTA said  554 5.0.0 Service unavailable');
    expect(r.stdout).not.toContain('pasted by the sender');
  });

  it('FILE.eml …: one notice per file, each titled', () => {
    const a = `${REAL}exim/EB11-delayed.eml`;
    const b = `${REAL}postfix/BD01-success.eml`;
    const r = cli(['explain', a, b]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`== ${a} ==\nDelay warning\n  Written by        exim`);
    expect(r.stdout).toContain(`== ${b} ==\nDelivery report\n  Written by        postfix`);
    expect(r.stdout).toContain('Recipient root@aiosmtpd.real-peers.test — relayed');
  });

  it('an mbox file with several messages', () => {
    const dir = mkdtempSync(join(tmpdir(), 'smtp-codes-mbox-'));
    const mbox = join(dir, 'bounces.mbox');
    const body = read(`${REAL}sendmail/SB01.eml`);
    writeFileSync(
      mbox,
      `From MAILER-DAEMON Tue Dec  8 00:45:02 2026\n${body}\nFrom MAILER-DAEMON Tue Dec  8 00:45:04 2026\n${read(`${REAL}sendmail/SB09.eml`)}\n`,
    );
    const r = cli(['explain', mbox]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`== ${mbox}, message 1 ==`);
    expect(r.stdout).toContain(`== ${mbox}, message 2 ==`);
    expect(r.stdout).toContain('Recipient nosuchuser@smtp-server.real-logs.test — failed');
    expect(r.stdout).toContain('Recipient nosuchuser@sendmail-client.real-logs.test — failed');
    const json = cli(['explain', '--json'], { input: readFileSync(mbox, 'utf8') });
    const lines = json.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((o) => [o.message, o.recipient, o.code, o.enhanced])).toEqual([
      [1, 'nosuchuser@smtp-server.real-logs.test', 550, '5.1.1'],
      // Refused by sendmail itself: no server replied, the DSN Status is the enhanced code.
      [2, 'nosuchuser@sendmail-client.real-logs.test', null, '5.1.1'],
    ]);
  });

  it('--json: one object per recipient with its facts and the explanation', () => {
    const r = cli(['explain', '--json', `${REAL}postfix/BP02.eml`]);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const o = JSON.parse(lines[0]!);
    expect(o).toMatchObject({
      file: `${REAL}postfix/BP02.eml`,
      message: 1,
      notice: { kind: 'failure', author: { mta: 'postfix', reportingMta: 'postfix.real-peers.test' } },
      recipient: 'multiline-reject@exim.real-peers.test',
      action: 'failed',
      code: 550,
      enhanced: '5.7.1',
      status: '5.0.0',
      remoteHost: '127.0.0.1',
      command: 'RCPT TO',
      // 550 5.7.1 with no words the patterns know: the X.7 subject (refused by policy).
      reason: { id: 'policy-rejected', severity: 'depends', evidence: { rule: 'subject', code: 'X.7' } },
      provider: null,
      explanation: {
        code: 550,
        enhanced: '5.7.1',
        basic: { title: 'Mailbox unavailable' },
        reason: { id: 'policy-rejected' },
        provider: null,
      },
    });
    expect(o.notice.returned.messageId).toBe('<BP02.1796690697@real-logs.test>');
  });

  it('a message that is no delivery report: says so, explains its codes, exit 1 without any', () => {
    const plain = 'From: alice@example.com\nTo: bob@example.com\nSubject: the logs\n\nThe server said 550 5.1.1 User unknown again.\n';
    const r = cli(['explain'], { input: plain });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Not a delivery report\n  no delivery report found');
    expect(r.stdout).toContain('550 5.1.1');
    const none = cli(['explain'], { input: 'From: alice@example.com\nSubject: lunch\n\nNoon?\n' });
    expect(none.status).toBe(1);
    expect(none.stdout).toContain('no delivery report found');
    expectNoStack(none);
    expect(cli(['explain', '--lang', 'ja'], { input: plain }).stdout).toContain('配送状態通知ではありません');
    expect(cli(['explain', '--lang', 'ru'], { input: plain }).stdout).toContain('уведомление о состоянии доставки не найдено');
  });

  it('speaks ja and ru for the notice', () => {
    const input = read(`${REAL}exim/EB05.eml`);
    expect(cli(['explain', '--lang', 'ja'], { input }).stdout).toContain('不達通知 (バウンスメール)\n  作成元');
    expect(cli(['explain', '--lang', 'ru'], { input }).stdout).toContain('Отчёт о недоставке (NDR)\n  Автор отчёта');
  });

  it('pasted reply text is still read as before', () => {
    const r = cli(['explain', 'Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n']);
    expect(r.stdout).toContain('(DSN Status field, line 3)');
    expect(r.stdout).not.toContain('delivery report');
  });
});
