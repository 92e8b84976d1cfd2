// Text bytes of a line (contract §8): what they contain, and how they become a string.

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

// ignoreBOM: a leading U+FEFF is text and is kept. fatal: invalid UTF-8 (overlongs, surrogates,
// > U+10FFFF, truncated sequences) is reported, never replaced by U+FFFD.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The bytes as UTF-8 (RFC 3629), or undefined when they are not valid UTF-8. */
export function decodeUtf8(src: Uint8Array, start: number, end: number): string | undefined {
  try {
    return utf8.decode(src.subarray(start, end));
  } catch {
    return undefined;
  }
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
}

type Decode = (src: Uint8Array, start: number, end: number) => string;

/**
 * Picks the fastest one-unit-per-byte decoder: Node's Buffer when there is one (found on
 * globalThis, never imported, so browsers load nothing; its latin1 decoder is several times
 * faster than TextDecoder('windows-1252') in Node), else TextDecoder('windows-1252'), else
 * String.fromCharCode. Exported for tests of each branch.
 */
export function singleByteDecoder(NodeBuffer: NodeBufferLike | undefined, textDecoder = true): Decode {
  if (typeof NodeBuffer?.from === 'function') {
    type Latin1 = { toString(encoding: string, start: number, end: number): string };
    const BufferClass = NodeBuffer as unknown as new () => object;
    const isNodeBuffer = (value: object): boolean => value instanceof BufferClass;
    return (src, start, end) =>
      (isNodeBuffer(src) ? (src as unknown as Latin1) : NodeBuffer.from(src.buffer, src.byteOffset, src.byteLength)).toString(
        'latin1',
        start,
        end,
      );
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
 * Decodes bytes to one UTF-16 unit per byte, for a range of a chunk that is then sliced per line.
 * Exact for ASCII only: lines with bytes >= 0x80 are decoded with {@link decodeUtf8} or
 * {@link decodeLatin1} instead.
 */
export const decodeWindow: Decode = singleByteDecoder((globalThis as { Buffer?: NodeBufferLike }).Buffer);

/** The same, for one short line of ASCII bytes. */
export function decodeBytewise(src: Uint8Array, start: number, end: number): string {
  return end - start < 16
    ? String.fromCharCode.apply(null, src.subarray(start, end) as unknown as number[])
    : decodeWindow(src, start, end);
}
