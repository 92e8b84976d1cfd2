// Small text helpers for notices: lines, addresses and case-blind search, with explicit
// character tests (no regular expressions over server text).

import { isSpace, lowerKeepingIndexes, trimSpace } from '../chars.js';

/** The lines of `text` (LF or CRLF ends, the CR dropped). */
export function splitLines(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  while (from <= text.length) {
    let lf = text.indexOf('\n', from);
    if (lf < 0) lf = text.length;
    const end = lf > from && text.charCodeAt(lf - 1) === 13 ? lf - 1 : lf;
    out.push(text.slice(from, end));
    from = lf + 1;
  }
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** Number of leading SP/HT. */
export function indentOf(line: string): number {
  let i = 0;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** `needle` (lower case) occurs in `haystack`, ignoring ASCII case. */
export function hasWords(haystack: string, needle: string): boolean {
  return lowerKeepingIndexes(haystack).indexOf(needle) >= 0;
}

function isAddressChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 46 ||
    c === 45 ||
    c === 95 ||
    c === 43 ||
    c === 61 ||
    c === 39 ||
    c === 37 ||
    c === 33 ||
    c === 35 ||
    c === 36 ||
    c === 38 ||
    c === 42 ||
    c === 47 ||
    c === 63 ||
    c === 94 ||
    c === 96 ||
    c === 123 ||
    c === 124 ||
    c === 125 ||
    c === 126 ||
    c > 127
  );
}

/**
 * `token` as a mail address: `bob@example.com`, `<bob@example.com>`, with a trailing `:`, `,`, `.`
 * or `;` dropped; undefined when it is not one (no `@`, or no dot in the domain).
 */
export function asAddress(token: string): string | undefined {
  let a = 0;
  let b = token.length;
  while (
    b > a &&
    (token.charCodeAt(b - 1) === 58 || token.charCodeAt(b - 1) === 44 || token.charCodeAt(b - 1) === 46 || token.charCodeAt(b - 1) === 59)
  )
    b--;
  if (token.charCodeAt(a) === 60) {
    if (token.charCodeAt(b - 1) !== 62) return undefined;
    a++;
    b--;
  }
  if (token.startsWith('rfc822;', a) || token.startsWith('RFC822;', a)) a += 7;
  const s = token.slice(a, b);
  const at = s.lastIndexOf('@');
  if (at <= 0 || at === s.length - 1) return undefined;
  if (s.indexOf('.', at) < 0) return undefined;
  for (let i = 0; i < s.length; i++) if (!isAddressChar(s.charCodeAt(i)) && s.charCodeAt(i) !== 64) return undefined;
  return s;
}

/** The first whitespace-separated token of `s` from `from`, and where it ends. */
export function firstToken(s: string, from = 0): { token: string; end: number } {
  let i = from;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  let j = i;
  while (j < s.length && !isSpace(s.charCodeAt(j))) j++;
  return { token: s.slice(i, j), end: j };
}

/** An address anywhere in `s` after `from` (the first token that is one), or undefined. */
export function addressAfter(s: string, from: number): { address: string; end: number } | undefined {
  let i = from;
  while (i < s.length) {
    const { token, end } = firstToken(s, i);
    if (!token) return undefined;
    const address = asAddress(stripBrackets(token));
    if (address) return { address, end };
    i = end;
  }
  return undefined;
}

/** `(x)` or `'x'` or `"x"` around a token dropped. */
function stripBrackets(token: string): string {
  let a = 0;
  let b = token.length;
  const open = token.charCodeAt(0);
  if (open === 40 || open === 39 || open === 34) a++;
  const close = token.charCodeAt(b - 1);
  if (close === 41 || close === 39 || close === 34) b--;
  return a < b ? token.slice(a, b) : token;
}

/** Case-blind comparison of two addresses. */
export function sameAddress(a: string | null, b: string | null): boolean {
  return a !== null && b !== null && lowerKeepingIndexes(a) === lowerKeepingIndexes(b);
}

/** The value after `;` of a typed DSN field (`rfc822; bob@example.com`), trimmed. */
export function afterType(value: string): string {
  const semi = value.indexOf(';');
  return trimSpace(semi >= 0 ? value.slice(semi + 1) : value);
}
