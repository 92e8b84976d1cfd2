// Text bytes of a line (BEHAVIOUR.md §8): what they contain, and how they become a string.

/** A CR inside the content (bare CR). */
export const HAS_CR = 1;
/** A C0 control byte other than HT and CR, or DEL. */
export const HAS_CONTROL = 2;
/** A byte >= 0x80. */
export const HAS_HIGH = 4;

/** One pass over the text bytes; the common printable-ASCII byte costs a single comparison. */
export function scanText(src: Uint8Array, start: number, end: number): number {
  let flags = 0;
  for (let i = start; i < end; i++) {
    const byte = src[i]!;
    if (byte < 0x20 || byte > 0x7e) {
      if (byte >= 0x80) {
        flags |= HAS_HIGH;
      } else if (byte === 0x0d) {
        flags |= HAS_CR;
      } else if (byte !== 0x09) {
        flags |= HAS_CONTROL;
      }
    }
  }
  return flags;
}

/**
 * Whether the bytes are well-formed UTF-8 (RFC 3629: no overlongs, no surrogates, nothing above
 * U+10FFFF, no truncated or stray sequences), exactly what TextDecoder's fatal mode accepts. A JS
 * loop over one line is several times cheaper than a fatal TextDecoder call and its exception.
 */
export function isUtf8(src: Uint8Array, start: number, end: number): boolean {
  let i = start;
  while (i < end) {
    const lead = src[i]!;
    if (lead < 0x80) {
      i++;
      continue;
    }
    // C0 and C1 only start overlongs; F5 and up start sequences above U+10FFFF.
    if (lead < 0xc2 || lead > 0xf4) {
      return false;
    }
    const size = lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
    if (i + size > end) {
      return false;
    }
    // The second byte's range excludes overlongs (E0, F0), surrogates (ED) and > U+10FFFF (F4).
    const second = src[i + 1]!;
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (second < low || second > high) {
      return false;
    }
    for (let k = 2; k < size; k++) {
      if ((src[i + k]! & 0xc0) !== 0x80) {
        return false;
      }
    }
    i += size;
  }
  return true;
}

/** The bytes as UTF-8 (RFC 3629), or undefined when they are not valid UTF-8. A BOM is kept. */
export function decodeUtf8(src: Uint8Array, start: number, end: number): string | undefined {
  // Decoded first, non-fatally: that replaces every ill-formed sequence with U+FFFD, so a result
  // without one proves the bytes valid, and only one with U+FFFD (rare: an EF BF BD in the text,
  // or invalid bytes) needs the check in JS.
  const text = decodeLossyUtf8(src, start, end);
  return text.indexOf('\uFFFD') < 0 || isUtf8(src, start, end) ? text : undefined;
}

const PIECE = 8192;

/**
 * ISO-8859-1: byte n becomes U+00n. Not TextDecoder('latin1'), which is windows-1252 and maps
 * 0x80-0x9F elsewhere.
 */
export function decodeLatin1(src: Uint8Array, start: number, end: number): string {
  let result = '';
  for (let i = start; i < end; i += PIECE) {
    const stop = Math.min(end, i + PIECE);
    result += String.fromCharCode.apply(null, src.subarray(i, stop) as unknown as number[]);
  }
  return result;
}

interface NodeBufferLike {
  prototype: object;
  from(buffer: ArrayBufferLike, byteOffset: number, length: number): { toString(encoding: string, start: number, end: number): string };
  alloc?(size: number): Uint8Array;
}

type Decode = (src: Uint8Array, start: number, end: number) => string;

/**
 * Buffer#toString(encoding, start, end), on a view of the same memory when `src` is not a Buffer.
 * Node's own Buffer#latin1Slice / #utf8Slice are called directly where they exist: they skip
 * toString's argument handling and encoding lookup, whose optimised code every other caller of
 * toString shares (a busy process makes it generic; measured with nodemailer in the same run).
 */
