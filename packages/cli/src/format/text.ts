// Terminal text helpers: making server text safe to print, display width (CJK is two columns),
// word wrapping for English/Russian and character wrapping for Japanese.

import { isBidiControl } from '@smtp-codes/explain';
import { eastAsianWidth } from 'get-east-asian-width';

/**
 * Server text made safe for a terminal: C0 controls (HT included), DEL, C1 controls and the
 * bidirectional overrides/isolates are shown as `\xHH` / `\u{HHHH}` escapes, so a reply cannot
 * move the cursor, change colours or reorder what is shown.
 */
export function sanitize(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let escaped: string | undefined;
    if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f)) escaped = `\\x${c.toString(16).padStart(2, '0')}`;
    else if (isBidiControl(c)) escaped = `\\u{${c.toString(16)}}`;
    if (escaped !== undefined) {
      out += s.slice(from, i) + escaped;
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** ASCII stand-ins for the punctuation our English output uses. */
const ASCII_FALLBACK: Readonly<Record<string, string>> = {
  '—': '-',
  '–': '-',
  '─': '-',
  '…': '...',
  '§': 's.',
  '·': '-',
  '→': '->',
  '×': 'x',
  '“': '"',
  '”': '"',
  '‘': "'",
  '’': "'",
};

/**
 * Text for a terminal that shows ASCII only: our punctuation gets its stand-in, any other
 * non-ASCII character (in server text, say) the `\u{HHHH}` escape that sanitize uses.
 */
export function toAscii(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    out += cp < 0x80 ? ch : (ASCII_FALLBACK[ch] ?? `\\u{${cp.toString(16)}}`);
  }
  return out;
}

/** Whether a code point takes two terminal columns: East Asian Wide or Fullwidth (Unicode's table, via get-east-asian-width). */
export function isWide(cp: number): boolean {
  return eastAsianWidth(cp) === 2;
}

/** Marks that take no column of their own: combining marks, format characters (ZWJ …), variation selectors, emoji modifiers. */
const MARK = /[\p{Mn}\p{Me}\p{Cf}]/u;
function isZeroWidth(cp: number): boolean {
  return (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0x1f3fb && cp <= 0x1f3ff) || MARK.test(String.fromCodePoint(cp));
}
/** An emoji shown as a picture: two columns, also when a text-default character is made one by U+FE0F. */
const EMOJI = /\p{Extended_Pictographic}/u;

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Columns `s` takes in a terminal (no escape sequences expected in `s`): per grapheme cluster,
 * an emoji (with its modifiers, variation selector or ZWJ sequence) is 2, East Asian Wide and
 * Fullwidth characters are 2, combining marks and other zero-width characters add nothing.
 */
export function displayWidth(s: string): number {
  let w = 0;
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c >= 0x7f) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.length;
  for (const { segment } of segmenter.segment(s)) {
    const cp = segment.codePointAt(0)!;
    if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) continue;
    if (segment.length === 1 && cp < 0x300) {
      w += 1;
      continue;
    }
    if (EMOJI.test(segment) && (isWide(cp) || segment.includes('\u{FE0F}') || segment.includes('\u{200D}'))) {
      w += 2;
      continue;
    }
    if (isZeroWidth(cp)) continue;
    w += isWide(cp) ? 2 : 1;
  }
  return w;
}

/** `s` padded with spaces to `width` columns. */
export function padEnd(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : s + ' '.repeat(width - w);
}

/** `s` padded on the left to `width` columns. */
export function padStart(s: string, width: number): string {
  const w = displayWidth(s);
  return w >= width ? s : ' '.repeat(width - w) + s;
}

/** Characters that must not start a line in Japanese (kinsoku): closing brackets and punctuation. */
const NO_LINE_START = new Set([...'、。，．・：；？！）」』】〕〉》ー々ゃゅょっャュョッぁぃぅぇぉァィゥェォ)]},.:;!?']);

/**
 * Wraps `text` to `width` columns. Breaks at spaces; a run of wide (CJK) characters may also break
 * between any two characters, except before closing punctuation. Existing line breaks are kept.
 */
export function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of text.split('\n')) {
    if (width <= 10 || displayWidth(paragraph) <= width) {
      out.push(paragraph);
      continue;
    }
    let line = '';
    let lineWidth = 0;
    for (const token of tokens(paragraph)) {
      const w = displayWidth(token);
      if (token === ' ') {
        if (lineWidth > 0 && lineWidth + 1 <= width) {
          line += ' ';
          lineWidth += 1;
        }
        continue;
      }
      if (lineWidth + w > width && lineWidth > 0) {
        out.push(line.trimEnd());
        line = '';
        lineWidth = 0;
      }
      line += token;
      lineWidth += w;
    }
    if (line.trimEnd()) out.push(line.trimEnd());
  }
  return out;
}

/** Words, single spaces, and single wide characters (with their trailing no-line-start characters). */
function tokens(s: string): string[] {
  const out: string[] = [];
  let word = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === ' ') {
      if (word) out.push(word);
      word = '';
      out.push(' ');
    } else if (NO_LINE_START.has(ch)) {
      if (word) word += ch;
      else if (out.length > 0 && out[out.length - 1] !== ' ') out[out.length - 1] += ch;
      else word = ch;
    } else if (isWide(cp)) {
      if (word) out.push(word);
      word = ch;
      out.push(word);
      word = '';
    } else {
      word += ch;
    }
  }
  if (word) out.push(word);
  return out;
}
