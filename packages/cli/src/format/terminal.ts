// The explanation laid out for a terminal. Pure: the caller gives the width and the style.

import type { ExplainMessages } from '@smtp-codes/explain';
import { type Explanation, type LayoutRow, layoutExplanation } from '@smtp-codes/explain';
import type { Severity } from '@smtp-codes/parser';
import type { Style } from './style.js';
import { displayWidth, padEnd, sanitize, wrap } from './text.js';

export interface TerminalOptions {
  messages: ExplainMessages;
  style: Style;
  /** Columns to wrap at (default 80). */
  width?: number;
}

/** Descriptions in the spec use Markdown code spans; a terminal shows them without backticks. */
export function stripMarkdown(s: string): string {
  return s.indexOf('`') < 0 ? s : s.split('`').join('');
}

export function severityColour(severity: Severity | null, style: Style): (s: string) => string {
  switch (severity) {
    case 'positive-completion':
      return style.green;
    case 'positive-intermediate':
      return style.cyan;
    case 'transient-negative':
      return style.yellow;
    case 'permanent-negative':
      return style.red;
    default:
      return (s) => s;
  }
}

/** Label/value rows with the labels padded to one column. */
function rows(items: readonly LayoutRow[], indent: string, width: number, style: Style): string[] {
  if (items.length === 0) return [];
  const labelWidth = Math.max(...items.map((r) => displayWidth(r.label))) + 2;
  const out: string[] = [];
  for (const { label, value } of items) {
    const valueLines = wrap(value, Math.max(20, width - indent.length - labelWidth));
    valueLines.forEach((line, i) => {
      out.push(`${indent}${i === 0 ? style.dim(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)}${line}`);
    });
  }
  return out;
}

/** A row whose value may quote server text and hold Markdown code spans. */
const plainRow = (r: LayoutRow): LayoutRow => ({ label: r.label, value: stripMarkdown(sanitize(r.value)) });

function paragraph(text: string, indent: string, width: number): string[] {
  return wrap(stripMarkdown(text), width - indent.length).map((line) => indent + line);
}

/** `label — title` in bold, wrapped when it does not fit. */
function heading(label: string, title: string, width: number, style: Style): string[] {
  const text = `${label} — ${title}`;
  if (displayWidth(text) <= width) return [`${style.bold(label)} — ${style.bold(title)}`];
  return wrap(text, width).map((line) => style.bold(line));
}

/**
 * One explanation as terminal text (no trailing newline): its layout (`layoutExplanation` of @smtp-codes/explain), with
 * server text sanitized and Markdown code spans stripped.
 *
 * @example
 * formatExplanation(explainFinding(extract('550 5.1.1 User unknown')[0], en), {messages: en.messages, style: plain})
 */
export function formatExplanation(e: Explanation, options: TerminalOptions): string {
  const { messages: m, style } = options;
  const width = options.width ?? 80;
  const colour = severityColour(e.severity, style);
  const l = layoutExplanation(e, m);
  const out: string[] = [];

  const where = `(${l.where})`;
  const verdict = l.verdict ? ` — ${l.verdict}` : '';
  if (displayWidth(l.codes + verdict + where) + 2 <= width)
    out.push(`${style.bold(colour(l.codes))}${colour(verdict)}  ${style.dim(where)}`);
  else out.push(`${style.bold(colour(l.codes))}${colour(verdict)}`, `  ${style.dim(where)}`);

  // Each line of server text is sanitized on its own so no control byte passes.
  const facts = l.facts.map((r) => ({ label: r.label, value: sanitize(r.value) }));
  out.push(...rows(facts, '  ', width, style));

  // The provider's own meaning of the code comes before the registry's.
  if (l.provider) {
    out.push('');
    out.push(...heading(l.provider.label, l.provider.name, width, style));
    out.push(...rows(l.provider.meanings.map(plainRow), '  ', width, style));
  }
  if (l.basic) {
    out.push('');
    out.push(...heading(l.basic.heading, l.basic.title, width, style));
    out.push(`  ${style.dim(l.basic.subtitle)}`);
    out.push(...paragraph(l.basic.description, '  ', width));
  }
  if (l.enhanced) {
    const s = l.enhanced;
    out.push('');
    out.push(...heading(s.heading, s.title, width, style));
    out.push(...rows(s.parts, '  ', width, style));
    if (s.fallbackNote) out.push(...paragraph(s.fallbackNote, '  ', width).map((line) => style.yellow(line)));
    out.push(...paragraph(s.description, '  ', width));
    if (s.note) out.push(...paragraph(s.note, '  ', width).map((line) => style.dim(line)));
  }
  if (l.notes.length > 0) {
    out.push('');
    for (const note of l.notes) out.push(...paragraph(note, '  ', width).map((line) => style.yellow(line)));
  }
  out.push('');
  out.push(...heading(l.reason.label, l.reason.title, width, style));
  out.push(...rows(l.reason.rows.map(plainRow), '  ', width, style));
  if (l.retry) {
    out.push('');
    out.push(style.bold(colour(l.retry.label)));
    out.push(...paragraph(l.retry.advice, '  ', width));
  }
  if (l.error) {
    out.push('');
    out.push(style.red(style.bold(l.error.label)));
    out.push(`  ${style.red(`${l.error.lineLabel}: ${l.error.message} (${l.error.kind})`)}`);
  }
  if (l.warnings) {
    out.push('');
    out.push(style.yellow(l.warnings.label));
    for (const w of l.warnings.items) out.push(`  ${w.lineLabel}: ${w.message} ${style.dim(`(${w.kind})`)}`);
  }
  return out.join('\n');
}

/** Several explanations, separated by a blank line and a rule. */
export function formatExplanations(list: Explanation[], options: TerminalOptions): string {
  const width = Math.min(options.width ?? 80, 100);
  const rule = options.style.dim('─'.repeat(Math.min(width, 60)));
  return list.map((e) => formatExplanation(e, { ...options, width })).join(`\n\n${rule}\n\n`);
}
