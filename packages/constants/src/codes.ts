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

// RFC 3463: class 2, 4 or 5 (or the registry's X), then subject and detail of 1 to 3 digits
// without leading zeros. ASCII digits only (`\d` without the u flag). Anchored and bounded, so a
// long input fails at once.
const ENHANCED = /^([245X])\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$/;

/** Parses `5.1.1` or `X.1.1` (RFC 3463: 1 to 3 digits, no leading zeros). */
export function parseEnhanced(code: unknown): EnhancedParts | undefined {
  const m = typeof code === 'string' ? ENHANCED.exec(code) : null;
  if (!m) return undefined;
  return { class: m[1] === 'X' ? undefined : (Number(m[1]) as 2 | 4 | 5), subject: Number(m[2]), detail: Number(m[3]) };
}
