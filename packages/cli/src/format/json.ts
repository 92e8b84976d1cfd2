// JSON output. `explain --json` is JSON Lines: one Explanation object per line.

import type { Explanation } from '@smtp-codes/explain';
import { isBidiControl } from '@smtp-codes/explain';

/**
 * `JSON.stringify`, with the characters a terminal or a viewer would act on written as `\uXXXX`
 * escapes: DEL, C1 controls (U+0080-U+009F, U+009B is a CSI), bidirectional controls and the
 * line and paragraph separators. JSON.stringify escapes only C0 controls; the value is the same.
 */
export function safeStringify(value: unknown, indent?: number): string {
  const json = JSON.stringify(value, null, indent);
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0x2028 || c === 0x2029 || isBidiControl(c)) {
      out += `${json.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
      from = i + 1;
    }
  }
  return from === 0 ? json : out + json.slice(from);
}

/** JSON text with every non-ASCII character as a `\uXXXX` escape: the same value, in ASCII. */
export function jsonToAscii(json: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x80) {
      out += `${json.slice(from, i)}\\u${c.toString(16).padStart(4, '0')}`;
      from = i + 1;
    }
  }
  return from === 0 ? json : out + json.slice(from);
}

/** One compact JSON object per explanation, each on its own line (JSON Lines), with a final newline. */
export function formatJsonLines(list: readonly Explanation[]): string {
  return list.map((e) => `${safeStringify(e)}\n`).join('');
}

/** One pretty-printed JSON document with a final newline. */
export function formatJson(value: unknown): string {
  return `${safeStringify(value, 2)}\n`;
}
