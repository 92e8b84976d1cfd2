import { describe, expect, it } from 'vitest';
import { parseReply, ReplyDecoder, ReplyParseError } from '../src/index.js';
import { check, enc, kinds } from './helpers.js';

const modes = ['strict', 'lenient'] as const;
const both = (input: string | Uint8Array, options: object = {}) => modes.map((mode) => check(input, mode, options).error);

function pushError(decoder: ReplyDecoder, chunk: string | Uint8Array): ReplyParseError {
  try {
    decoder.push(chunk);
  } catch (error) {
    if (error instanceof ReplyParseError) {
      return error;
    }
    throw error;
  }
  throw new Error('push did not throw');
}

describe('bad-code', () => {
  it('rejects a line without a code in both modes, at its first byte', () => {
    for (const input of ['HTTP/1.1 200 OK\r\n', ' 250 OK\r\n', 'OK\r\n', '25 x\r\n', '2500 x\r\n', '\x16\x03\x03\x00Z\r\n']) {
      expect(both(input)).toEqual([
        { kind: 'bad-code', line: 1, offset: 0 },
        { kind: 'bad-code', line: 1, offset: 0 },
      ]);
    }
    for (const mode of modes) {
      const error = pushError(new ReplyDecoder({ mode }), 'H');
      expect([error.kind, error.line, error.offset]).toEqual(['bad-code', 1, 0]);
    }
  });

  it('waits for the 4th byte after three digits, and a pending CR decides nothing', () => {
    const decoder = new ReplyDecoder();
    expect(decoder.push('250')).toEqual([]);
    expect(decoder.push('\r')).toEqual([]);
    expect(decoder.push('\n')).toHaveLength(1);
    expect(pushError(new ReplyDecoder(), '2500').kind).toBe('bad-code');
    expect(pushError(new ReplyDecoder(), '2x').kind).toBe('bad-code');
  });

  it('is an error in strict mode inside a multiline reply, a warning in lenient mode', () => {
    expect(check('250-first\r\nsecond\r\n250 last\r\n', 'strict').error).toEqual({ kind: 'bad-code', line: 2, offset: 11 });
    const lenient = check('250-first\r\nsecond\r\n250 last\r\n', 'lenient');
    expect(lenient.replies[0]!.lines).toEqual(['first', 'second', 'last']);
    expect(lenient.replies[0]!.warnings).toEqual([{ kind: 'missing-code', line: 2 }]);
  });

  it('is an error between replies even in lenient mode (pipelining stays in sync)', () => {
    expect(check('250 OK\r\nsecond\r\n', 'lenient').error).toEqual({ kind: 'bad-code', line: 2, offset: 8 });
  });

  it('reports the replies completed before it', () => {
    const outcome = check('250 a\r\n251 b\r\nXYZ\r\n', 'lenient');
    expect(outcome.replies.map((reply) => reply.code)).toEqual([250, 251]);
    expect(outcome.error?.kind).toBe('bad-code');
  });
});

describe('bad-separator', () => {
  it('rejects anything but SP, "-" or the line end in both modes', () => {
    for (const input of ['250OK\r\n', '250=x\r\n', '250_x\r\n', '250\r\r\n', '250\rx\r\n']) {
      expect(both(input)).toEqual([
        { kind: 'bad-separator', line: 1, offset: 0 },
        { kind: 'bad-separator', line: 1, offset: 0 },
      ]);
    }
  });

  it('fails at the 4th byte', () => {
    expect(pushError(new ReplyDecoder(), '250=').kind).toBe('bad-separator');
    expect(pushError(new ReplyDecoder(), '250\r=').kind).toBe('bad-separator');
  });

  it('HT: strict error; lenient final line with a warning', () => {
    expect(check('250\tOK\r\n', 'strict').error?.kind).toBe('bad-separator');
    const reply = check('250-a\r\n250\tOK\r\n', 'lenient').replies[0]!;
    expect(reply.lines).toEqual(['a', 'OK']);
    expect(reply.warnings).toEqual([{ kind: 'bad-separator', line: 2 }]);
  });

  it('comes before bare-lf (BEHAVIOUR.md §4.1: the separator, step 4, before the line end, step 8)', () => {
    expect(both('250OK\n')).toEqual([
      { kind: 'bad-separator', line: 1, offset: 0 },
      { kind: 'bad-separator', line: 1, offset: 0 },
    ]);
  });
});

