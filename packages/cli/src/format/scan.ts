// The `scan` report as terminal tables: by default a short overview of every breakdown, with
// `--by` one table with a sample reply under each row.

import {
  BREAKDOWNS,
  type Breakdown,
  type CodeCount,
  type CodeReportRow,
  DELIVERY_STATUSES,
  FINDING_KINDS,
  type Report,
  type ReportRow,
  type StatusCounts,
  type StatusReportRow,
} from '@smtp-codes/explain';
import type { Messages } from '../i18n/index.js';
import type { Style } from './style.js';
import { severityColour } from './terminal.js';
import { displayWidth, padEnd, padStart, sanitize } from './text.js';

export interface ScanReportOptions {
  messages: Messages;
  style: Style;
  width: number;
  lines: number;
  files: number;
  /** On a terminal long cells are cut to the width; elsewhere they are printed whole. */
  terminal: boolean;
  /** One breakdown in full, or undefined for the overview. */
  by: Breakdown | undefined;
  /** Rows per table. */
  top: number;
  outside: number;
  untimed: number;
}

/**
 * The overview (every breakdown, `top` rows each) or one breakdown, then the totals.
 *
 * @example
 * formatScanReport(report.summary(), {messages: en, style: plain, width: 80, lines: 10, files: 1, terminal: false, by: 'code', top: 25, outside: 0, untimed: 0})
 */
export function formatScanReport(report: Report, o: ScanReportOptions): string {
  const { messages: m, style } = o;
  const out: string[] = [];
  if (report.findings === 0) {
    out.push(m.scan.none);
  } else if (o.by) {
    out.push(...table(report, o.by, o, true));
  } else {
    for (const by of BREAKDOWNS) {
      if (out.length > 0) out.push('');
      out.push(style.bold(m.scan.headings[by]));
      out.push(...table(report, by, o, false).map((l) => `  ${l}`));
    }
  }
  out.push('');
  out.push(m.scan.summary(report.findings, o.lines, o.files));
  const kinds = FINDING_KINDS.filter((k) => report.kinds[k] > 0).map((k) => `${m.kinds[k]}: ${report.kinds[k]}`);
  if (kinds.length > 0) out.push(style.dim(`${m.scan.formats}: ${kinds.join(', ')}`));
  if (o.outside > 0) out.push(style.dim(m.scan.outsideWindow(o.outside)));
  if (o.untimed > 0) out.push(style.yellow(m.scan.untimed(o.untimed)));
  if (report.errors > 0) out.push(style.yellow(m.scan.errors(report.errors)));
  return out.join('\n');
}

function table(report: Report, by: Breakdown, o: ScanReportOptions, samples: boolean): string[] {
  const indent = samples ? 0 : 2;
  const width = o.width - indent;
  switch (by) {
    case 'code':
      return codeTable(report.byCode, o, width, samples);
    case 'status':
      return keyTable(report.byStatus, by, o, width, samples);
    case 'reason':
      return keyTable(report.byReason, by, o, width, samples);
    default:
      return keyTable(report[by === 'domain' ? 'byDomain' : 'byRelay'], by, o, width, samples);
  }
}

function codeTable(all: CodeReportRow[], o: ScanReportOptions, width: number, samples: boolean): string[] {
  const { messages: m, style } = o;
  const rows = all.slice(0, o.top);
  const out: string[] = [];
  const countWidth = Math.max(displayWidth(m.scan.count), ...rows.map((r) => String(r.count).length));
  const codeWidth = Math.max(displayWidth(m.scan.code), 3);
  const enhancedWidth = Math.max(displayWidth(m.scan.enhanced), ...rows.map((r) => (r.enhanced ?? '-').length));
  out.push(
    style.bold(
      `${padStart(m.scan.count, countWidth)}  ${padEnd(m.scan.code, codeWidth)}  ${padEnd(m.scan.enhanced, enhancedWidth)}  ${m.scan.meaning}`,
    ),
  );
  const meaningWidth = width - countWidth - codeWidth - enhancedWidth - 6;
  for (const row of rows) {
    const colour = severityColour(row.severity, style);
    const meaning = row.other ? m.scan.other : [row.title, row.enhancedTitle].filter(Boolean).join(' / ');
    out.push(
      `${padStart(String(row.count), countWidth)}  ${colour(padEnd(row.code === null ? '-' : String(row.code), codeWidth))}  ${colour(
        padEnd(row.enhanced ?? '-', enhancedWidth),
      )}  ${fit(meaning, meaningWidth, o.terminal)}`,
    );
    if (samples && row.sample) out.push(sampleLine(row.sample, countWidth + 2, width, o));
  }
  if (all.length > rows.length) out.push(style.dim(m.scan.more(all.length - rows.length)));
  return out;
}

