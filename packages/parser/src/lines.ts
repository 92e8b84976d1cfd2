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

/** How a physical line ended (contract §2). */
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