function nodeDecoder(NodeBuffer: NodeBufferLike, encoding: 'latin1' | 'utf8'): Decode {
  type Decodable = {
    toString(encoding: string, start: number, end: number): string;
    latin1Slice(start: number, end: number): string;
    utf8Slice(start: number, end: number): string;
  };
  const BufferClass = NodeBuffer as unknown as new () => object;
  const asBuffer = (src: Uint8Array): Decodable =>
    (src instanceof BufferClass ? src : NodeBuffer.from(src.buffer, src.byteOffset, src.byteLength)) as unknown as Decodable;
  const prototype = NodeBuffer.prototype as Partial<Decodable>;
  if (encoding === 'latin1' && typeof prototype.latin1Slice === 'function') {
    return (src, start, end) => asBuffer(src).latin1Slice(start, end);
  }
  if (encoding === 'utf8' && typeof prototype.utf8Slice === 'function') {
    return (src, start, end) => asBuffer(src).utf8Slice(start, end);
  }
  return (src, start, end) => asBuffer(src).toString(encoding, start, end);
}

/**
 * Picks the fastest one-unit-per-byte decoder: Node's Buffer when there is one (found on
 * globalThis, never imported, so browsers load nothing; its latin1 decoder is several times
 * faster than TextDecoder('windows-1252') in Node), else TextDecoder('windows-1252'), else
 * String.fromCharCode. Exported for tests of each branch.
 */
export function singleByteDecoder(NodeBuffer: NodeBufferLike | undefined, textDecoder = true): Decode {
  if (typeof NodeBuffer?.from === 'function') {
    return nodeDecoder(NodeBuffer, 'latin1');
  }
  try {
    if (!textDecoder) {
      throw new Error('no TextDecoder');
    }
    // windows-1252 gives one UTF-16 unit per byte, so string indices are byte offsets; it is only
    // used for ASCII bytes, where it is the identity.
    const decoder = new TextDecoder('windows-1252');
    return (src, start, end) => decoder.decode(src.subarray(start, end));
  } catch {
    return decodeLatin1;
  }
}

/**
 * Decodes UTF-8 non-fatally (WHATWG: each ill-formed sequence becomes U+FFFD), which is the exact
 * text for valid bytes: Node's Buffer when there is one (several times faster on short lines),
 * else TextDecoder with ignoreBOM (a leading U+FEFF is text and is kept). Exported for tests of
 * each branch.
 */
export function validUtf8Decoder(NodeBuffer: NodeBufferLike | undefined): Decode {
  if (typeof NodeBuffer?.from === 'function') {
    return nodeDecoder(NodeBuffer, 'utf8');
  }
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  return (src, start, end) => decoder.decode(src.subarray(start, end));
}

/**
 * Decodes bytes to one UTF-16 unit per byte, for a range of a chunk that is then sliced per line.
 * Exact for ASCII only: lines with bytes >= 0x80 are decoded with {@link decodeUtf8} or
 * {@link decodeLatin1} instead.
 */
export const decodeWindow: Decode = singleByteDecoder((globalThis as { Buffer?: NodeBufferLike }).Buffer);

const decodeLossyUtf8: Decode = validUtf8Decoder((globalThis as { Buffer?: NodeBufferLike }).Buffer);

/**
 * Zeroed bytes for a decoder's own buffer: a Node Buffer when there is one, so that the decoders
 * above read it without making a Buffer view of it on every call.
 */
export function newBytes(size: number): Uint8Array {
  const NodeBuffer = (globalThis as { Buffer?: NodeBufferLike }).Buffer;
  return typeof NodeBuffer?.alloc === 'function' ? NodeBuffer.alloc(size) : new Uint8Array(size);
}

/** The same, for one short line of ASCII bytes. */
export function decodeBytewise(src: Uint8Array, start: number, end: number): string {
  return end - start < 16
    ? String.fromCharCode.apply(null, src.subarray(start, end) as unknown as number[])
    : decodeWindow(src, start, end);
}
