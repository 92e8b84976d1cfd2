// Which retry advice a code's page shows. The same reading as classify() of @smtp-codes/parser
// (a test compares them for every code); restated here because the docs generator runs before
// the packages are built.
import type { RetryAdvice } from './strings.js';

/** Advice for a basic reply code, by its first digit and the two codes RFC 5321 singles out. */
export function replyAdvice(code: number): RetryAdvice {
  if (code === 421) return 'retryClosing';
  if (code === 221) return 'successClosing';
  const first = Math.floor(code / 100);
  if (first === 2) return 'success';
  if (first === 3) return 'intermediate';
  if (first === 4) return 'retry';
  return 'fail';
}

/** Advice for an enhanced status code sent in one class (RFC 3463: the class mirrors the first digit). */
export function classAdvice(cls: 2 | 4 | 5): RetryAdvice {
  return cls === 2 ? 'success' : cls === 4 ? 'retry' : 'fail';
}

/** 552 for too many recipients is read as 452 (RFC 5321 §4.5.3.1.10); its page says so (X.5.3, class 4 only, says it in its note). */
export const TOO_MANY_RECIPIENTS_CODES: ReadonlySet<number | string> = new Set([552]);