describe('code-out-of-range', () => {
  it('strict error; lenient keeps the value', () => {
    for (const [input, code] of [
      ['571 5.7.1 x\r\n', 571],
      ['600 x\r\n', 600],
      ['199 x\r\n', 199],
      ['000 x\r\n', 0],
      ['260 x\r\n', 260],
      ['160 x\r\n', 160],
    ] as const) {
      expect(check(input, 'strict').error).toEqual({ kind: 'code-out-of-range', line: 1, offset: 0 });
      const reply = check(input, 'lenient').replies[0]!;
      expect(reply.code).toBe(code);
      expect(kinds(reply.warnings)[0]).toBe('code-out-of-range');
    }
    for (const input of ['200 x\r\n', '559 x\r\n', '250 x\r\n']) {
      expect(check(input, 'strict').ok).toBe(true);
    }
  });

  it('comes before the separator check (BEHAVIOUR.md §4.1: the range, step 3, before the separator, step 4), early', () => {
    expect(check('600=x\r\n', 'strict').error?.kind).toBe('code-out-of-range');
    expect(check('600=x\r\n', 'lenient').error?.kind).toBe('bad-separator');
    expect(pushError(new ReplyDecoder({ mode: 'strict' }), '600 ').kind).toBe('code-out-of-range');
  });

  it('600 5.1.1 (lenient): out of range and class mismatch against its own first digit', () => {
    const reply = check('600 5.1.1 x\r\n', 'lenient').replies[0]!;
    expect(kinds(reply.warnings)).toEqual(['code-out-of-range', 'enhanced-class-mismatch']);
    expect(reply.enhanced).toBeNull();
  });
});

describe('code-mismatch', () => {
  it('strict error at the line, early', () => {
    expect(check('250-a\r\n251 b\r\n', 'strict').error).toEqual({ kind: 'code-mismatch', line: 2, offset: 7 });
    const decoder = new ReplyDecoder({ mode: 'strict' });
    decoder.push('250-a\r\n');
    expect(pushError(decoder, '251 ').kind).toBe('code-mismatch');
  });

  it('lenient: once per reply, framing unchanged, the most severe code wins', () => {
    const cases: [string, number][] = [
      ['250-a\r\n251 b\r\n', 250],
      ['550-x\r\n250 y\r\n', 550],
      ['250-x\r\n550 y\r\n', 550],
      ['250-x\r\n450-y\r\n550 z\r\n', 550],
      ['250-x\r\n450-y\r\n451 z\r\n', 450],
      ['450-x\r\n550-y\r\n551 z\r\n', 550],
      ['354-x\r\n250 y\r\n', 354],
    ];
    for (const [input, code] of cases) {
      const { replies } = check(input, 'lenient');
      expect(replies).toHaveLength(1);
      expect(replies[0]!.code).toBe(code);
      expect(kinds(replies[0]!.warnings).filter((kind) => kind === 'code-mismatch')).toHaveLength(1);
    }
  });

  it('lenient: the reply ends at the first final line', () => {
    const { replies } = check('250-a\r\n251 b\r\n252 c\r\n', 'lenient');
    expect(replies.map((reply) => reply.code)).toEqual([250, 252]);
  });
});

describe('bare-lf, bare-cr', () => {
  it('bare LF: strict error, lenient line end', () => {
    expect(check('250-a\r\n250 OK\n', 'strict').error).toEqual({ kind: 'bare-lf', line: 2, offset: 7 });
    expect(kinds(check('250 OK\n', 'lenient').replies[0]!.warnings)).toEqual(['bare-lf']);
  });

  it('bare CR: strict error, lenient keeps it in the text; bare-cr before bare-lf', () => {
    expect(check('250 O\rK\r\n', 'strict').error?.kind).toBe('bare-cr');
    expect(check('250 O\rK\n', 'strict').error?.kind).toBe('bare-cr');
    const reply = check('250 O\rK\n', 'lenient').replies[0]!;
    expect(reply.lines).toEqual(['O\rK']);
    expect(kinds(reply.warnings)).toEqual(['bare-cr', 'bare-lf']);
    const twoCrs = check('250 OK\r\r\n', 'lenient').replies[0]!;
    expect(twoCrs.lines).toEqual(['OK\r']);
    expect(kinds(twoCrs.warnings)).toEqual(['bare-cr']);
  });
});

