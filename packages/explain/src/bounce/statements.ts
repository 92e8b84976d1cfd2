// A notice's text as statements: a line together with the lines indented deeper below it (how
// Postfix, Exim and Sendmail continue one recipient's entry), each with its 1-based line number.

import { trimSpace } from '../chars.js';
import { indentOf } from './text.js';

export interface Statement {
  /** 1-based line of the first line. */
  line: number;
  /** The lines, each trimmed. */
  lines: string[];
  /** The lines joined by one space. */
  text: string;
  /** Blank lines right before it. */
  blankBefore: number;
}

/** At most this many lines join one statement; a longer run is split. */
const MAX_LINES = 200;

export function statements(lines: readonly string[], end: number): Statement[] {
  const out: Statement[] = [];
  let blank = 0;
  let i = 0;
  while (i < end) {
    const first = lines[i]!;
    const trimmed = trimSpace(first);
    if (trimmed.length === 0) {
      blank++;
      i++;
      continue;
    }
    const indent = indentOf(first);
    const group = [trimmed];
    let j = i + 1;
    while (j < end && group.length < MAX_LINES) {
      const next = lines[j]!;
      const t = trimSpace(next);
      if (t.length === 0 || indentOf(next) <= indent) break;
      group.push(t);
      j++;
    }
    out.push({ line: i + 1, lines: group, text: group.join(' '), blankBefore: blank });
    blank = 0;
    i = j;
  }
  return out;
}
