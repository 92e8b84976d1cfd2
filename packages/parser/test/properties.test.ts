import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseReplies, parseReply, type Reply, ReplyDecoder, ReplyParseError } from '../src/index.js';
import { enc, runChunks, runWhole, splitAt } from './helpers.js';

// Byte soup biased towards what makes the parser branch: codes, separators, line ends, enhanced
// codes, UTF-8 and invalid bytes.
const fragment = fc.oneof(
  fc
    .constantFrom(
      '250',
      '550',
      '334',
      '354',
      '421',
      '571',
      '600',
      '25',
      '2500',
      '-',
      ' ',
      '  ',
      '\t',
      '=',
      '\r',
      '\n',
      '\r\n',
      '\r\r\n',
      '5.1.1',
      '2.0.0',
      '4.7.1',
      '5.01.1',
      '5.1.1000',
      '#5.1.0',
      '3.1.4',
      '.',
      'OK',
      'x',
      'é',
      'Я',
      '\u{1F600}',
      '\x00',
      '\x7f',
      'HTTP',
    )
    .map((text) => enc(text)),
  fc.uint8Array({ minLength: 1, maxLength: 3 }),
  fc.constantFrom(new Uint8Array([0xfc]), new Uint8Array([0xc0, 0x80]), new Uint8Array([0xef, 0xbb, 0xbf])),
);
const soup = fc.array(fragment, { maxLength: 40 }).map((parts) => {
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
});
const anyBytes = fc.oneof(soup, fc.uint8Array({ maxLength: 200 }));
const mode = fc.constantFrom('strict' as const, 'lenient' as const);
// Small limits, so that line-too-long and too-many-lines are reached too.
const limits = fc.record(
  { maxLineLength: fc.integer({ min: 5, max: 40 }), maxLines: fc.integer({ min: 1, max: 4 }) },
  { requiredKeys: [] },
);
const splits = (length: number) =>
  fc.uniqueArray(fc.integer({ min: 0, max: length }), { maxLength: 8 }).map((offsets) => offsets.sort((a, b) => a - b));
const withSplits = anyBytes.chain((bytes) => fc.tuple(fc.constant(bytes), splits(bytes.length)));

function onlyReplyParseError(fn: () => unknown): void {
  try {
    fn();
  } catch (error) {
    if (!(error instanceof ReplyParseError)) {
      throw error;
    }
  }
}

describe('properties', () => {
  it('arbitrary bytes throw nothing but ReplyParseError, in both modes', () => {
    fc.assert(
      fc.property(withSplits, mode, limits, ([bytes, offsets], mode, limit) => {
        const options = { mode, ...limit };
        onlyReplyParseError(() => parseReplies(bytes, options));
        onlyReplyParseError(() => parseReply(bytes, options));
        const decoder = new ReplyDecoder(options);
        onlyReplyParseError(() => {
          for (const chunk of splitAt(bytes, offsets)) {
            decoder.push(chunk);
          }
          decoder.end();
        });
      }),
      { numRuns: 3000 },
    );
  });

  it('any chunking gives the same replies, warnings and error as one chunk', () => {
    fc.assert(
      fc.property(withSplits, mode, limits, ([bytes, offsets], mode, limit) => {
        const whole = runWhole(bytes, mode, limit);
        expect(runChunks(splitAt(bytes, offsets), mode, limit)).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('byte-by-byte gives the same result as one chunk', () => {
    fc.assert(
      fc.property(anyBytes, mode, (bytes, mode) => {
        const chunks = Array.from(bytes, (_, i) => bytes.subarray(i, i + 1));
        expect(runChunks(chunks, mode)).toEqual(runWhole(bytes, mode));
      }),
      { numRuns: 1000 },
    );
  });

  it('parseReplies(serialize(replies)) round-trips well-formed replies (strict)', () => {
    fc.assert(
      fc.property(fc.array(wellFormedReply, { minLength: 1, maxLength: 6 }), (replies) => {
        const parsed = parseReplies(serialize(replies), { mode: 'strict' });
        // Warning lines count over the whole stream.
        let before = 0;
        const expected = replies.map((reply) => {
          const shifted = { ...reply, warnings: reply.warnings.map((w) => ({ ...w, line: w.line + before })) };
          before += reply.lines.length;
          return shifted;
        });
        expect(parsed.replies).toEqual(expected);
        expect(parsed.warnings).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

/** The wire form of replies: `NNN-text` lines, then `NNN text`, each with CRLF. */
function serialize(replies: Reply[]): string {
  let out = '';
  for (const reply of replies) {
    reply.lines.forEach((line, i) => {
      out += `${reply.code}${i === reply.lines.length - 1 ? ' ' : '-'}${line}\r\n`;
    });
  }
  return out;
}

const textChar = fc.oneof(
  { weight: 20, arbitrary: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)) },
  { weight: 1, arbitrary: fc.constantFrom('é', 'Я', '日', '\u{1F600}', '\t') },
);
const rest = fc.array(textChar, { maxLength: 60 }).map((chars) => chars.join(''));

const wellFormedReply: fc.Arbitrary<Reply> = fc
  .record({
    first: fc.integer({ min: 2, max: 5 }),
    second: fc.integer({ min: 0, max: 5 }),
    third: fc.integer({ min: 0, max: 9 }),
    subject: fc.integer({ min: 0, max: 999 }),
    detail: fc.integer({ min: 0, max: 999 }),
    withEnhanced: fc.boolean(),
    texts: fc.array(rest, { minLength: 1, maxLength: 5 }),
  })
  .map(({ first, second, third, subject, detail, withEnhanced, texts }) => {
    const code = first * 100 + second * 10 + third;
    const enhanced = withEnhanced && first !== 3 ? `${first}.${subject}.${detail}` : null;
    const lines: string[] = [];
    const stripped: string[] = [];
    for (const text of texts) {
      if (enhanced === null) {
        // Never starts like an enhanced code.
        const line = '245#'.includes(text.charAt(0)) ? `x${text}` : text;
        lines.push(line);
        stripped.push(line);
      } else {
        lines.push(text === '' ? enhanced : `${enhanced} ${text}`);
        let start = 0;
        while (text.charCodeAt(start) === 0x20) {
          start++;
        }
        stripped.push(text.slice(start));
      }
    }
    const nonAscii = lines.findIndex((line) => [...line].some((char) => char.charCodeAt(0) > 0x7e));
    return {
      code,
      lines,
      enhanced,
      text: stripped.join('\n'),
      warnings: nonAscii < 0 ? [] : [{ kind: 'non-ascii' as const, line: nonAscii + 1 }],
    };
  });