describe('empty-line', () => {
  it('strict error wherever it is', () => {
    for (const [input, line] of [
      ['\r\n', 1],
      ['\n250 OK\r\n', 1],
      ['250-a\r\n\r\n250 b\r\n', 2],
      ['250 a\r\n\r\n', 2],
    ] as const) {
      expect(check(input, 'strict').error).toMatchObject({ kind: 'empty-line', line });
    }
  });

  it('lenient: skipped, warning to the reply it is in, the next reply, or the stream', () => {
    const inside = check('250-a\r\n\n250 b\r\n', 'lenient');
    expect(inside.replies[0]!.lines).toEqual(['a', 'b']);
    expect(inside.replies[0]!.warnings).toEqual([
      { kind: 'empty-line', line: 2 },
      { kind: 'bare-lf', line: 2 },
    ]);
    const before = check('\r\n\n250 b\r\n', 'lenient');
    expect(before.replies[0]!.warnings).toEqual([
      { kind: 'empty-line', line: 1 },
      { kind: 'bare-lf', line: 2 },
    ]);
    expect(before.warnings).toEqual([]);
    const after = check('250 b\r\n\r\n\r\n', 'lenient');
    expect(after.replies[0]!.warnings).toEqual([]);
    expect(after.warnings).toEqual([{ kind: 'empty-line', line: 2 }]);
  });

  it('lenient: skipped lines are still counted', () => {
    const outcome = check('\r\n\r\n250 a\r\nXYZ\r\n', 'lenient');
    expect(outcome.error).toEqual({ kind: 'bad-code', line: 4, offset: 11 });
  });
});

describe('line-too-long', () => {
  const line = (length: number, code = '250') => `${code} ${'x'.repeat(length - 6)}\r\n`;

  it('hard cap: both modes; exactly maxLineLength passes', () => {
    expect(line(16384)).toHaveLength(16384);
    expect(check(line(16384), 'lenient').ok).toBe(true);
    expect(both(line(16385))).toEqual([
      { kind: 'line-too-long', line: 1, offset: 0 },
      { kind: 'line-too-long', line: 1, offset: 0 },
    ]);
    expect(check(line(16385, '334'), 'strict').error?.kind).toBe('line-too-long');
  });

  it('fails as soon as the partial line passes the cap, without a line end', () => {
    const decoder = new ReplyDecoder({ mode: 'lenient', maxLineLength: 100 });
    decoder.push(`250 ${'x'.repeat(96)}`);
    expect(pushError(decoder, 'x')).toMatchObject({ kind: 'line-too-long', line: 1, offset: 0 });
    // A pending CR counts.
    const withCr = new ReplyDecoder({ mode: 'lenient', maxLineLength: 100 });
    expect(withCr.push(`250 ${'x'.repeat(95)}\r`)).toEqual([]);
    const withCr2 = new ReplyDecoder({ mode: 'lenient', maxLineLength: 100 });
    withCr2.push(`250 ${'x'.repeat(96)}`);
    expect(pushError(withCr2, '\r').kind).toBe('line-too-long');
  });

  it('code problems win over length (known after 4 bytes)', () => {
    expect(both(`HTTP${'x'.repeat(20000)}`)).toEqual([
      { kind: 'bad-code', line: 1, offset: 0 },
      { kind: 'bad-code', line: 1, offset: 0 },
    ]);
    expect(both(`250=${'x'.repeat(20000)}\r\n`).map((error) => error?.kind)).toEqual(['bad-separator', 'bad-separator']);
    const nul = `250 ${'x'.repeat(300)}\x00${'x'.repeat(300)}\r\n`;
    expect(check(nul, 'strict').error?.kind).toBe('line-too-long');
  });

  it('512 rule: strict error, lenient warning; exactly 512 passes; 334 exempt', () => {
    expect(check(line(512), 'strict').ok).toBe(true);
    expect(check(line(513), 'strict').error?.kind).toBe('line-too-long');
    expect(kinds(check(line(513), 'lenient').replies[0]!.warnings)).toEqual(['line-too-long']);
    expect(check(line(12290, '334'), 'strict').ok).toBe(true);
    const decoder = new ReplyDecoder({ mode: 'strict' });
    expect(pushError(decoder, `250 ${'x'.repeat(509)}`).kind).toBe('line-too-long');
  });

  it('334 exemption covers the lenient code-less lines of a 334 reply, not other codes', () => {
    const long = 'y'.repeat(600);
    expect(kinds(check(`334-a\r\n${long}\r\n334 b\r\n`, 'lenient').replies[0]!.warnings)).toEqual(['missing-code']);
    expect(kinds(check(`250-a\r\n${long}\r\n250 b\r\n`, 'lenient').replies[0]!.warnings)).toEqual(['missing-code', 'line-too-long']);
  });

  it('a cap below 512 fires first, with the same kind', () => {
    expect(both('250 abcdef\r\n', { maxLineLength: 8 }).map((error) => error?.kind)).toEqual(['line-too-long', 'line-too-long']);
    expect(check('250 a\r\n', 'strict', { maxLineLength: 7 }).ok).toBe(true);
  });

  it('counts the line end actually received', () => {
    expect(check(`250 ${'x'.repeat(507)}\n`, 'lenient').replies[0]!.warnings).toEqual([{ kind: 'bare-lf', line: 1 }]);
    expect(kinds(check(`250 ${'x'.repeat(508)}\r\n`, 'lenient').replies[0]!.warnings)).toEqual(['line-too-long']);
  });
});

