// What to show of one Explanation and in which order, with its labels, but no formatting: the
// terminal (../format/terminal.ts) and the docs page both render this, so they show the same facts.

import type { Severity } from '@smtp-codes/parser';
import type { ExplainedIssue, Explanation } from './explain.js';
import type { ExplainMessages } from './messages/types.js';

export interface LayoutRow {
  readonly label: string;
  readonly value: string;
}

export interface LayoutIssue {
  readonly kind: string;
  readonly line: number;
  /** "line 3" */
  readonly lineLabel: string;
  readonly message: string;
}

export interface ExplanationLayout {
  /** "550 5.1.1", or "?" when neither code is known. */
  readonly codes: string;
  readonly severity: Severity | null;
  /** messages.severity[severity] or null. */
  readonly verdict: string | null;
  /** messages.labels.where(kind label, line) */
  readonly where: string;
  /**
   * Reply text lines (first row labelled replyText, continuation rows label ''), then context rows
   * (recipient, host, command, status, action, dsn when it differs from enhanced), or the source
   * when nothing else. Values are RAW, not sanitized: each renderer escapes for its medium (the
   * terminal sanitizes, the page uses textContent).
   */
  readonly facts: readonly LayoutRow[];
  readonly basic: {
    /** `${labels.replyCode} ${code}` */
    readonly heading: string;
    readonly title: string;
    /** class title · category title */
    readonly subtitle: string;
    /** As in the data (Markdown code spans included). */
    readonly description: string;
  } | null;
  readonly enhanced: {
    /** `${labels.enhancedCode} ${code}` */
    readonly heading: string;
    readonly title: string;
    /** Class (when the code has one), subject (when known) and detail ('—' when unregistered). */
    readonly parts: readonly LayoutRow[];
    readonly fallbackNote: string | null;
    /** As in the data (Markdown code spans included). */
    readonly description: string;
    /** The registry note with its label (`Note: …`), or null. */
    readonly note: string | null;
  } | null;
  /** The bounce reason: its title, then what to do and the rule that decided. */
  readonly reason: { readonly label: string; readonly title: string; readonly rows: readonly LayoutRow[] };
  /**
   * The recognised provider. Where one of its documented codes matched, `meanings` holds the
   * provider's meaning first ("Gmail says") and the registry's beside it ("Registry"); otherwise it is empty.
   */
  readonly provider: { readonly label: string; readonly name: string; readonly meanings: readonly LayoutRow[] } | null;
  /** e.notes without the fallback note. */
  readonly notes: readonly string[];
  readonly retry: { readonly label: string; readonly advice: string } | null;
  readonly error: (LayoutIssue & { readonly label: string }) | null;
  readonly warnings: { readonly label: string; readonly items: readonly LayoutIssue[] } | null;
}

/**
 * The layout of one explanation in the wording of `messages` (the language it was explained in).
 *
 * @example
 * const e = explainFinding(extract('550 5.1.1 User unknown')[0], en);
 * layoutExplanation(e, en.messages).basic.heading
 * //=> 'Reply code 550'
 */
export function layoutExplanation(e: Explanation, messages: ExplainMessages): ExplanationLayout {
  const m = messages;
  const codes = [e.code === null ? '' : String(e.code), e.enhanced ?? ''].filter(Boolean).join(' ') || '?';

  const facts: LayoutRow[] = [];
  // A multiline reply keeps its lines, one row each.
  const textLines = e.text ? e.text.split('\n') : e.lines && e.lines.join('').length > 0 ? e.lines : [];
  textLines.forEach((line, i) => {
    facts.push({ label: i === 0 ? m.labels.replyText : '', value: line });
  });
  const c = e.context;
  if (c.recipient) facts.push({ label: m.labels.recipient, value: c.recipient });
  if (c.host) facts.push({ label: m.labels.host, value: c.host });
  if (c.command) facts.push({ label: m.labels.command, value: c.command });
  if (c.status) facts.push({ label: m.labels.status, value: c.status });
  if (c.action) facts.push({ label: m.labels.action, value: c.action });
  if (c.dsn && c.dsn !== e.enhanced) facts.push({ label: m.labels.dsn, value: c.dsn });
  if (e.code === null && e.enhanced === null && e.text === null) facts.push({ label: m.labels.replyText, value: e.source });

  const b = e.basic;
  const s = e.enhancedStatus;
  const parts: LayoutRow[] = [];
  if (s) {
    if (s.class) parts.push({ label: `${m.labels.class} ${s.class.value}`, value: s.class.title });
    if (s.subject) parts.push({ label: `${m.labels.subject} ${s.subject.value}`, value: s.subject.title });
    parts.push({ label: `${m.labels.detail} ${s.detail.value}`, value: s.detail.title ?? '—' });
  }
  const issue = (i: ExplainedIssue): LayoutIssue => ({ kind: i.kind, line: i.line, lineLabel: m.labels.line(i.line), message: i.message });

  const w = m.why;
  const ev = e.reason.evidence;
  const decided = ev.rule === 'action' && ev.cause ? ev.cause.evidence : ev;
  const rule = (): string => {
    switch (decided.rule) {
      case 'provider':
        return w.rules.provider(e.provider?.name ?? decided.provider);
      case 'pattern':
        return w.rules.pattern(decided.match);
      case 'enhanced':
        return w.rules.enhanced(decided.code);
      case 'subject':
        // The engine's subject rules include the class-only ones (`2`, `5`).
        return decided.code.includes('.') ? w.rules.subject(decided.code) : w.rules.class(decided.code);
      case 'reply':
        return w.rules.reply(decided.code);
      case 'action':
        return w.rules.action(decided.action);
      default:
        return w.rules.none;
    }
  };
  // An expired delivery names the DSN action and then what the reply said.
  const ruleText = ev.rule === 'action' && ev.cause ? `${w.rules.action(ev.action)} · ${rule()}` : rule();
  const reasonRows: LayoutRow[] = [];
  if (e.reason.action) reasonRows.push({ label: w.whatToDo, value: e.reason.action });
  reasonRows.push({ label: w.decidedBy, value: ruleText });
  const meanings: LayoutRow[] = [];
  if (e.provider?.meaning) {
    meanings.push({ label: w.providerSays(e.provider.name), value: e.provider.meaning });
    const registry = s?.title ?? b?.title;
    if (registry) meanings.push({ label: w.registry, value: registry });
  }

  return {
    codes,
    severity: e.severity,
    verdict: e.severity ? m.severity[e.severity] : null,
    where: m.labels.where(m.kinds[e.kind], e.line),
    facts,
    basic: b
      ? {
          heading: `${m.labels.replyCode} ${b.code}`,
          title: b.title,
          subtitle: `${b.class.title} · ${b.category.title}`,
          description: b.description,
        }
      : null,
    enhanced: s
      ? {
          heading: `${m.labels.enhancedCode} ${s.code}`,
          title: s.title,
          parts,
          fallbackNote: s.fallbackNote,
          description: s.description,
          note: s.note ? m.notes.noteLine(s.note) : null,
        }
      : null,
    reason: { label: w.reason, title: e.reason.title, rows: reasonRows },
    provider: e.provider ? { label: w.provider, name: e.provider.name, meanings } : null,
    // The fallback note is shown with the enhanced code already.
    notes: e.notes.filter((n) => n !== s?.fallbackNote),
    retry: e.retry ? { label: m.labels.retry, advice: e.retry.advice } : null,
    error: e.error ? { ...issue(e.error), label: m.labels.error } : null,
    warnings: e.warnings.length > 0 ? { label: m.labels.warnings, items: e.warnings.map(issue) } : null,
  };
}
