// A whole notice (parseBounce's report) for the terminal and as JSON Lines: who wrote it and its
// kind, then one block per recipient (the recipient's own facts, then the explanation of its codes).

import type { BounceRecipient, BounceReport, ExplainLanguage, Explanation } from '@smtp-codes/explain';
import { explainFinding, explainRecipient } from '@smtp-codes/explain';
import type { Messages } from '../i18n/index.js';
import type { Style } from './style.js';
import { formatExplanation, formatExplanations, severityColour } from './terminal.js';
import { displayWidth, padEnd, sanitize, wrap } from './text.js';

export interface NoticeOptions {
  language: ExplainLanguage & { messages: Messages };
  style: Style;
  width: number;
  /** "FILE" or "FILE, message 2" when several messages are shown, else undefined. */
  title?: string;
}

/** The notice's author in words: `postfix · gmail (Reporting-MTA mx.example.net)`. */
export function authorText(report: BounceReport, m: Messages): string {
  const names: string[] = [];
  if (report.author.mta) names.push(report.author.mta);
  if (report.author.provider) names.push(report.author.provider);
  const who = names.length > 0 ? names.join(' · ') : m.notice.unknownAuthor;
  return report.author.reportingMta ? `${who} (${m.notice.reportingMta} ${report.author.reportingMta})` : who;
}

function rows(items: [string, string][], style: Style, width: number): string[] {
  if (items.length === 0) return [];
  const labelWidth = Math.max(...items.map(([l]) => displayWidth(l))) + 2;
  const out: string[] = [];
  for (const [label, value] of items) {
    wrap(sanitize(value), Math.max(20, width - 2 - labelWidth)).forEach((line, i) => {
      out.push(`  ${i === 0 ? style.dim(padEnd(label, labelWidth)) : ' '.repeat(labelWidth)}${line}`);
    });
  }
  return out;
}

/** One notice as terminal text (no trailing newline). */
export function formatNotice(report: BounceReport, options: NoticeOptions): string {
  const { language, style } = options;
  const m = language.messages;
  const width = Math.min(options.width, 100);
  const out: string[] = [];
  if (options.title) out.push(style.dim(`== ${sanitize(options.title)} ==`));
  out.push(style.bold(m.notice.kinds[report.kind]));
  const head: [string, string][] = [];
  if (report.kind !== 'not-a-report') head.push([m.notice.writtenBy, authorText(report, m)]);
  const r = report.returned;
  if (r) {
    const parts = [r.subject, r.to, r.messageId].filter((x): x is string => x !== null);
    if (parts.length > 0) head.push([m.notice.returned, parts.join(' · ')]);
  }
  out.push(...rows(head, style, width));

  if (report.kind === 'not-a-report') {
    out.push(`  ${style.yellow(m.notice.noReport)}`);
    const list = report.findings.map((f) => explainFinding(f, language));
    if (list.length > 0) out.push('', formatExplanations(list, { messages: m, style, width }));
    return out.join('\n');
  }
  if (report.recipients.length === 0) {
    out.push(`  ${style.yellow(m.notice.noRecipients)}`);
    return out.join('\n');
  }
  const rule = style.dim('─'.repeat(Math.min(width, 60)));
  for (const rec of report.recipients) {
    const e = explainRecipient(rec, language);
    const colour = severityColour(e.severity, style);
    const action = rec.action ? m.notice.actions[rec.action] : (rec.dsnAction ?? '');
    out.push('', rule, '');
    out.push(`${style.bold(`${m.notice.recipient} ${sanitize(rec.recipient ?? '?')}`)}${action ? ` — ${colour(action)}` : ''}`);
    const facts: [string, string][] = [];
    if (rec.originalRecipient && rec.originalRecipient !== rec.recipient) facts.push([m.notice.originalRecipient, rec.originalRecipient]);
    if (rec.lastAttemptDate) facts.push([m.notice.lastAttempt, rec.lastAttemptDate]);
    // The MTA's own words, unless they only repeat the reply.
    if (rec.summary && !(rec.reply?.text && rec.summary.includes(rec.reply.text))) facts.push([m.notice.summary, rec.summary]);
    out.push(...rows(facts, style, width));
    out.push('', formatExplanation(e, { messages: m, style, width }));
  }
  return out.join('\n');
}

/** The `explain --json` object of one recipient: its facts, the notice's, and the explanation. */
export function recipientJson(
  report: BounceReport,
  rec: BounceRecipient,
  explanation: Explanation,
  where: { file: string | null; message: number },
) {
  return {
    file: where.file,
    message: where.message,
    notice: {
      kind: report.kind,
      author: report.author,
      subject: report.subject,
      arrivalDate: report.arrivalDate,
      returned: report.returned,
    },
    recipient: rec.recipient,
    originalRecipient: rec.originalRecipient,
    action: rec.action,
    dsnAction: rec.dsnAction,
    code: rec.code,
    enhanced: rec.enhanced,
    status: rec.status,
    text: rec.reply?.text ?? null,
    replyLines: rec.reply ? [...rec.reply.lines] : null,
    remoteHost: rec.remoteHost,
    command: rec.command,
    lastAttemptDate: rec.lastAttemptDate,
    diagnostic: rec.diagnostic,
    summary: rec.summary,
    source: rec.source,
    // In the language asked for, as the explanation has them.
    reason: explanation.reason,
    provider: explanation.provider,
    explanation,
  };
}
