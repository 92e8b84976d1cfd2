// Parsing of code input shared by every lookup: strict shapes only, never a prototype key.

/** Own-property lookup that ignores inherited keys such as `__proto__` or `constructor`. */
export function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A basic reply code as a number 200-559 with the second digit 0-5, or undefined. */
export function toReplyCode(code: unknown): number | undefined {
  const n = typeof code === 'number' ? code : typeof code === 'string' && /^\d{3}$/.test(code) ? Number(code) : Number.NaN;
  return Number.isInteger(n) && n >= 200 && n <= 559 && Math.floor(n / 10) % 10 <= 5 ? n : undefined;
}

export interface EnhancedParts {
  /** 2, 4 or 5; undefined for the class-less registry form `X.s.d`. */
  readonly class: 2 | 4 | 5 | undefined;
  readonly subject: number;
  readonly detail: number;
}

/** An enhanced code read from a longer text by {@link readEnhanced}. */
export interface EnhancedToken extends EnhancedParts {
  /** Index just after the detail's last digit. */
  readonly end: number;
}

/** What {@link readEnhanced} accepts beyond RFC 3463's `C.S.D`. */
export interface EnhancedSyntax {
  /** The registry's class-less form: `'X'`, or `'any-case'` for `X` and `x`. Default: neither. */
  readonly classless?: 'X' | 'any-case';
  /** Leading zeros in every part (`05.01.001` is 5.1.1), still 1 to 3 digits each. Default: none. */
  readonly leadingZeros?: boolean;
}

const STRICT: EnhancedSyntax = { classless: 'X' };

/**
 * The one reader of enhanced-code syntax (RFC 3463 §2): at `start`, the class (2, 4 or 5; `X`
 * when `syntax.classless` allows it), `.`, the subject, `.`, the detail; 1 to 3 ASCII digits each,
 * no leading zero unless `syntax.leadingZeros`, nothing read at or after `end`. What follows the
 * token is the caller's to check (`token.end`): a whole string, a field, a word in a line.
 * Explicit character tests, no regular expression: it reads server text.
 */
export function readEnhanced(text: string, start = 0, end = text.length, syntax: EnhancedSyntax = {}): EnhancedToken | undefined {
  const first = text[start];
  const classless = start < end && (first === 'X' ? !!syntax.classless : first === 'x' && syntax.classless === 'any-case');
  const parts: number[] = [];
  let p = classless ? start + 1 : start;
  while (parts.length < 3) {
    if ((parts.length > 0 || classless) && (p >= end || text[p++] !== '.')) return undefined;
    let q = p;
    while (q < end && q - p < 4 && isAsciiDigit(text.charCodeAt(q))) q++;
    if (q === p || q - p > 3 || (q - p > 1 && text[p] === '0' && !syntax.leadingZeros)) return undefined;
    parts.push(Number(text.slice(p, q)));
    p = q;
    if (classless && parts.length === 2) break;
  }
  const [cls, subject, detail] = classless ? [undefined, ...parts] : parts;
  if (!classless && cls !== 2 && cls !== 4 && cls !== 5) return undefined;
  return { class: cls as 2 | 4 | 5 | undefined, subject: subject!, detail: detail!, end: p };
}

function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Parses `5.1.1` or `X.1.1` (RFC 3463: 1 to 3 digits, no leading zeros). */
export function parseEnhanced(code: unknown): EnhancedParts | undefined {
  if (typeof code !== 'string') return undefined;
  const token = readEnhanced(code, 0, code.length, STRICT);
  return token?.end === code.length ? { class: token.class, subject: token.subject, detail: token.detail } : undefined;
}