function keyTable(all: (ReportRow | StatusReportRow)[], by: Breakdown, o: ScanReportOptions, width: number, samples: boolean): string[] {
  const { messages: m, style } = o;
  const rows = all.slice(0, o.top);
  const out: string[] = [];
  const label = (row: ReportRow | StatusReportRow): string => {
    if (row.other) return m.scan.otherKeys;
    if (row.key === null) return m.scan.notLogged;
    if (by === 'status') return m.scan.statuses[row.key as keyof StatusCounts] ?? sanitize(row.key);
    return sanitize(row.key);
  };
  const labels = rows.map(label);
  const countWidth = Math.max(displayWidth(m.scan.count), ...rows.map((r) => String(r.count).length));
  const keyWidth = Math.min(
    Math.max(displayWidth(m.scan.keys[by]), ...labels.map(displayWidth)),
    o.terminal ? Math.max(12, Math.floor(width / 3)) : 1000,
  );
  const splits = rows.map((r) => ('statuses' in r ? statusSplit(r.statuses, m) : ''));
  const splitWidth = by === 'status' ? 0 : Math.max(displayWidth(m.scan.statusSplit), ...splits.map(displayWidth));
  const head = [padStart(m.scan.count, countWidth), padEnd(m.scan.keys[by], keyWidth)];
  if (splitWidth > 0) head.push(padEnd(m.scan.statusSplit, splitWidth));
  head.push(m.scan.topCodes);
  out.push(style.bold(head.join('  ')));
  const codesWidth = width - countWidth - keyWidth - (splitWidth > 0 ? splitWidth + 2 : 0) - 4;
  rows.forEach((row, i) => {
    const cells = [padStart(String(row.count), countWidth), padEnd(fit(labels[i]!, keyWidth, o.terminal), keyWidth)];
    if (splitWidth > 0) cells.push(padEnd(splits[i]!, splitWidth));
    cells.push(fit(topCodes(row.topCodes, m), codesWidth, o.terminal));
    out.push(cells.join('  '));
    if (samples && row.sample) out.push(sampleLine(row.sample, countWidth + 2, width, o));
  });
  if (all.length > rows.length) out.push(style.dim(m.scan.more(all.length - rows.length)));
  return out;
}

/** `bounced 3, deferred 1`: the non-zero statuses, in the order of DELIVERY_STATUSES. */
function statusSplit(statuses: StatusCounts, m: Messages): string {
  const parts: string[] = [];
  for (const s of [...DELIVERY_STATUSES, 'unknown'] as const) if (statuses[s] > 0) parts.push(`${m.scan.statuses[s]} ${statuses[s]}`);
  return parts.join(m.scan.separator);
}

/** `550 5.1.1 ×3, 450 4.7.1 ×1`. */
function topCodes(codes: CodeCount[], m: Messages): string {
  return codes.map((c) => `${c.code ?? '-'} ${c.enhanced ?? '-'} ×${c.count}`).join(m.scan.separator);
}

function sampleLine(sample: string, indent: number, width: number, o: ScanReportOptions): string {
  const label = `${o.messages.scan.sample} `;
  return o.style.dim(`${' '.repeat(indent)}${label}${fit(sanitize(sample), width - indent - displayWidth(label), o.terminal)}`);
}

/** `s` cut to `width` columns with `…` on a terminal; whole elsewhere. */
function fit(s: string, width: number, terminal: boolean): string {
  if (!terminal || width <= 10 || displayWidth(s) <= width) return s;
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
