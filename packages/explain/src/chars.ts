// Character-level helpers over server text: explicit character classes and indexOf only, no
// regular expressions, every function linear in what it looks at.

import { type EnhancedSyntax, readEnhanced } from '@smtp-codes/constants';
import { replyCodeAt } from '@smtp-codes/parser';

export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

export function isSpace(c: number): boolean {
  return c === 32 || c === 9;
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * True for the characters that reorder text around them: the bidi embeddings, overrides and
 * isolates (U+202A-202E, U+2066-2069) and the LRM, RLM and ALM marks. Server text shown to a
 * person escapes them (the terminal and the explain page), so a reply cannot disguise itself.
 */
export function isBidiControl(c: number): boolean {
  return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x200e || c === 0x200f || c === 0x061c;
}

/**
 * True when a reply line starts at `i`: the parser's reply code (`replyCodeAt`, BEHAVIOUR.md §3.2
 * of the parser) followed by SP, `-`, HT, CR or the end, the separators the parser can accept
 * (BEHAVIOUR.md §3.4 of the parser; CR as the line end). Stricter than the code alone, so that
 * prose such as `250.5 MB` is not taken for a reply.
 */
export function hasReplyCodeAt(s: string, i: number): boolean {
  if (replyCodeAt(s, i) < 0) return false;
  if (i + 3 === s.length) return true;
  const c = s.charCodeAt(i + 3);
  return c === 32 || c === 45 || c === 9 || c === 13;
}

/** Index of the first character after SP/HT from `i`. */
export function skipSpaces(s: string, i: number): number {
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
}

/** `s` without leading and trailing SP/HT/CR/LF. */
export function trimSpace(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && isBlank(s.charCodeAt(a))) a++;
  while (b > a && isBlank(s.charCodeAt(b - 1))) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

export interface CodeToken {
  /** The token as written, normalised to decimal (`5.01.1` is not accepted: RFC 3463 has no leading zeros). */
  code: string;
  /** Index after the token. */
  end: number;
}

const RFC_SYNTAX: EnhancedSyntax = {};
const CLASSLESS_SYNTAX: EnhancedSyntax = { classless: 'any-case' };

/**
 * An enhanced status code at `i` (the constants package's `readEnhanced`: class `2`, `4`, `5`, or
 * `X`/`x` when `allowGeneric`, then `.S.D` with 1-3 digits each and no leading zero), not followed
 * by a digit, letter or `.digit`.
 */
export function enhancedAt(s: string, i: number, allowGeneric = false): CodeToken | undefined {
  const token = readEnhanced(s, i, s.length, allowGeneric ? CLASSLESS_SYNTAX : RFC_SYNTAX);
  if (token === undefined) return undefined;
  const after = token.end < s.length ? s.charCodeAt(token.end) : -1;
  if (after !== -1 && (isAsciiAlnum(after) || (after === 46 && isDigit(s.charCodeAt(token.end + 1))))) return undefined;
  return { code: `${token.class ?? 'X'}.${token.subject}.${token.detail}`, end: token.end };
}

/** A three-digit token at `i` that is a whole word (no digit or letter before or after it). */
export function basicCodeWordAt(s: string, i: number): number | undefined {
  if (i > 0 && isAsciiAlnum(s.charCodeAt(i - 1))) return undefined;
  if (i + 3 > s.length) return undefined;
  for (let k = i; k < i + 3; k++) if (!isDigit(s.charCodeAt(k))) return undefined;
  if (i + 3 < s.length && isAsciiAlnum(s.charCodeAt(i + 3))) return undefined;
  return Number(s.slice(i, i + 3));
}

/** The value of `name=` in a `key=value, key=value` log line, up to the next `, key=` or the end. */
export function fieldValue(line: string, name: string, from = 0): { value: string; start: number; end: number } | undefined {
  const start = findField(line, name, from);
  if (start < 0) return undefined;
  const end = nextFieldStart(line, start);
  return { value: trimSpace(line.slice(start, end)), start, end };
}

/** Index after `name=` where `name` is preceded by the line start, SP, HT or `,`; -1 if absent. */
export function findField(line: string, name: string, from = 0): number {
  const key = `${name}=`;
  let i = line.indexOf(key, from);
  while (i >= 0) {
    const before = i === 0 ? 32 : line.charCodeAt(i - 1);
    if (before === 32 || before === 44 || before === 9) return i + key.length;
    i = line.indexOf(key, i + 1);
  }
  return -1;
}

/** Where the value starting at `start` ends: at `, ` followed by a lower-case `key=`, or the end. */
function nextFieldStart(line: string, start: number): number {
  let i = line.indexOf(', ', start);
  while (i >= 0) {
    let j = i + 2;
    while (j < line.length) {
      const c = line.charCodeAt(j);
      if ((c >= 97 && c <= 122) || c === 95) j++;
      else break;
    }
    if (j > i + 2 && line.charCodeAt(j) === 61) return i;
    i = line.indexOf(', ', i + 2);
  }
  return line.length;
}

/** A simple token after `start`: up to the first SP, HT or `,`. */
export function tokenAt(line: string, start: number): string {
  let j = start;
  while (j < line.length) {
    const c = line.charCodeAt(j);
    if (c === 32 || c === 9 || c === 44) break;
    j++;
  }
  return line.slice(start, j);
}

/** The text between `<` at `start` and the next `>` (an address), or undefined. */
export function angleAt(line: string, start: number): string | undefined {
  if (line.charCodeAt(start) !== 60) return undefined;
  const end = line.indexOf('>', start + 1);
  return end < 0 ? undefined : line.slice(start + 1, end);
}

/**
 * `s` in lower case with every index kept (for searching with indexOf and slicing the original):
 * the engine's toLowerCase when that keeps the length, else ASCII letters only.
 */
export function lowerKeepingIndexes(s: string): string {
  const lower = s.toLowerCase();
  return lower.length === s.length ? lower : asciiLower(s);
}

/** Lower-case ASCII letters only (a field name comparison that ignores case). */
export function asciiLower(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : s[i];
  }
  return out;
}
