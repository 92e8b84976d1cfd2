import { isDigit, ZERO } from './bytes.js';

/**
 * The reply code `text` has at `index` (BEHAVIOUR.md §3.2): three ASCII digits not followed by a
 * fourth; -1 when there is none. Whatever follows is the separator's business
 * (BEHAVIOUR.md §3.4): `250=x` has the code 250, and the parser rejects its separator.
 *
 * @example
 * ```
 * import {replyCodeAt} from '@smtp-codes/parser';
 *
 * [replyCodeAt('550 5.1.1 No such user'), replyCodeAt('2500 x'), replyCodeAt('said: 421-busy', 6)];
 * //=> [550, -1, 421]
 * ```
 */
export function replyCodeAt(text: string, index = 0): number {
  if (index < 0 || index + 3 > text.length) {
    return -1;
  }
  const b0 = text.charCodeAt(index);
  const b1 = text.charCodeAt(index + 1);
  const b2 = text.charCodeAt(index + 2);
  if (!isDigit(b0) || !isDigit(b1) || !isDigit(b2) || isDigit(text.charCodeAt(index + 3))) {
    return -1;
  }
  return (b0 - ZERO) * 100 + (b1 - ZERO) * 10 + (b2 - ZERO);
}

/** The same for the content bytes `src[start, end)` of a line: its reply code, or -1. */
export function lineCode(src: Uint8Array, start: number, end: number): number {
  if (end - start < 3) {
    return -1;
  }
  const b0 = src[start]!;
  const b1 = src[start + 1]!;
  const b2 = src[start + 2]!;
  if (!isDigit(b0) || !isDigit(b1) || !isDigit(b2) || (end - start > 3 && isDigit(src[start + 3]!))) {
    return -1;
  }
  return (b0 - ZERO) * 100 + (b1 - ZERO) * 10 + (b2 - ZERO);
}

/**
 * Whether a reply code is in the range RFC 5321 §4.2 allows: first digit 2-5, second 0-5
 * (BEHAVIOUR.md §3.3). The parser's hot loop checks four bytes at once instead (`plainCode`).
 */
export function isCodeInRange(code: number): boolean {
  return code >= 200 && code < 560 && code % 100 < 60;
}
