import { describe, expect, it } from 'vitest';
import { parseReplies, ReplyParseError, replyCodeAt } from '../src/index.js';
import { lineCode } from '../src/reply-code.js';

/** The parser's verdict on one line: bad-code, or the line has a code. */
function parserSeesCode(line: string): boolean {
  try {
    parseReplies(`${line}\r\n`);
    return true;
  } catch (error) {
    if (!(error instanceof ReplyParseError)) throw error;
    return error.kind !== 'bad-code';
  }
}

describe('replyCodeAt', () => {
  it('reads the code of BEHAVIOUR.md §3.2', () => {
    expect(replyCodeAt('550 5.1.1 No such user')).toBe(550);
    expect(replyCodeAt('250-PIPELINING')).toBe(250);
    expect(replyCodeAt('250')).toBe(250);
    expect(replyCodeAt('000 x')).toBe(0);
    expect(replyCodeAt('250=bad')).toBe(250);
    expect(replyCodeAt('said: 421-busy', 6)).toBe(421);
    expect(replyCodeAt('2500 x')).toBe(-1);
    expect(replyCodeAt('25')).toBe(-1);
    expect(replyCodeAt(' 250 OK')).toBe(-1);
    expect(replyCodeAt('OK')).toBe(-1);
    expect(replyCodeAt('250', -1)).toBe(-1);
    expect(replyCodeAt('250', 1)).toBe(-1);
  });

  it('agrees with the parser on which lines have a code', () => {
    const lines = [
      '250 OK',
      '250-a',
      '250',
      '250=bad',
      '250OK',
      '571 x',
      '999 x',
      '2500 x',
      '25',
      'OK',
      ' 250',
      '25x OK',
      '250\tOK',
      '٢٥٠ OK',
    ];
    for (const line of lines) {
      expect({ line, code: replyCodeAt(line) >= 0 }).toEqual({ line, code: parserSeesCode(line) });
      const bytes = new TextEncoder().encode(line);
      expect({ line, code: lineCode(bytes, 0, bytes.length) }).toEqual({ line, code: replyCodeAt(line) });
    }
  });
});