describe('too-many-lines', () => {
  it('the line that would be entry maxLines + 1, both modes', () => {
    expect(both('250-a\r\n250-b\r\n250 c\r\n', { maxLines: 3 }).every((error) => error === undefined)).toBe(true);
    expect(both('250-a\r\n250-b\r\n250-c\r\n250 d\r\n', { maxLines: 3 })).toEqual([
      { kind: 'too-many-lines', line: 4, offset: 21 },
      { kind: 'too-many-lines', line: 4, offset: 21 },
    ]);
  });

  it('counts lenient code-less lines, not skipped empty lines', () => {
    expect(check('250-a\r\nb\r\n250 c\r\n', 'lenient', { maxLines: 2 }).error?.kind).toBe('too-many-lines');
    expect(check('250-a\r\n\r\n250 c\r\n', 'lenient', { maxLines: 2 }).ok).toBe(true);
  });

  it('is detected early, before the line end', () => {
    const decoder = new ReplyDecoder({ maxLines: 1 });
    decoder.push('250-a\r\n');
    expect(pushError(decoder, 'x').kind).toBe('too-many-lines');
  });
});

describe('incomplete', () => {
  it('an open reply at end of stream: next line number, offset = stream length', () => {
    expect(both('250-a\r\n')).toEqual([
      { kind: 'incomplete', line: 2, offset: 7 },
      { kind: 'incomplete', line: 2, offset: 7 },
    ]);
  });

  it('strict: any partial line', () => {
    expect(check('250 OK', 'strict').error).toEqual({ kind: 'incomplete', line: 1, offset: 0 });
    expect(check('250 a\r\n250 OK\r', 'strict').error).toEqual({ kind: 'incomplete', line: 2, offset: 7 });
  });

  it('lenient: a partial line that is not a complete-looking final line', () => {
    for (const [input, line, offset] of [
      ['250-SIZ', 1, 0],
      ['25', 1, 0],
      ['25\r', 1, 0],
      ['\r', 1, 0],
      ['250-a\r\nb', 2, 7],
      ['250-a\r\n2500', 2, 7],
      ['250 a\r\n\r', 2, 7],
    ] as const) {
      expect(check(input, 'lenient').error).toEqual({ kind: 'incomplete', line, offset });
    }
  });

  it('lenient accepts a final line without CRLF (unterminated)', () => {
    const cases: [string, string[], string[]][] = [
      ['250 OK', ['OK'], ['unterminated']],
      ['250 OK\r', ['OK'], ['unterminated']],
      ['250', [''], ['bare-code', 'unterminated']],
      ['250\r', [''], ['bare-code', 'unterminated']],
      ['250\tOK', ['OK'], ['bad-separator', 'unterminated']],
      ['250 O\rK\r', ['O\rK'], ['bare-cr', 'unterminated']],
    ];
    for (const [input, lines, warnings] of cases) {
      const reply = check(input, 'lenient').replies[0]!;
      expect(reply.lines).toEqual(lines);
      expect(kinds(reply.warnings)).toEqual(warnings);
    }
  });

  it('HTTP at end of stream is bad-code, decided earlier', () => {
    expect(both('HTTP').map((error) => error?.kind)).toEqual(['bad-code', 'bad-code']);
  });
});

