import { describe, expect, it } from 'vitest';
import { parseEnhanced, readEnhanced } from '../src/index.js';

// parseEnhanced is the strict reading of RFC 3463 §2 plus the registry's class-less `X.s.d`.
describe('parseEnhanced', () => {
  it.each([
    ['5.1.1', { class: 5, subject: 1, detail: 1 }],
    ['2.0.0', { class: 2, subject: 0, detail: 0 }],
    ['4.7.123', { class: 4, subject: 7, detail: 123 }],
    ['5.999.999', { class: 5, subject: 999, detail: 999 }],
    ['X.1.1', { class: undefined, subject: 1, detail: 1 }],
  ])('reads %s', (code, parts) => {
    expect(parseEnhanced(code)).toEqual(parts);
  });

  it.each([
    'x.1.1',
    '3.1.1',
    '05.1.1',
    '5.01.1',
    '5.1.01',
    '5.00.0',
    '5.1.1000',
    '5.1',
    '5.1.1.1',
    '5.1.1.',
    ' 5.1.1',
    '5.1.1 ',
    '5.1.1\n',
    '5..1',
    '.5.1.1',
    '５.1.1',
    '5.١.1',
    '',
  ])('rejects %j', (code) => {
    expect(parseEnhanced(code)).toBeUndefined();
  });

  it('rejects what is not a string', () => {
    for (const value of [511, null, undefined, ['5.1.1'], { toString: () => '5.1.1' }]) expect(parseEnhanced(value)).toBeUndefined();
  });
});

describe('readEnhanced', () => {
  it('reads the code at start and says where it ends, leaving what follows to the caller', () => {
    expect(readEnhanced('550 5.7.1 Relaying denied', 4)).toEqual({ class: 5, subject: 7, detail: 1, end: 9 });
    expect(readEnhanced('5.1.1.2')).toEqual({ class: 5, subject: 1, detail: 1, end: 5 });
    expect(readEnhanced('5.1.1a')?.end).toBe(5);
  });

  it('reads nothing at or after end', () => {
    expect(readEnhanced('5.1.12', 0, 5)).toEqual({ class: 5, subject: 1, detail: 1, end: 5 });
    expect(readEnhanced('5.1.1', 0, 4)).toBeUndefined();
    expect(readEnhanced('5.1.1', 5)).toBeUndefined();
  });

  it('takes the class-less form only when asked, lower case only with any-case', () => {
    expect(readEnhanced('X.1.1')).toBeUndefined();
    expect(readEnhanced('X.1.1', 0, 5, { classless: 'X' })).toEqual({ class: undefined, subject: 1, detail: 1, end: 5 });
    expect(readEnhanced('x.1.1', 0, 5, { classless: 'X' })).toBeUndefined();
    expect(readEnhanced('x.1.1', 0, 5, { classless: 'any-case' })?.class).toBeUndefined();
    expect(readEnhanced('x.1.1', 0, 5, { classless: 'any-case' })?.end).toBe(5);
  });

  it('reads leading zeros in every part only when asked, and never more than three digits', () => {
    for (const code of ['05.1.1', '5.01.1', '5.1.01']) {
      expect(readEnhanced(code)).toBeUndefined();
      expect(readEnhanced(code, 0, code.length, { leadingZeros: true })).toEqual({ class: 5, subject: 1, detail: 1, end: code.length });
    }
    for (const code of ['0005.1.1', '5.0001.1', '5.1.0001'])
      expect(readEnhanced(code, 0, code.length, { leadingZeros: true })).toBeUndefined();
  });
});
