import { describe, expect, it } from 'vitest';
import { enhancedAt } from '../src/index.js';

describe('enhancedAt', () => {
  it.each([
    ['5.1.1', 0, false, { code: '5.1.1', end: 5 }],
    ['550 5.1.1 user unknown', 4, false, { code: '5.1.1', end: 9 }],
    ['a5.1.1', 1, false, { code: '5.1.1', end: 6 }],
    ['2.0.0', 0, false, { code: '2.0.0', end: 5 }],
    ['4.999.999', 0, false, { code: '4.999.999', end: 9 }],
    ['5.1.1.', 0, false, { code: '5.1.1', end: 5 }],
    ['5.1.1.x', 0, false, { code: '5.1.1', end: 5 }],
    ['5.1.1,', 0, false, { code: '5.1.1', end: 5 }],
    ['5.1.1-x', 0, false, { code: '5.1.1', end: 5 }],
    ['5.1.1_', 0, false, { code: '5.1.1', end: 5 }],
    ['5.1.1é', 0, false, { code: '5.1.1', end: 5 }],
    ['X.1.1', 0, true, { code: 'X.1.1', end: 5 }],
    ['x.7.1 spam', 0, true, { code: 'X.7.1', end: 5 }],
    ['5.7.1', 0, true, { code: '5.7.1', end: 5 }],
  ])('reads %j at %i (class-less %s)', (text, at, classless, token) => {
    expect(enhancedAt(text, at, classless)).toEqual(token);
  });

  it.each([
    ['X.1.1', 0, false],
    ['x.1.1', 0, false],
    ['3.1.1', 0, false],
    ['05.1.1', 0, false],
    ['5.01.1', 0, false],
    ['5.1.01', 0, false],
    ['5.00.0', 0, true],
    ['5.1.1000', 0, false],
    ['5.1.1a', 0, false],
    ['5.1.1A', 0, false],
    ['5.1.1.2', 0, false],
    ['5.1', 0, false],
    ['5.1.', 0, false],
    ['5..1', 0, false],
    ['5.1.1', 1, false],
    ['5.1.1', 9, false],
    ['', 0, false],
    ['５.1.1', 0, false],
    ['Y.1.1', 0, true],
  ])('rejects %j at %i (class-less %s)', (text, at, classless) => {
    expect(enhancedAt(text, at, classless)).toBeUndefined();
  });
});
