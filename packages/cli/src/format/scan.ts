// The `scan` summary as a terminal table.

import { FINDING_KINDS, type ScanSummary } from '@smtp-codes/explain';
import type { Messages } from '../i18n/index.js';
import type { Style } from './style.js';
import { severityColour } from './terminal.js';
import { displayWidth, padEnd, padStart } from './text.js';

export interface ScanTableOptions {
  messages: Messages;
  style: Style;
  width: number;
  lines: number;
  files: number;
  /** On a terminal the meaning column is cut to the width; elsewhere it is printed whole. */
  terminal: boolean;
}

/**
 * Count, code, enhanced code and meaning, sorted by count; then the totals.
 *
 * @example
 * formatScanTable(tally.summary(), {messages: en, style: plain, width: 80, lines: 10, files: 1, terminal: false})
 */
export function formatScanTable(summary: ScanSummary, o: ScanTableOptions): string {
  const { messages: m, style } = o;
  const out: string[] = [];
  if (summary.codes.length === 0) {
    out.push(m.scan.none);
  } else {
    const countWidth = Math.max(displayWidth(m.scan.count), ...summary.codes.map((r) => String(r.count).length));
    const codeWidth = Math.max(displayWidth(m.scan.code), 3);
    const enhancedWidth = Math.max(displayWidth(m.scan.enhanced), ...summary.codes.map((r) => (r.enhanced ?? '-').length));
    const head = `${padStart(m.scan.count, countWidth)}  ${padEnd(m.scan.code, codeWidth)}  ${padEnd(m.scan.enhanced, enhancedWidth)}  ${m.scan.meaning}`;
    out.push(style.bold(head));
    const meaningWidth = o.width - countWidth - codeWidth - enhancedWidth - 6;
    for (const row of summary.codes) {
      const colour = severityColour(row.severity, style);
      const meaning = row.other ? m.scan.other : [row.title, row.enhancedTitle].filter(Boolean).join(' / ');
      const shown = o.terminal && meaningWidth > 10 ? cut(meaning, meaningWidth) : meaning;
      out.push(
        `${padStart(String(row.count), countWidth)}  ${colour(padEnd(row.code === null ? '-' : String(row.code), codeWidth))}  ${colour(
          padEnd(row.enhanced ?? '-', enhancedWidth),
        )}  ${shown}`,
      );
    }
  }
  out.push('');
  out.push(m.scan.summary(summary.findings, o.lines, o.files));
  const kinds = FINDING_KINDS.filter((k) => summary.kinds[k] > 0).map((k) => `${m.kinds[k]}: ${summary.kinds[k]}`);
  if (kinds.length > 0) out.push(style.dim(`${m.scan.formats}: ${kinds.join(', ')}`));
  if (summary.errors > 0) out.push(style.yellow(m.scan.errors(summary.errors)));
  return out.join('\n');
}

function cut(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const ch of s) {
    const cw = displayWidth(ch);
    if (w + cw > width - 1) break;
    out += ch;
    w += cw;
  }
  return `${out}…`;
}
