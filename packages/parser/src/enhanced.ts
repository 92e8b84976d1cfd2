import { DOT, HASH, isDigit, SP, ZERO } from './lines.js';

/** No token at the start of the text: plain text, no warning. */
export const TOKEN_NONE = 0;
/** A usable token (maybe with a leading zero or `#`, see the scan fields). */
export const TOKEN_OK = 1;
/** A token with a sub-code of more than 3 digits: dropped (contract §9.3). */
export const TOKEN_TOO_LONG = 2;

/** Result of {@link scanEnhanced}; one object is reused so the hot path allocates nothing. */
export interface EnhancedScan {
  hash: boolean;
  leadingZero: boolean;
  cls: number;
  subject: number;
  detail: number;
  /** Index just after the token. */
  end: number;
}

export function newScan(): EnhancedScan {
  return { hash: false, leadingZero: false, cls: 0, subject: 0, detail: 0, end: 0 };
}

/**
 * Reads `[#]C.S.D` at `start` (contract §9.2): C is 2, 4 or 5, S and D one or more digits, then SP
 * or the end of the text. Everything else is plain text.
 */
export function scanEnhanced(src: Uint8Array, start: number, end: number, allowHash: boolean, out: EnhancedScan): number {
  let p = start;
  let hash = false;
  if (allowHash && p < end && src[p] === HASH) {
    hash = true;
    p++;
  }
  if (p + 5 > end) {
    return TOKEN_NONE;
  }
  const cls = src[p]! - ZERO;
  if ((cls !== 2 && cls !== 4 && cls !== 5) || src[p + 1] !== DOT) {
    return TOKEN_NONE;
  }
  p += 2;
  const subjectStart = p;
  let subject = 0;
  while (p < end && isDigit(src[p]!)) {
    subject = subject * 10 + (src[p]! - ZERO);
    p++;
  }
  const subjectDigits = p - subjectStart;
  if (subjectDigits === 0 || p >= end || src[p] !== DOT) {
    return TOKEN_NONE;
  }
  p++;
  const detailStart = p;
  let detail = 0;
  while (p < end && isDigit(src[p]!)) {
    detail = detail * 10 + (src[p]! - ZERO);
    p++;
  }
  const detailDigits = p - detailStart;
  if (detailDigits === 0 || (p < end && src[p] !== SP)) {
    return TOKEN_NONE;
  }
  if (subjectDigits > 3 || detailDigits > 3) {
    return TOKEN_TOO_LONG;
  }
  out.hash = hash;
  out.leadingZero = (subjectDigits > 1 && src[subjectStart] === ZERO) || (detailDigits > 1 && src[detailStart] === ZERO);
  out.cls = cls;
  out.subject = subject;
  out.detail = detail;
  out.end = p;
  return TOKEN_OK;
}
