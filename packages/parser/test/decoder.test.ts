import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { parseReplies, parseReply, ReplyDecoder, ReplyParseError } from '../src/index.js';
import { check, enc, kinds } from './helpers.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

describe('ReplyDecoder', () => {
  it('returns replies as their final lines arrive, several per chunk, in order', () => {
    const decoder = new ReplyDecoder();
    expect(decoder.push('250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 No\r\n354 Go')).toHaveLength(3);
    expect(decoder.push(' ahead\r\n').map((reply) => reply.code)).toEqual([354]);
    expect(decoder.end()).toEqual([]);
  });

  it('accepts Buffer, Uint8Array, a Uint8Array from another realm, and strings', () => {
    const foreign = runInNewContext('new Uint8Array([50, 53, 48, 32, 79, 75, 13, 10])') as Uint8Array;
    expect(foreign instanceof Uint8Array).toBe(false);
    for (const input of [Buffer.from('250 OK\r\n'), enc('250 OK\r\n'), foreign, '250 OK\r\n']) {
      expect(new ReplyDecoder().push(input)[0]!.text).toBe('OK');
    }
  });

  it('a wrong input type is a TypeError and leaves the decoder usable', () => {
    const decoder = new ReplyDecoder();
    decoder.push('250-a\r\n');
    for (const input of [123, null, undefined, {}, new DataView(new ArrayBuffer(1)), new Uint16Array(2), [50]]) {
      expect(thrown(() => decoder.push(input as never))).toBeInstanceOf(TypeError);
    }
    expect(decoder.push('250 b\r\n')[0]!.lines).toEqual(['a', 'b']);
    expect(thrown(() => parseReplies(42 as never))).toBeInstanceOf(TypeError);
  });

  it('after an error, every push and end throws the same error object, before any argument check', () => {
    const decoder = new ReplyDecoder();
    const error = thrown(() => decoder.push('250 ok\r\nHTTP'));
    expect(error).toBeInstanceOf(ReplyParseError);
    expect((error as ReplyParseError).replies.map((reply) => reply.code)).toEqual([250]);
    expect(thrown(() => decoder.push('250 fine\r\n'))).toBe(error);
    expect(thrown(() => decoder.push(42 as never))).toBe(error);
    expect(thrown(() => decoder.end())).toBe(error);
    expect(thrown(() => decoder.end())).toBe(error);
  });

  it('error.replies holds only the replies of the failing call', () => {
    const decoder = new ReplyDecoder();
    expect(decoder.push('250 a\r\n')).toHaveLength(1);
    const error = thrown(() => decoder.push('251 b\r\n252 c\r\n253=')) as ReplyParseError;
    expect(error.replies.map((reply) => reply.code)).toEqual([251, 252]);
    const atEnd = new ReplyDecoder();
    atEnd.push('250 a\r\n250-b');
    const endError = thrown(() => atEnd.end()) as ReplyParseError;
    expect([endError.kind, endError.line, endError.offset, endError.replies]).toEqual(['incomplete', 2, 7, []]);
  });

  it('parseReplies puts every reply before the error on error.replies', () => {
    const error = thrown(() => parseReplies('250 a\r\n251 b\r\n252-c')) as ReplyParseError;
    expect(error.replies.map((reply) => reply.code)).toEqual([250, 251]);
  });

  it('push after end throws Error; a second end returns []', () => {
    const decoder = new ReplyDecoder();
    decoder.push('250 OK');
    expect(decoder.end()).toHaveLength(1);
    expect(decoder.end()).toEqual([]);
    const error = thrown(() => decoder.push('250 OK\r\n'));
    expect(error).toBeInstanceOf(Error);
    expect(error).not.toBeInstanceOf(ReplyParseError);
  });

  it('stream warnings are [] before end()', () => {
    const decoder = new ReplyDecoder();
    decoder.push('250 OK\r\n\r\n');
    expect(decoder.warnings).toEqual([]);
    decoder.end();
    expect(decoder.warnings).toEqual([{ kind: 'empty-line', line: 2 }]);
  });

  it('counts lines and offsets over the whole stream', () => {
    const decoder = new ReplyDecoder();
    decoder.push('250-a\r\n250 b\r\n');
    decoder.push('\r\n354 go\r\n250-x\r');
    const error = thrown(() => decoder.push('\n250 y\r\nzz=')) as ReplyParseError;
    expect([error.kind, error.line, error.offset]).toEqual(['bad-code', 7, 38]);
    expect(error.replies.map((reply) => reply.lines)).toEqual([['x', 'y']]);
  });

  it('pushing empty chunks changes nothing', () => {
    const decoder = new ReplyDecoder();
    expect(decoder.push('')).toEqual([]);
    decoder.push('250 O');
    expect(decoder.push(new Uint8Array(0))).toEqual([]);
    expect(decoder.push('K\r\n')[0]!.text).toBe('OK');
  });

  it('handles a split inside CR LF and inside a UTF-8 character', () => {
    const bytes = enc('250-é\r\n250 ok\r\n');
    const decoder = new ReplyDecoder({ mode: 'strict' });
    expect(decoder.push(bytes.subarray(0, 5))).toEqual([]);
    expect(decoder.push(bytes.subarray(5, 7))).toEqual([]);
    const [reply] = decoder.push(bytes.subarray(7));
    expect(reply!.lines).toEqual(['é', 'ok']);
    expect(kinds(reply!.warnings)).toEqual(['non-ascii']);
  });
});

