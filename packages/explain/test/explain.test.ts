import { describe, expect, it } from 'vitest';
import { en, explainFinding, extract, isExplained } from '../src/index.js';
import { ja } from '../src/ja.js';
import { ru } from '../src/ru.js';

const explain = (text: string, language = en) => extract(text).map((f) => explainFinding(f, language));

describe('explainFinding', () => {
  it('a rejected recipient: both codes, their parts, retry guidance, the text as received', () => {
    const [e] = explain('550 5.1.1 <bob@example.com>: Recipient address rejected');
    expect(e).toMatchObject({
      kind: 'reply',
      line: 1,
      code: 550,
      enhanced: '5.1.1',
      text: '<bob@example.com>: Recipient address rejected',
      lines: ['5.1.1 <bob@example.com>: Recipient address rejected'],
      locale: 'en',
      basic: {
        code: 550,
        known: true,
        title: 'Mailbox unavailable',
        rfcText: 'Requested action not taken: mailbox unavailable',
        class: { digit: 5 },
        category: { digit: 5 },
      },
      enhancedStatus: {
        code: '5.1.1',
        known: true,
        fallback: 'none',
        fallbackNote: null,
        title: 'Bad destination mailbox address',
        class: { value: 5, title: 'Permanent Failure' },
        subject: { value: 1, title: 'Addressing Status' },
        detail: { value: 1, title: 'Bad destination mailbox address' },
        classAllowed: true,
        deprecated: false,
      },
      severity: 'permanent-negative',
      retry: { action: 'fail', closing: false, reason: 'permanent-negative', basis: 'reply' },
      notes: [],
      warnings: [],
      error: null,
    });
    expect(e?.retry?.advice).toMatch(/^Permanent error/);
    expect(isExplained(e!)).toBe(true);
  });

  it('in Japanese and Russian', () => {
    const [j] = explain('550 5.1.1 x', ja);
    expect(j?.locale).toBe('ja');
    expect(j?.basic?.title).toBe('メールボックスが利用できない');
    expect(j?.enhancedStatus?.subject?.title).toContain('アドレス');
    expect(j?.retry?.advice).toContain('恒久的エラー');
    const [r] = explain('550 5.1.1 x', ru);
    expect(r?.basic?.title).toBe('Почтовый ящик недоступен');
    expect(r?.retry?.advice).toContain('Постоянная ошибка');
  });

  it('421 closes the connection; 552 for too many recipients is temporary', () => {
    expect(explain('421 4.7.0 Too many connections, closing')[0]?.retry).toMatchObject({
      action: 'retry',
      closing: true,
      reason: 'service-closing',
    });
    expect(explain('421 4.7.0 closing', ja)[0]?.retry?.advice).toContain('接続');
    const [t] = explain('552 5.5.3 Too many recipients');
    expect(t?.retry).toMatchObject({ action: 'retry', reason: 'too-many-recipients' });
    expect(t?.retry?.advice).toContain('452');
    expect(explain('552 5.2.2 Mailbox full')[0]?.retry?.reason).toBe('permanent-negative');
    expect(explain('221 2.0.0 Bye')[0]?.retry).toMatchObject({ action: 'success', closing: true });
    expect(explain('354 Go ahead')[0]?.retry?.action).toBe('intermediate');
  });

  it('an enhanced code alone: guidance from its class', () => {
    const [e] = explain('4.2.2');
    expect(e).toMatchObject({ basic: null, severity: 'transient-negative', retry: { action: 'retry', basis: 'enhanced' } });
    expect(explain('X.7.1')[0]).toMatchObject({ enhancedStatus: { class: null }, retry: null, severity: null });
    expect(explain('X.7.17')[0]?.notes).toEqual(['Given without a class (X): the code is used only as 5.7.17.']);
    expect(explain('X.2.2')[0]?.notes).toEqual(['Given without a class (X): the code is used as 4.2.2 or 5.2.2.']);
    expect(explain('X.0.0')[0]?.notes).toEqual(['Given without a class (X): the code is used as 2.0.0, 4.0.0 or 5.0.0.']);
  });

  it('fall-backs are noted: an unregistered detail, an unregistered subject, an undefined basic code', () => {
    const [a] = explain('5.1.99');
    expect(a?.enhancedStatus).toMatchObject({ known: false, fallback: 'subject', detail: { value: 99, title: null } });
    expect(a?.enhancedStatus?.fallbackNote).toContain('5.1.99 is not registered');
    expect(explain('4.9.1')[0]?.enhancedStatus).toMatchObject({ fallback: 'class', subject: null });
    const [b] = explain('259');
    expect(b?.basic).toMatchObject({ known: false, code: 259 });
    expect(b?.notes[0]).toContain('No RFC defines 259');
    const [j] = explain('5.1.99', ja);
    expect(j?.enhancedStatus?.fallbackNote).toContain('サブジェクト');
  });

  it('invalid codes, class mismatches, class restrictions, deprecation', () => {
    const [bad] = explain('999');
    expect(bad).toMatchObject({ basic: null, retry: { action: 'fail', reason: 'unknown-code' } });
    expect(bad?.notes[0]).toContain('999 is not a valid reply code');
    expect(bad?.error?.message).toContain('outside the range');
    expect(isExplained(bad!)).toBe(false);
    const [m] = explain(
      'Jan 1 postfix/smtp[1]: 4F: to=<a@b>, dsn=5.7.1, status=bounced (host mx[192.0.2.1] said: 550 4.7.1 odd (in reply to RCPT TO command))',
    );
    expect(m?.warnings.map((w) => w.kind)).toEqual(['enhanced-class-mismatch']);
    expect(m?.enhanced).toBe('5.7.1');
    expect(explain('4.7.17')[0]?.notes).toContain('4.7.17 is not a defined form: the code is used only as 5.7.17.');
    expect(explain('2.7.1')[0]?.notes).toContain('2.7.1 is not a defined form: the code is used only as 4.7.1 or 5.7.1.');
    expect(explain('4.2.2')[0]?.notes).toEqual([]);
    expect(explain('X.6.10')[0]?.enhancedStatus?.deprecated).toBe(true);
  });

  it('parser warnings and errors get a message in the chosen language', () => {
    const [, w] = explain('250 Ok\r\n250\r\n');
    expect(w?.warnings).toEqual([{ kind: 'bare-code', line: 2, message: 'the reply is a code without text' }]);
    const [, broken] = explain('250 Ok\r\n550-5.1.1 User unknown\r\n', ru);
    expect(broken?.error).toMatchObject({ kind: 'incomplete', line: 3 });
    expect(broken?.error?.message).toContain('обрываются');
  });

  it('context from log lines and DSN blocks is kept', () => {
    const [e] = explain('Final-Recipient: rfc822; bob@example.com\nAction: failed\nStatus: 5.1.1\n');
    expect(e?.context).toEqual({ recipient: 'bob@example.com', action: 'failed' });
  });

  it('is plain data: JSON round-trips it', () => {
    const [e] = explain('550 5.1.1 x');
    expect(JSON.parse(JSON.stringify(e))).toEqual(e);
  });
});