describe('invalid-text', () => {
  it('control bytes: strict error; HT legal; C1 are only non-ASCII', () => {
    for (const byte of [0x00, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1f, 0x7f]) {
      const input = new Uint8Array([...enc('250 a'), byte, ...enc('b\r\n')]);
      expect(check(input, 'strict').error?.kind).toBe('invalid-text');
      const reply = check(input, 'lenient').replies[0]!;
      expect(kinds(reply.warnings)).toEqual(['control-char']);
      expect(reply.lines[0]).toBe(`a${String.fromCharCode(byte)}b`);
    }
    expect(check('250 a\tb\r\n', 'strict').ok).toBe(true);
    expect(kinds(check('250 a\u0085b\r\n', 'strict').replies[0]!.warnings)).toEqual(['non-ascii']);
  });

  it('invalid UTF-8: overlong, surrogate, > U+10FFFF, truncated, lone continuation', () => {
    for (const bytes of [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0x80], [0xff]]) {
      const input = new Uint8Array([...enc('250 a'), ...bytes, ...enc('\r\n')]);
      expect(check(input, 'strict').error?.kind).toBe('invalid-text');
      const reply = check(input, 'lenient').replies[0]!;
      expect(kinds(reply.warnings)).toEqual(['invalid-utf8']);
      expect(reply.lines[0]).toBe(`a${String.fromCharCode(...bytes)}`);
    }
  });

  it('control-char comes before invalid-utf8 (lenient)', () => {
    const input = new Uint8Array([...enc('250 \x01'), 0xfc, ...enc('\r\n')]);
    expect(kinds(check(input, 'lenient').replies[0]!.warnings)).toEqual(['control-char', 'invalid-utf8']);
  });
});