describe('arguments', () => {
  it('options: undefined or null are defaults; other non-objects are TypeError', () => {
    expect(parseReplies('250 OK\r\n', undefined).replies).toHaveLength(1);
    expect(parseReplies('250 OK\r\n', null as never).replies).toHaveLength(1);
    for (const options of ['strict', 5, true]) {
      expect(thrown(() => new ReplyDecoder(options as never))).toBeInstanceOf(TypeError);
      expect(thrown(() => parseReply('250 OK\r\n', options as never))).toBeInstanceOf(TypeError);
    }
  });

  it('bad option values are RangeError', () => {
    for (const options of [
      { mode: 'loose' },
      { mode: null },
      { maxLineLength: 4 },
      { maxLineLength: 4.5 },
      { maxLineLength: Number.NaN },
      { maxLineLength: Number.POSITIVE_INFINITY },
      { maxLineLength: '100' },
      { maxLines: 0 },
      { maxLines: 1.5 },
      { maxLines: -1 },
    ]) {
      expect(thrown(() => new ReplyDecoder(options as never))).toBeInstanceOf(RangeError);
    }
    expect(() => new ReplyDecoder({ maxLineLength: 5, maxLines: 1, mode: 'strict' })).not.toThrow();
  });
});

describe('ReplyParseError', () => {
  it('has name, kind, line, offset and a message without server text', () => {
    const secret = 'SECRET-TOKEN';
    for (const input of [`${secret}\r\n`, `250-a\r\n${secret}\r\n`, `250 ${secret}\x00\r\n`, `550 4.1.1 ${secret}\r\n`]) {
      const error = thrown(() => parseReplies(input, { mode: 'strict' })) as ReplyParseError;
      expect(error.name).toBe('ReplyParseError');
      expect(error).toBeInstanceOf(Error);
      expect(error.message).not.toContain(secret);
      expect(error.message).toContain(error.kind);
      expect(error.message).toContain(`line ${error.line}`);
      expect(error.message).toContain(`offset ${error.offset}`);
    }
  });
});

