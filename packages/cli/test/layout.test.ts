import { type ExplainLanguage, en, explainFinding, extract, layoutExplanation } from '@smtp-codes/explain';
import { ja } from '@smtp-codes/explain/ja';
import { describe, expect, it } from 'vitest';
import { plain } from '../src/format/style.js';
import { formatExplanation } from '../src/format/terminal.js';

const layouts = (text: string, language: ExplainLanguage = en) =>
  extract(text).map((f) => layoutExplanation(explainFinding(f, language), language.messages));

describe('layoutExplanation', () => {
  it('a multiline reply: one fact row per line, headings, parts, retry', () => {
    const [l] = layouts(
      '550-5.1.1 The email account that you tried to reach does not exist.\r\n550-5.1.1 Please try double-checking the recipient\r\n550 5.1.1 address for typos.\r\n',
    );
    expect(l).toMatchObject({
      codes: '550 5.1.1',
      severity: 'permanent-negative',
      verdict: 'Permanent error',
      where: 'SMTP reply, line 1',
      facts: [
        { label: 'Reply text', value: 'The email account that you tried to reach does not exist.' },
        { label: '', value: 'Please try double-checking the recipient' },
        { label: '', value: 'address for typos.' },
      ],
      basic: {
        heading: 'Reply code 550',
        title: 'Mailbox unavailable',
        subtitle: 'Permanent negative completion · Mail system',
      },
      enhanced: {
        heading: 'Enhanced status code 5.1.1',
        title: 'Bad destination mailbox address',
        parts: [
          { label: 'Class 5', value: 'Permanent Failure' },
          { label: 'Subject 1', value: 'Addressing Status' },
          { label: 'Detail 1', value: 'Bad destination mailbox address' },
        ],
        fallbackNote: null,
      },
      notes: [],
      retry: { label: 'Retry' },
      error: null,
      warnings: null,
    });
    // Descriptions as in the data: the terminal strips the code spans, a page may render them.
    expect(l?.enhanced?.description).toContain('`@`');
    expect(l?.enhanced?.note).toMatch(/^Note: /);
  });

  it('a Postfix log line: the context rows in order, the logged DSN code when it differs', () => {
    const [l] = layouts(
      'Jan 10 postfix/smtp[1]: 4F: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.7.1 Rejected (in reply to end of DATA command))',
    );
    expect(l?.where).toBe('Postfix log line, line 1');
    expect(l?.facts).toEqual([
      { label: 'Reply text', value: 'Rejected' },
      { label: 'Recipient', value: 'bob@example.com' },
      { label: 'Remote host', value: 'mx.example.com[192.0.2.1]' },
      { label: 'In reply to', value: 'end of DATA' },
      { label: 'Delivery status', value: 'bounced' },
      { label: 'Logged DSN code', value: '5.0.0' },
    ]);
    const [same] = layouts(
      'Jan 10 postfix/smtp[1]: 4F: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.1.1, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command))',
    );
    expect(same?.facts.map((r) => r.label)).not.toContain('Logged DSN code');
  });

  it('a bare enhanced code: no facts, no basic part; an unregistered detail has the fallback note once', () => {
    const [l] = layouts('5.1.99');
    expect(l).toMatchObject({ codes: '5.1.99', where: 'Code, line 1', facts: [], basic: null, notes: [] });
    expect(l?.enhanced).toMatchObject({
      heading: 'Enhanced status code 5.1.99',
      title: 'Addressing Status',
      parts: [
        { label: 'Class 5', value: 'Permanent Failure' },
        { label: 'Subject 1', value: 'Addressing Status' },
        { label: 'Detail 99', value: '—' },
      ],
      fallbackNote: "5.1.99 is not registered: its subject's meaning is shown, as RFC 3463 asks.",
      note: null,
    });
    const [generic] = layouts('X.1.2');
    expect(generic).toMatchObject({
      severity: null,
      verdict: null,
      retry: null,
      notes: ['Given without a class (X): the code is used only as 5.1.2.'],
    });
    expect(generic?.enhanced?.parts.map((r) => r.label)).toEqual(['Subject 1', 'Detail 2']);
  });

  it('a broken reply: the error with its labels; no codes at all shows "?" and the source', () => {
    const [, broken] = layouts('250 Ok\r\n550-5.1.1 User unknown\r\n');
    expect(broken?.error).toEqual({
      kind: 'incomplete',
      line: 3,
      lineLabel: 'line 3',
      message: 'the input ends inside a reply: no final line (NNN and a space)',
      label: 'Parse error',
    });
    const [status] = layouts('Status: 5.1\n');
    expect(status).toMatchObject({
      codes: '?',
      where: 'DSN Status field, line 1',
      facts: [{ label: 'Reply text', value: 'Status: 5.1' }],
      basic: null,
      enhanced: null,
      retry: null,
      error: { kind: 'dsn-status-syntax', lineLabel: 'line 1', label: 'Parse error' },
    });
  });

  it('a reply with warnings', () => {
    const [l] = layouts('550-5.1.1 a\r\n551 5.1.1 b\r\n');
    expect(l?.warnings).toEqual({
      label: 'Warnings',
      items: [{ kind: 'code-mismatch', line: 2, lineLabel: 'line 2', message: 'the lines of the reply carry different reply codes' }],
    });
    expect(l?.error).toBeNull();
  });

  it('values stay raw: the terminal sanitizes, a page escapes for itself', () => {
    const [l] = layouts('550 5.1.1 a\x1b[31mred\r\n');
    expect(l?.facts[0]?.value).toBe('a\x1b[31mred');
    const [e] = extract('550 5.1.1 a\x1b[31mred\r\n').map((f) => explainFinding(f, en));
    expect(formatExplanation(e!, { messages: en.messages, style: plain })).not.toContain('\x1b');
  });

  it('in the language given', () => {
    const [l] = layouts('550 5.1.1 <bob@example.com>: Recipient address rejected', ja);
    expect(l).toMatchObject({
      verdict: '恒久的エラー',
      where: 'SMTP 応答、1 行目',
      facts: [{ label: '応答テキスト' }],
      basic: { heading: '応答コード 550', title: 'メールボックスが利用できない' },
      enhanced: { heading: '拡張ステータスコード 5.1.1' },
      retry: { label: '再試行' },
    });
  });

  it('the terminal shows every row of the layout', () => {
    const text =
      'Jan 10 postfix/smtp[1]: 4F: to=<bob@example.com>, relay=mx.example.com[192.0.2.1]:25, dsn=5.0.0, status=bounced (host mx.example.com[192.0.2.1] said: 550 5.7.1 Rejected (in reply to end of DATA command))\n550-5.1.99 a\r\n551 5.1.99 b\r\n';
    for (const f of extract(text)) {
      const e = explainFinding(f, en);
      const l = layoutExplanation(e, en.messages);
      const out = formatExplanation(e, { messages: en.messages, style: plain, width: 200 });
      const expected = [
        l.codes,
        l.where,
        ...l.facts.flatMap((r) => [r.label, r.value]),
        l.basic?.heading,
        l.basic?.subtitle,
        l.enhanced?.heading,
        ...(l.enhanced?.parts ?? []).flatMap((r) => [r.label, r.value]),
        l.enhanced?.fallbackNote,
        ...l.notes,
        l.retry?.label,
        ...(l.warnings?.items ?? []).map((w) => `${w.lineLabel}: ${w.message}`),
      ];
      for (const s of expected) if (s) expect(out).toContain(s);
    }
  });
});