describe('enhanced-syntax, enhanced-class-mismatch, enhanced-inconsistent', () => {
  it('more than 3 digits: strict error; lenient drops the code', () => {
    for (const input of ['550 5.1.1000 x\r\n', '550 5.0001.1 x\r\n', '550 5.1.1000\r\n']) {
      expect(check(input, 'strict').error?.kind).toBe('enhanced-syntax');
      const reply = check(input, 'lenient').replies[0]!;
      expect(reply.enhanced).toBeNull();
      expect(reply.text).toBe(reply.lines[0]);
      expect(kinds(reply.warnings)).toEqual(['enhanced-syntax']);
    }
  });

  it('leading zero: strict error; lenient normalises', () => {
    expect(check('550 5.01.1 x\r\n', 'strict').error?.kind).toBe('enhanced-syntax');
    const reply = check('550 5.01.001 x\r\n', 'lenient').replies[0]!;
    expect(reply.enhanced).toBe('5.1.1');
    expect(reply.text).toBe('x');
    expect(check('550 5.0.0 x\r\n', 'strict').replies[0]!.enhanced).toBe('5.0.0');
  });

  it('#: lenient warning, kept; strict plain text', () => {
    const lenient = check('550 #5.1.0 Address rejected\r\n', 'lenient').replies[0]!;
    expect(lenient.enhanced).toBe('5.1.0');
    expect(lenient.text).toBe('Address rejected');
    expect(kinds(lenient.warnings)).toEqual(['enhanced-syntax']);
    const strict = check('550 #5.1.0 Address rejected\r\n', 'strict').replies[0]!;
    expect(strict.enhanced).toBeNull();
    expect(strict.text).toBe('#5.1.0 Address rejected');
    expect(strict.warnings).toEqual([]);
    // Leading zero and # report the kind once.
    expect(kinds(check('550 #5.01.0 x\r\n', 'lenient').replies[0]!.warnings)).toEqual(['enhanced-syntax']);
  });

  it('class mismatch: strict error; lenient ignores the code', () => {
    expect(check('550 4.7.1 try later\r\n', 'strict').error?.kind).toBe('enhanced-class-mismatch');
    const reply = check('550 4.7.1 try later\r\n', 'lenient').replies[0]!;
    expect([reply.enhanced, reply.text]).toEqual([null, '4.7.1 try later']);
  });

  it('reply-level class check after a lenient code mismatch names the final line', () => {
    const reply = check('250-2.0.0 a\r\n550 5.0.0 b\r\n', 'lenient').replies[0]!;
    expect(reply.code).toBe(550);
    expect(reply.enhanced).toBeNull();
    expect(reply.text).toBe('2.0.0 a\n5.0.0 b');
    expect(reply.warnings).toEqual([
      { kind: 'code-mismatch', line: 2 },
      { kind: 'enhanced-inconsistent', line: 2 },
      { kind: 'enhanced-class-mismatch', line: 2 },
    ]);
  });

  it('inconsistency: strict error at the first differing line; lenient first code wins', () => {
    const cases: [string, number, string | null, string][] = [
      ['550-5.7.1 a\r\n550-b\r\n550 c\r\n', 2, '5.7.1', 'a\nb\nc'],
      ['550-a\r\n550 5.1.1 b\r\n', 2, '5.1.1', 'a\nb'],
      ['550-5.1.1 a\r\n550 5.1.2 b\r\n', 2, '5.1.1', 'a\n5.1.2 b'],
      ['550-5.1.1 a\r\n550-\r\n550 5.1.1 c\r\n', 2, '5.1.1', 'a\n\nc'],
    ];
    for (const [input, line, enhanced, text] of cases) {
      expect(check(input, 'strict').error).toMatchObject({ kind: 'enhanced-inconsistent', line });
      const reply = check(input, 'lenient').replies[0]!;
      expect([reply.enhanced, reply.text]).toEqual([enhanced, text]);
      expect(reply.warnings).toEqual([{ kind: 'enhanced-inconsistent', line }]);
    }
  });
});

describe('extra-data (parseReply)', () => {
  const replyError = (input: string, mode: 'strict' | 'lenient' = 'lenient') => {
    try {
      parseReply(input, { mode });
    } catch (error) {
      if (error instanceof ReplyParseError) {
        return { kind: error.kind, line: error.line, offset: error.offset, replies: error.replies.length };
      }
      throw error;
    }
    return undefined;
  };

  it('any non-empty line after the reply, at its first byte, with the reply', () => {
    expect(replyError('250 OK\r\n250 OK\r\n')).toEqual({ kind: 'extra-data', line: 2, offset: 8, replies: 1 });
    expect(replyError('250 OK\r\nHTTP')).toEqual({ kind: 'extra-data', line: 2, offset: 8, replies: 1 });
    expect(replyError('250 OK\r\n\r\nx', 'lenient')).toEqual({ kind: 'extra-data', line: 3, offset: 10, replies: 1 });
  });

  it('empty lines after the reply follow the empty-line rules', () => {
    expect(replyError('250 OK\r\n\r\n', 'strict')).toEqual({ kind: 'empty-line', line: 2, offset: 8, replies: 1 });
    expect(parseReply('250 OK\r\n\r\n\n').text).toBe('OK');
    expect(replyError('250 OK\r\n\r')).toEqual({ kind: 'incomplete', line: 2, offset: 8, replies: 1 });
  });

  it('no reply is incomplete at the next line', () => {
    expect(replyError('')).toEqual({ kind: 'incomplete', line: 1, offset: 0, replies: 0 });
    expect(replyError('\r\n')).toEqual({ kind: 'incomplete', line: 2, offset: 2, replies: 0 });
  });
});