describe('text and decoding', () => {
  it('keeps text exact: spaces, trailing spaces, HT, a BOM', () => {
    const reply = check('250   x  \r\n', 'strict').replies[0]!;
    expect(reply.lines).toEqual(['  x  ']);
    expect(check('250 a\tb\r\n', 'strict').replies[0]!.lines).toEqual(['a\tb']);
    const bom = check(new Uint8Array([...enc('250 '), 0xef, 0xbb, 0xbf, ...enc('hi\r\n')]), 'strict').replies[0]!;
    expect(bom.lines).toEqual(['\uFEFFhi']);
    expect(kinds(bom.warnings)).toEqual(['non-ascii']);
  });

  it('decodes invalid UTF-8 as ISO-8859-1, not windows-1252', () => {
    const reply = check(new Uint8Array([...enc('250 '), 0x80, 0x9f, 0xe9, ...enc('\r\n')]), 'lenient').replies[0]!;
    expect(reply.lines).toEqual(['\u0080\u009F\u00E9']);
    expect(reply.lines[0]).not.toContain('€');
  });

  it('decodes per line: a split multi-byte character never becomes U+FFFD', () => {
    const bytes = enc('550 5.1.1 Ящик не найден\r\n');
    for (let offset = 0; offset < bytes.length; offset++) {
      const decoder = new ReplyDecoder({ mode: 'strict' });
      const replies = [...decoder.push(bytes.subarray(0, offset)), ...decoder.push(bytes.subarray(offset)), ...decoder.end()];
      expect(replies[0]!.text).toBe('Ящик не найден');
    }
  });

  it('a string with a lone surrogate is encoded as U+FFFD', () => {
    const reply = parseReply('250 a\uD800b\r\n');
    expect(reply.lines).toEqual(['a\uFFFDb']);
    expect(kinds(reply.warnings)).toEqual(['non-ascii']);
  });

  it('long ASCII, long UTF-8 and text across many chunks', () => {
    const long = `250 ${'abc'.repeat(3000)}\r\n`;
    expect(parseReplies(long).replies[0]!.lines[0]).toHaveLength(9000);
    const utf8 = `250 ${'ж'.repeat(5000)}\r\n`;
    expect(parseReplies(utf8).replies[0]!.lines[0]).toBe('ж'.repeat(5000));
  });
});

describe('enhanced codes', () => {
  const enh = (input: string, mode: 'strict' | 'lenient' = 'strict') => {
    const reply = check(input, mode).replies[0]!;
    return [reply.enhanced, reply.text, kinds(reply.warnings)];
  };

  it('only at the start of the text, followed by SP or the end', () => {
    expect(enh('550 5.1.1 x\r\n')).toEqual(['5.1.1', 'x', []]);
    expect(enh('550 5.1.1\r\n')).toEqual(['5.1.1', '', []]);
    expect(enh('250 2.1.5 \r\n')).toEqual(['2.1.5', '', []]);
    expect(enh('550 5.1.1  https://example.com/x\r\n')).toEqual(['5.1.1', 'https://example.com/x', []]);
    for (const text of [
      '5.1.1: x',
      '5.6.7.8 x',
      '2.0.0.1',
      '5.1.1\tx',
      ' 5.1.1 x',
      'x 5.1.1',
      'Failed (#5.7.1)',
      '5..1',
      '5.1.',
      '5.1',
      '6.1.1 x',
      '1.1.1 x',
    ]) {
      const code = text.startsWith('2') ? '250' : '550';
      expect(enh(`${code} ${text}\r\n`)).toEqual([null, text, []]);
    }
  });

  it('3xx text is never scanned; greetings are', () => {
    expect(enh('354 5.0.0 go\r\n')).toEqual([null, '5.0.0 go', []]);
    expect(enh('334 2.0.0\r\n')).toEqual([null, '2.0.0', []]);
    expect(enh('220 2.0.0 Ready\r\n')).toEqual(['2.0.0', 'Ready', []]);
    expect(enh('354 3.1.4 x\r\n')).toEqual([null, '3.1.4 x', []]);
  });

  it('strips only lines whose accepted code is the chosen one', () => {
    const reply = check('550-5.1.1 a\r\n550-5.1.2 b\r\n550 5.1.1 c\r\n', 'lenient').replies[0]!;
    expect(reply.text).toBe('a\n5.1.2 b\nc');
    expect(reply.lines).toEqual(['5.1.1 a', '5.1.2 b', '5.1.1 c']);
  });

  it('strips the raw token of a normalised code', () => {
    const reply = check('550-5.01.1 a\r\n550 5.1.1 b\r\n', 'lenient').replies[0]!;
    expect([reply.enhanced, reply.text]).toEqual(['5.1.1', 'a\nb']);
    expect(reply.warnings).toEqual([{ kind: 'enhanced-syntax', line: 1 }]);
  });

  it('works on UTF-8 text', () => {
    expect(enh('550 5.1.1 Ящик\r\n')).toEqual(['5.1.1', 'Ящик', ['non-ascii']]);
  });
});
