// Byte values the parser looks at.
export const HT = 0x09;
export const LF = 0x0a;
export const CR = 0x0d;
export const SP = 0x20;
export const HASH = 0x23;
export const DASH = 0x2d;
export const DOT = 0x2e;
export const ZERO = 0x30;
export const NINE = 0x39;

/** How a physical line ended (BEHAVIOUR.md §2). */
export const EOL_NONE = 0;
export const EOL_LF = 1;
export const EOL_CRLF = 2;

export function isDigit(byte: number): boolean {
  return byte >= ZERO && byte <= NINE;
}

const encoder = new TextEncoder();
const typedArrayTag = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, Symbol.toStringTag)?.get as
  | ((this: unknown) => string | undefined)
  | undefined;

/** Input as bytes; a string is UTF-8 encoded like TextEncoder does (a lone surrogate becomes U+FFFD). */
export function toBytes(input: unknown): Uint8Array {
  if (input instanceof Uint8Array) {
    return input;
  }
  if (typeof input === 'string') {
    return encoder.encode(input);
  }
  // A Uint8Array from another realm (vm context, iframe) fails instanceof but has the brand.
  if (typedArrayTag !== undefined && typedArrayTag.call(input) === 'Uint8Array') {
    return input as Uint8Array;
  }
  throw new TypeError('input must be a string or a Uint8Array');
}

/**
 * The code of a line whose first four bytes, read as the little-endian word `head`, are `NNN `
 * or `NNN-` with NNN in range (RFC 5321 §4.2: %x32-35 %x30-35 %x30-39); else -1.
 */
export function plainCode(head: number): number {
  const sep = head >>> 24;
  const digits = head & 0xffffff;
  // SWAR range check of the three bytes at once: a byte's high bit is set by digits - low when
  // it is below its low bound, by digits + (0x7F - high) when above its high bound, and by
  // digits itself from 0x80 on. Borrows and carries only leave a byte that already fails.
  if ((((digits - 0x303032) | (digits + 0x464a4a) | digits) & 0x808080) !== 0 || (sep !== SP && sep !== DASH)) {
    return -1;
  }
  return (head & 0xff) * 100 + ((head >> 8) & 0xff) * 10 + ((head >> 16) & 0xff) - ZERO * 111;
}

/**
 * The first offset from `from` on, in steps of 4, whose 4-byte word (read from `view`) has a byte
 * below 0x20 or above 0x7E; past `lastWord` when there is none. SWAR, exact for "some byte": a
 * byte's high bit is set by x - 0x20 (below 0x20, where ~x keeps it), by x (0x80 and up) or by
 * x + 1 (0x7F); borrows and carries only cross a byte above one that is set anyway. The test is
 * written out, not a call: a module-level function is re-checked on every call (measured).
 */
export function skipPlainWords(view: DataView, from: number, lastWord: number): number {
  let j = from;
  while (j <= lastWord) {
    const x = view.getInt32(j, true);
    if (((((x - 0x20202020) & ~x) | x | (x + 0x01010101)) & 0x80808080) !== 0) {
      break;
    }
    j += 4;
  }
  return j;
}

/**
 * The same for text already known to have bytes >= 0x80: the first offset from `from` on, in
 * steps of 4, whose word has a byte below 0x20 or a DEL (0x7F), which are the bytes that can end
 * a line or make it a control line; past `lastWord` when there is none. SWAR as above: x - 0x20
 * with ~x flags a byte below 0x20, and y - 1 with ~y flags a zero byte of y = x ^ 0x7F7F7F7F.
 */
export function skipTextWords(view: DataView, from: number, lastWord: number): number {
  let j = from;
  while (j <= lastWord) {
    const x = view.getInt32(j, true);
    const y = x ^ 0x7f7f7f7f;
    if (((((x - 0x20202020) & ~x) | ((y - 0x01010101) & ~y)) & 0x80808080) !== 0) {
      break;
    }
    j += 4;
  }
  return j;
}
