// What the page shows for whole messages (parseBounce's reports), as plain data: per message, its
// kind and who wrote it, then one card per recipient, each the explanation of that recipient's
// codes (the same cards as for pasted replies) under the recipient's own facts. The page's form of
// packages/cli/src/format/notice.ts. Pure, so vitest checks it in Node.
import type { BounceReport, LayoutRow, NoticeKind } from '@smtp-codes/explain';
import type { ReadMessages } from './messages.js';
import { type ExplainedItem, explainItem, fill, MAX_ITEMS, type ViewOptions } from './view.js';

/** The page strings the notices need besides PageStrings (data-* attributes too). */
export interface NoticeStrings {
  /** `{n}` recipients, by plural rule. */
  recipients: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** An mbox file cut short: `{shown}` of `{n}` messages. */
  messagesShown: string;
}

export interface RecipientCard {
  recipient: string | null;
  /** The action in words, or ''. */
  action: string;
  /** The recipient's own facts: original address, last attempt, the MTA's own words. */
  facts: LayoutRow[];
  item: ExplainedItem;
}

export interface NoticeView {
  /** `message 2` when the input held several messages, else null. */
  title: string | null;
  kind: NoticeKind;
  /** The kind in words. */
  kindLabel: string;
  /** Who wrote it, the returned message. */
  head: LayoutRow[];
  /** `no delivery report found` and the like, or null. */
  note: string | null;
  recipients: RecipientCard[];
  /** A message that is not a report: the codes found in it anyway. */
  findings: ExplainedItem[];
}

export interface NoticesView {
  summary: string;
  notices: NoticeView[];
}

/** The notice's author in words: `postfix · gmail (Reporting MTA mx.example.net)`. */
export function authorText(report: BounceReport, options: ViewOptions): string {
  const m = options.language.messages.notice;
  const names: string[] = [];
  if (report.author.mta) names.push(report.author.mta);
  if (report.author.provider) names.push(report.author.provider);
  const who = names.length > 0 ? names.join(' · ') : m.unknownAuthor;
  return report.author.reportingMta ? `${who} (${m.reportingMta} ${report.author.reportingMta})` : who;
}

function noticeView(report: BounceReport, title: string | null, options: ViewOptions): NoticeView {
  const m = options.language.messages.notice;
  const head: LayoutRow[] = [];
  if (report.kind !== 'not-a-report') head.push({ label: m.writtenBy, value: authorText(report, options) });
  const r = report.returned;
  const returned = r ? [r.subject, r.to, r.messageId].filter((x): x is string => x !== null) : [];
  if (returned.length > 0) head.push({ label: m.returned, value: returned.join(' · ') });

  const recipients = report.recipients.slice(0, MAX_ITEMS).map((rec): RecipientCard => {
    const facts: LayoutRow[] = [];
    if (rec.originalRecipient && rec.originalRecipient !== rec.recipient)
      facts.push({ label: m.originalRecipient, value: rec.originalRecipient });
    if (rec.lastAttemptDate) facts.push({ label: m.lastAttempt, value: rec.lastAttemptDate });
    // The MTA's own words, unless they only repeat the reply.
    if (rec.summary && !(rec.reply?.text && rec.summary.includes(rec.reply.text))) facts.push({ label: m.summary, value: rec.summary });
    return {
      recipient: rec.recipient,
      action: rec.action ? m.actions[rec.action] : (rec.dsnAction ?? ''),
      facts,
      // The finding's line numbers count in the notice's text, not in the input: no offending line.
      item: explainItem(rec.finding, null, options),
    };
  });
  const note = report.kind === 'not-a-report' ? m.noReport : report.recipients.length === 0 ? m.noRecipients : null;
  const findings = report.kind === 'not-a-report' ? report.findings.slice(0, MAX_ITEMS).map((f) => explainItem(f, null, options)) : [];
  return { title, kind: report.kind, kindLabel: m.kinds[report.kind], head, note, recipients, findings };
}

/** Everything the page shows for the messages of an input. */
export function explainNotices(read: ReadMessages, options: ViewOptions, strings: NoticeStrings): NoticesView {
  const several = read.total > 1;
  const notices = read.reports.map((report, i) =>
    noticeView(report, several ? options.language.messages.notice.message(i + 1) : null, options),
  );
  const count = notices.reduce((n, x) => n + x.recipients.length, 0);
  const parts: string[] = [];
  const kinds = [...new Set(notices.map((x) => x.kindLabel))];
  if (!several) parts.push(kinds[0] ?? '');
  if (count > 0) {
    const rule = new Intl.PluralRules(options.language.locale).select(count);
    parts.push(fill(strings.recipients[rule] ?? strings.recipients.other ?? '{n}', { n: count }));
  }
  if (read.total > read.reports.length) parts.push(fill(strings.messagesShown, { shown: read.reports.length, n: read.total }));
  return { summary: parts.filter((p) => p !== '').join(' · '), notices };
}
