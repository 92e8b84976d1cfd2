import { describe, expect, it } from 'vitest';
import { decodeLatin1, decodeUtf8, HAS_CONTROL, HAS_CR, HAS_HIGH, scanText, singleByteDecoder, validUtf8Decoder } from '../src/text.js';
import { enc } from './helpers.js';

const ascii = new Uint8Array(128).map((_, i) => i);
const asciiString = String.fromCharCode(...ascii);

describe('single-byte decoders (every branch, as used for ASCII windows)', () => {
  const variants = {
    'Node Buffer': singleByteDecoder(Buffer as never),
    'TextDecoder windows-1252 (browsers)': singleByteDecoder(undefined),
    'String.fromCharCode (no TextDecoder label)': singleByteDecoder(undefined, false),
  };
  for (const [name, decode] of Object.entries(variants)) {
    it(`${name} is the identity on ASCII, for Buffers and plain Uint8Arrays at any offset`, () => {
      expect(decode(ascii, 0, 128)).toBe(asciiString);
      expect(decode(Buffer.from(ascii), 10, 100)).toBe(asciiString.slice(10, 100));
      const view = new Uint8Array(ascii.buffer, 3, 50);
      expect(decode(view, 2, 40)).toBe(asciiString.slice(5, 43));
    });
  }
});

describe("valid-UTF-8 decoders (Node Buffer and the browsers' TextDecoder branch)", () => {
  const text = '\uFEFFGrüße 日本語 Привет 😀';
  const bytes = enc(`xx${text}yy`);
  const start = 2;
  const end = bytes.length - 2;
  for (const [name, decode] of Object.entries({
    'Node Buffer': validUtf8Decoder(Buffer as never),
    TextDecoder: validUtf8Decoder(undefined),
  })) {
    it(`${name} decodes exactly, keeping a leading BOM, at any offset`, () => {
      expect(decode(bytes, start, end)).toBe(text);
      expect(decode(new Uint8Array(bytes.buffer, bytes.byteOffset + 1, bytes.length - 1), start - 1, end - 1)).toBe(text);
    });
  }
});

describe('decodeLatin1 / decodeUtf8', () => {
  it('ISO-8859-1 maps byte n to U+00n, including 0x80-0x9F', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    expect(decodeLatin1(all, 0, 256)).toBe(String.fromCharCode(...all));
    const long = new Uint8Array(20000).fill(0xe9);
    expect(decodeLatin1(long, 0, long.length)).toBe('é'.repeat(20000));
  });

  it('UTF-8 keeps a BOM and rejects what RFC 3629 rejects', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]), 0, 4)).toBe('\uFEFFA');
    expect(decodeUtf8(enc('Grüße'), 0, 7)).toBe('Grüße');
    for (const bytes of [
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
      [0xed, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80],
      [0xf8, 0x88, 0x80, 0x80, 0x80],
    ]) {
      expect(decodeUtf8(new Uint8Array(bytes), 0, bytes.length)).toBeUndefined();
    }
  });
});

describe('scanText', () => {
  it('flags CR, control bytes and bytes >= 0x80; HT is text', () => {
    expect(scanText(enc('a\tb c~'), 0, 6)).toBe(0);
    expect(scanText(enc('a\rb'), 0, 3)).toBe(HAS_CR);
    expect(scanText(new Uint8Array([0x61, 0x00, 0x7f]), 0, 3)).toBe(HAS_CONTROL);
    expect(scanText(new Uint8Array([0x80, 0x0d, 0x1b]), 0, 3)).toBe(HAS_HIGH | HAS_CR | HAS_CONTROL);
  });
});
