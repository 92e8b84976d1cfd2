// The explanation laid out for a terminal. Pure: the caller gives the width and the style.

import type { Severity } from '@smtp-codes/parser';
import type { Explanation } from '../explain/explain.js';
import type { Messages } from '../i18n/index.js';
import type { Style } from './style.js';
import { displayWidth, padEnd, sanitize, wrap } from './text.js';

export interface TerminalOptions {
  messages: Messages;
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
function rows(items: [string, string][], indent: string, width: number, style: Style): string[] {
  if (items.length === 0) return [];
  const labelWidth = Math.max(...items.map(([label]) => displayWidth(label))) + 2;
  const out: string[] = [];
  for (const [label, value] of items) {
    const valueLines = wrap(value, Math.max(20, width - indent.length - labelWidth));
    valueLines.forEach((line, i) => {
      out.push(`${indent}${i === 0 ? style.dim(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)}${line}`);
    });
  }
  return out;
}

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
 * One explanation as terminal text (no trailing newline).
 *
 * @example
 * formatExplanation(explainFinding(extract('550 5.1.1 User unknown')[0]), {messages: en, style: plain})
 */
export function formatExplanation(e: Explanation, options: TerminalOptions): string {
  const { messages: m, style } = options;
  const width = options.width ?? 80;
  const colour = severityColour(e.severity, style);
  const out: string[] = [];

  const codes = [e.code === null ? '' : String(e.code), e.enhanced ?? ''].filter(Boolean).join(' ') || '?';
  const where = `(${m.labels.where(m.kinds[e.kind], e.line)})`;
  const verdict = e.severity ? ` — ${m.severity[e.severity]}` : '';
  if (displayWidth(codes + verdict + where) + 2 <= width) out.push(`${style.bold(colour(codes))}${colour(verdict)}  ${style.dim(where)}`);
  else out.push(`${style.bold(colour(codes))}${colour(verdict)}`, `  ${style.dim(where)}`);

  const facts: [string, string][] = [];
  // A multiline reply keeps its lines; each is sanitized on its own so no control byte passes.
  const textLines = e.text ? e.text.split('\n') : e.lines && e.lines.join('').length > 0 ? e.lines : [];
  textLines.forEach((line, i) => {
    facts.push([i === 0 ? m.labels.replyText : '', sanitize(line)]);
  });
  const c = e.context;
  if (c.recipient) facts.push([m.labels.recipient, sanitize(c.recipient)]);
  if (c.host) facts.push([m.labels.host, sanitize(c.host)]);
  if (c.command) facts.push([m.labels.command, sanitize(c.command)]);
  if (c.status) facts.push([m.labels.status, sanitize(c.status)]);
  if (c.action) facts.push([m.labels.action, sanitize(c.action)]);
  if (c.dsn && c.dsn !== e.enhanced) facts.push([m.labels.dsn, sanitize(c.dsn)]);
  if (e.code === null && e.enhanced === null && e.text === null) facts.push([m.labels.replyText, sanitize(e.source)]);
  out.push(...rows(facts, '  ', width, style));

  if (e.basic) {
    const b = e.basic;
    out.push('');
    out.push(...heading(`${m.labels.replyCode} ${b.code}`, b.title, width, style));
    out.push(`  ${style.dim(`${b.class.title} · ${b.category.title}`)}`);
    out.push(...paragraph(b.description, '  ', width));
  }
  if (e.enhancedStatus) {
    const s = e.enhancedStatus;
    out.push('');
    out.push(...heading(`${m.labels.enhancedCode} ${s.code}`, s.title, width, style));
    const parts: [string, string][] = [];
    if (s.class) parts.push([`${m.labels.class} ${s.class.value}`, s.class.title]);
    if (s.subject) parts.push([`${m.labels.subject} ${s.subject.value}`, s.subject.title]);
    parts.push([`${m.labels.detail} ${s.detail.value}`, s.detail.title ?? '—']);
    out.push(...rows(parts, '  ', width, style));
    if (s.fallbackNote) out.push(...paragraph(s.fallbackNote, '  ', width).map((l) => style.yellow(l)));
    out.push(...paragraph(s.description, '  ', width));
    if (s.note) out.push(...paragraph(`${m.labels.note}: ${s.note}`, '  ', width).map((l) => style.dim(l)));
  }
  const notes = e.notes.filter((n) => n !== e.enhancedStatus?.fallbackNote);
  if (notes.length > 0) {
    out.push('');
    for (const note of notes) out.push(...paragraph(note, '  ', width).map((l) => style.yellow(l)));
  }
  if (e.retry) {
    out.push('');
    out.push(style.bold(colour(m.labels.retry)));
    out.push(...paragraph(e.retry.advice, '  ', width));
  }
  if (e.error) {
    out.push('');
    out.push(style.red(style.bold(m.labels.error)));
    out.push(`  ${style.red(`${m.labels.line(e.error.line)}: ${e.error.message} (${e.error.kind})`)}`);
  }
  if (e.warnings.length > 0) {
    out.push('');
    out.push(style.yellow(m.labels.warnings));
    for (const w of e.warnings) out.push(`  ${m.labels.line(w.line)}: ${w.message} ${style.dim(`(${w.kind})`)}`);
  }
  return out.join('\n');
}

/** Several explanations, separated by a blank line and a rule. */
export function formatExplanations(list: Explanation[], options: TerminalOptions): string {
  const width = Math.min(options.width ?? 80, 100);
  const rule = options.style.dim('─'.repeat(Math.min(width, 60)));
  return list.map((e) => formatExplanation(e, { ...options, width })).join(`\n\n${rule}\n\n`);
}
