import { DOT, HASH, isDigit, SP, ZERO } from './bytes.js';

/** No token at the start of the text: plain text, no warning. */
export const TOKEN_NONE = 0;
/** A usable token (maybe with a leading zero or `#`, see the scan fields). */
export const TOKEN_OK = 1;
/** A token with a sub-code of more than 3 digits: dropped (BEHAVIOUR.md §9.3). */
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
 * Reads `[#]C.S.D` at `start` (BEHAVIOUR.md §9.2): C is 2, 4 or 5, S and D one or more digits, then SP
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

/** The short codes by value (see plainToken), made once: `SHORT_CODES[511]` is "5.1.1". */
export const SHORT_CODES: readonly string[] = Array.from(
  { length: 600 },
  (_, value) => `${(value / 100) | 0}.${((value / 10) | 0) % 10}.${value % 10}`,
);

/** plainToken: the text does not start with an enhanced code. */
export const NO_TOKEN = -1;
/** plainToken: it may start with one that is not short, or one that raises something. */
export const NEEDS_FULL_CHECK = -2;

/** A byte an enhanced code can start with: a class digit (2, 4, 5) or `#`. */
function isTokenStart(byte: number): boolean {
  return byte === 0x32 || byte === 0x34 || byte === 0x35 || byte === HASH;
}

/**
 * BEHAVIOUR.md §4.1 step 10 for a plain line (the fast path of ReplyStreamParser.scanLines), on text `src[ts, ce)` of a line
 * of class `cls` (not 3): NO_TOKEN, the value C * 100 + S * 10 + D of a short code `C.S.D` of
 * that class (one digit each, then SP or the end of the text), which raises nothing, or
 * NEEDS_FULL_CHECK, which leaves the line to the full checks (scanEnhanced). `view` reads `src`.
 */
export function plainToken(src: Uint8Array, view: DataView, ts: number, ce: number, cls: number): number {
  if (ts + 5 > ce) {
    return ts < ce && isTokenStart(src[ts]!) ? NEEDS_FULL_CHECK : NO_TOKEN;
  }
  // Bytes ts to ts + 3 in one read: `C.S.`.
  const word = view.getInt32(ts, true);
  const first = word & 0xff;
  if (first !== ZERO + cls) {
    return isTokenStart(first) ? NEEDS_FULL_CHECK : NO_TOKEN;
  }
  const subject = ((word >> 16) & 0xff) - ZERO;
  const detail = src[ts + 4]! - ZERO;
  if ((word & 0xff00ff00) !== 0x2e002e00 || subject >>> 0 > 9 || detail >>> 0 > 9 || (ts + 5 < ce && src[ts + 5] !== SP)) {
    return NEEDS_FULL_CHECK;
  }
  return cls * 100 + subject * 10 + detail;
}
