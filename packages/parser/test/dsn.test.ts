import { describe, expect, it } from 'vitest';
import { parseDiagnosticCode, parseStatusField } from '../src/index.js';

describe('parseStatusField', () => {
  it('parses a status code with an optional comment', () => {
    expect(parseStatusField('5.1.1')).toEqual({ class: 5, subject: 1, detail: 1, code: '5.1.1', comment: null });
    expect(parseStatusField(' 4.4.7 (delivery time expired) ')).toEqual({
      class: 4,
      subject: 4,
      detail: 7,
      code: '4.4.7',
      comment: 'delivery time expired',
    });
    expect(parseStatusField('5.7.1(nested (comment) \\) ok)')?.comment).toBe('nested (comment) \\) ok');
    expect(parseStatusField('2.0.0')?.class).toBe(2);
  });

  it('accepts the field name, folding and leading zeros (normalised)', () => {
    expect(parseStatusField('Status: 5.1.1')?.code).toBe('5.1.1');
    expect(parseStatusField('STATUS : 5.1.1\r\n (user\r\n unknown)')).toEqual({
      class: 5,
      subject: 1,
      detail: 1,
      code: '5.1.1',
      comment: 'user unknown',
    });
    expect(parseStatusField('5.01.001')?.code).toBe('5.1.1');
    expect(parseStatusField('05.1.1')?.code).toBe('5.1.1');
    expect(parseStatusField('5.1.010 (x)')).toEqual({ class: 5, subject: 1, detail: 10, code: '5.1.10', comment: 'x' });
  });

  it('is undefined for anything else', () => {
    for (const value of [
      '',
      'failed',
      '3.1.1',
      '5.1',
      '5.1.1.1',
      '5.1.1000',
      '5.1.1 x',
      '5.1.1 (open',
      '5.1.1 (a) b',
      'x 5.1.1',
      'X.1.1',
      '5.1.1.',
      '5.0001.1',
      42,
    ]) {
      expect(parseStatusField(value as string)).toBeUndefined();
    }
  });
});

describe('parseDiagnosticCode', () => {
  it('parses type and text, any case, spaces around ;', () => {
    const diagnostic = parseDiagnosticCode('SMTP ;  550 5.1.1 <nobody@example.org>: Recipient address rejected ');
    expect(diagnostic?.type).toBe('smtp');
    expect(diagnostic?.text).toBe('550 5.1.1 <nobody@example.org>: Recipient address rejected');
    expect(diagnostic?.reply).toMatchObject({ code: 550, enhanced: '5.1.1', text: '<nobody@example.org>: Recipient address rejected' });
    expect(parseDiagnosticCode('smtp;550 5.1.1 x')?.reply?.enhanced).toBe('5.1.1');
  });

  it('accepts the whole header line and unfolds it', () => {
    const diagnostic = parseDiagnosticCode('Diagnostic-Code: smtp; 550 5.7.1 Message rejected\r\n  due to policy\r\n');
    expect(diagnostic?.text).toBe('550 5.7.1 Message rejected  due to policy');
    expect(diagnostic?.reply?.text).toBe('Message rejected  due to policy');
  });

  it('recognises a multiline reply flattened onto one line', () => {
    const diagnostic = parseDiagnosticCode(
      "smtp; 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address 550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp",
    );
    expect(diagnostic?.reply).toEqual({
      code: 550,
      lines: [
        '5.1.1 The email account that you tried to reach does not exist. Please try',
        "5.1.1 double-checking the recipient's email address",
        '5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp',
      ],
      enhanced: '5.1.1',
      text: "The email account that you tried to reach does not exist. Please try\ndouble-checking the recipient's email address\nhttps://support.google.com/mail/?p=NoSuchUser - gsmtp",
      warnings: [],
    });
  });

  it('recognises one reply line per folded line', () => {
    const diagnostic = parseDiagnosticCode('smtp; 550-5.7.1 first\r\n    550-5.7.1 second\r\n    550 5.7.1 last');
    expect(diagnostic?.reply?.lines).toEqual(['5.7.1 first', '5.7.1 second', '5.7.1 last']);
  });

  it('ends at the first final line; later codes are text', () => {
    const diagnostic = parseDiagnosticCode('smtp; 550-a 550 b 550 c');
    expect(diagnostic?.reply?.lines).toEqual(['a', 'b 550 c']);
  });

  it('reads a last line still marked as continuation as the final line', () => {
    const diagnostic = parseDiagnosticCode('smtp; 550-5.1.1 The email account that you tried to reach does not exist.');
    expect(diagnostic?.reply).toMatchObject({
      code: 550,
      enhanced: '5.1.1',
      text: 'The email account that you tried to reach does not exist.',
    });
    expect(parseDiagnosticCode('smtp; 550-5.1.1 a 550-5.1.1 b')?.reply?.lines).toEqual(['5.1.1 a', '5.1.1 b']);
  });

  it('does not split at other codes or without white space', () => {
    expect(parseDiagnosticCode('smtp; 550-a 551 b')?.reply?.lines).toEqual(['a 551 b']);
    expect(parseDiagnosticCode('smtp; 550-a550 b')?.reply?.lines).toEqual(['a550 b']);
  });

  it('reply is null for other types or text that is not a reply', () => {
    expect(parseDiagnosticCode('X-Postfix; host mx.example.org said: 550 no')).toEqual({
      type: 'x-postfix',
      text: 'host mx.example.org said: 550 no',
      reply: null,
    });
    expect(parseDiagnosticCode('smtp; Host or domain name not found')?.reply).toBeNull();
    expect(parseDiagnosticCode('smtp;')?.reply).toBeNull();
  });

  it('is undefined without a type', () => {
    for (const value of ['550 5.1.1 x', '; 550 x', 'two words; 550 x', 42]) {
      expect(parseDiagnosticCode(value as string)).toBeUndefined();
    }
  });

  it('keeps warnings of the lenient reading', () => {
    expect(parseDiagnosticCode('smtp; 550 4.1.1 x')?.reply?.warnings.map((w) => w.kind)).toEqual(['enhanced-class-mismatch']);
  });
});
