import { describe, expect, it } from 'vitest';
import { categoryOf, classify, enhancedStatusOf, parseReply, severityOf } from '../src/index.js';

describe('severityOf', () => {
  it('reads the first digit', () => {
    expect([200, 354, 421, 550, 571].map((code) => severityOf(code))).toEqual([
      'positive-completion',
      'positive-intermediate',
      'transient-negative',
      'permanent-negative',
      'permanent-negative',
    ]);
    expect(severityOf(parseReply('250 OK\r\n'))).toBe('positive-completion');
  });

  it('is undefined for other first digits and non-codes', () => {
    for (const code of [0, 99, 199, 600, 999, 1000, -1, 2.5, Number.NaN]) {
      expect(severityOf(code)).toBeUndefined();
    }
    expect(severityOf({ code: 'x' as never })).toBeUndefined();
  });
});

describe('categoryOf', () => {
  it('reads the second digit; x3z and x4z are unspecified', () => {
    expect([500, 211, 421, 530, 540, 550].map((code) => categoryOf(code))).toEqual([
      'syntax',
      'information',
      'connections',
      'unspecified',
      'unspecified',
      'mail-system',
    ]);
    expect(categoryOf(560)).toBeUndefined();
    expect(categoryOf({ code: 290 })).toBeUndefined();
    expect(categoryOf(1234)).toBeUndefined();
  });
});

describe('enhancedStatusOf', () => {
  it('splits reply.enhanced', () => {
    expect(enhancedStatusOf(parseReply('550 5.1.1 x\r\n'))).toEqual({ class: 5, subject: 1, detail: 1 });
    expect(enhancedStatusOf({ enhanced: '4.7.123' })).toEqual({ class: 4, subject: 7, detail: 123 });
    expect(enhancedStatusOf(parseReply('250 OK\r\n'))).toBeNull();
  });

  it('is null for anything that is not c.s.d', () => {
    for (const enhanced of ['', '5.1', '5.1.1.1', '3.1.1', '5.1.1000', '5..1', 'a.b.c', '5.1.1 ']) {
      expect(enhancedStatusOf({ enhanced })).toBeNull();
    }
  });

  it('reads leading zeros as numbers, up to three digits in every part', () => {
    expect(enhancedStatusOf({ enhanced: '5.01.001' })).toEqual({ class: 5, subject: 1, detail: 1 });
    expect(enhancedStatusOf({ enhanced: '05.1.1' })).toEqual({ class: 5, subject: 1, detail: 1 });
    expect(enhancedStatusOf({ enhanced: '005.000.0' })).toEqual({ class: 5, subject: 0, detail: 0 });
    for (const enhanced of ['0005.1.1', '5.0001.1', '25.1.1', 'X.1.1', 'x.1.1', '.5.1.1', '5.1.1.', '5.1.', '５.1.1']) {
      expect(enhancedStatusOf({ enhanced })).toBeNull();
    }
  });
});

describe('classify', () => {
  const of = (input: string) => classify(parseReply(input));

  it('follows the first digit', () => {
    expect(of('250 2.1.5 Ok\r\n')).toEqual({ action: 'success', closing: false, reason: 'positive-completion' });
    expect(of('354 go\r\n')).toEqual({ action: 'intermediate', closing: false, reason: 'positive-intermediate' });
    expect(of('451 4.7.1 later\r\n')).toEqual({ action: 'retry', closing: false, reason: 'transient-negative' });
    expect(of('550 5.1.1 no\r\n')).toEqual({ action: 'fail', closing: false, reason: 'permanent-negative' });
    expect(classify({ code: 600, enhanced: null, text: '' })).toEqual({ action: 'fail', closing: false, reason: 'unknown-code' });
  });

  it('421 and 221 close the channel', () => {
    expect(of('421 4.7.0 closing\r\n')).toEqual({ action: 'retry', closing: true, reason: 'service-closing' });
    expect(of('221 2.0.0 Bye\r\n')).toEqual({ action: 'success', closing: true, reason: 'positive-completion' });
  });

  it('552 meaning too many recipients is transient (RFC 5321 §4.5.3.1.10)', () => {
    expect(of('552 5.5.3 Too many recipients\r\n').action).toBe('retry');
    expect(of('552 5.5.3 Recipient limit reached\r\n').reason).toBe('too-many-recipients');
    expect(of('552 Too many recipients\r\n').reason).toBe('too-many-recipients');
    expect(of('552 5.3.4 Error: TOO MANY RECIPIENTS for this message\r\n').reason).toBe('too-many-recipients');
    expect(of('552 5.2.2 Mailbox full\r\n')).toEqual({ action: 'fail', closing: false, reason: 'permanent-negative' });
    expect(of('552 5.3.4 Message too big\r\n').action).toBe('fail');
    expect(of('552 too  many recipients\r\n').action).toBe('fail');
    expect(of('550 5.5.3 Too many recipients\r\n').action).toBe('fail');
    expect(of('452 4.5.3 Too many recipients\r\n')).toEqual({ action: 'retry', closing: false, reason: 'transient-negative' });
  });
});
