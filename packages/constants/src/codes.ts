// Parsing of code input shared by every lookup: strict shapes only, never a prototype key.

/** Own-property lookup that ignores inherited keys such as `__proto__` or `constructor`. */
export function own<T>(table: Readonly<Record<string | number, T>>, key: string | number): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** A basic reply code as a number 200-559 with the second digit 0-5, or undefined. */
export function toReplyCode(code: unknown): number | undefined {
  let n: number;
  if (typeof code === 'number') n = code;
  else if (typeof code === 'string' && code.length === 3 && isDigits(code)) n = Number(code);
  else return undefined;
  if (!Number.isInteger(n) || n < 200 || n > 559 || Math.floor(n / 10) % 10 > 5) return undefined;
  return n;
}

export interface EnhancedParts {
  /** 2, 4 or 5; undefined for the class-less registry form `X.s.d`. */
  readonly class: 2 | 4 | 5 | undefined;
  readonly subject: number;
  readonly detail: number;
}

/** Parses `5.1.1` or `X.1.1` (RFC 3463: 1 to 3 digits, no leading zeros). */
export function parseEnhanced(code: unknown): EnhancedParts | undefined {
  if (typeof code !== 'string' || code.length > 9) return undefined;
  const parts = code.split('.');
  if (parts.length !== 3) return undefined;
  const [c, s, d] = parts as [string, string, string];
  if (c !== 'X' && c !== '2' && c !== '4' && c !== '5') return undefined;
  if (!isSubCode(s) || !isSubCode(d)) return undefined;
  return { class: c === 'X' ? undefined : (Number(c) as 2 | 4 | 5), subject: Number(s), detail: Number(d) };
}

function isSubCode(s: string): boolean {
  return s.length >= 1 && s.length <= 3 && isDigits(s) && (s.length === 1 || s[0] !== '0');
}

function isDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
