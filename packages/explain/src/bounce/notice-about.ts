// What a notice's human-readable text says about one recipient: the rest of the line that names
// the address, and the lines indented under it (Exim: "  bob@example.com\n    retry timeout
// exceeded"). The reason rules read it when the record has no reply, diagnostic or summary.

import { lowerKeepingIndexes } from '../chars.js';

/** At most this many characters of the notice are searched. */
const MAX_NOTICE = 8192;

/** The words about `recipient` in `notice`, or null when the address is not there or nothing follows it. */
export function noticeAbout(notice: string, recipient: string): string | null {
  const lines = notice.slice(0, MAX_NOTICE).split('\n');
  const needle = lowerKeepingIndexes(recipient);
  const at = lines.findIndex((l) => lowerKeepingIndexes(l).includes(needle));
  if (at < 0 || !needle) return null;
  const line = (lines[at] ?? '').trimEnd();
  const indent = line.length - line.trimStart().length;
  let after = line.slice(lowerKeepingIndexes(line).indexOf(needle) + needle.length);
  while (after.length > 0 && '>:. \t'.includes(after[0] ?? '')) after = after.slice(1);
  const more: string[] = [];
  for (const next of lines.slice(at + 1)) {
    const trimmed = next.trim();
    if (trimmed === '' || next.length - next.trimStart().length <= indent) break;
    more.push(trimmed);
  }
  const text = [after.trim(), ...more].filter(Boolean).join(' ');
  return text || null;
}
