// JSON output. `explain --json` is JSON Lines: one Explanation object per line.

import type { Explanation } from '@smtp-codes/explain';

/** One compact JSON object per explanation, each on its own line (JSON Lines), with a final newline. */
export function formatJsonLines(list: readonly Explanation[]): string {
  return list.map((e) => `${JSON.stringify(e)}\n`).join('');
}

/** One pretty-printed JSON document with a final newline. */
export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
