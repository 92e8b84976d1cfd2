// What parseBounce returns: the notice (its kind and who wrote it), one record per recipient, and
// the returned message's identity. Plain data: JSON.stringify gives the `explain --json` details.

import type { Reply } from '@smtp-codes/parser';
import type { Finding } from '../types.js';
import type { ProviderInfo, ReasonInfo } from '../why.js';

/** What the notice says happened: a bounce, a delay warning, a delivery report, or none of these. */
export type NoticeKind = 'failure' | 'delay' | 'success' | 'not-a-report';

/** RFC 3464 actions; `relayed` also when the notice says it went on to a server without DSN. */
export type BounceAction = 'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded';

/** Mail software recognised from the notice's own evidence. */
export type MtaId = 'postfix' | 'exim' | 'sendmail' | 'qmail' | 'opensmtpd' | 'exchange' | 'domino' | 'courier';

/** Mail providers recognised from the notice's own evidence (ids as in spec/providers). */
export type ProviderId = 'gmail' | 'microsoft' | 'yahoo' | 'amazon-ses' | 'yandex' | 'mailru' | 'docomo' | 'au' | 'softbank';

/** Who wrote the notice. */
export interface NoticeAuthor {
  /** The DSN `Reporting-MTA` name (`dns; mx.example.com` → `mx.example.com`), or null. */
  reportingMta: string | null;
  mta: MtaId | null;
  provider: ProviderId | null;
  /** What the recognition rests on (`text: This is the qmail-send program`, `header: X-Postfix-Queue-ID` …). */
  evidence: string[];
}

/** Where a record's facts came from. */
export type RecordSource = 'dsn' | 'text';

/** One recipient of the notice. */
export interface BounceRecipient {
  /** The final recipient (DSN `Final-Recipient`, or the address the text names), or null. */
  recipient: string | null;
  /** DSN `Original-Recipient` (the address as the sender gave it), or null. */
  originalRecipient: string | null;
  /** The action, normalised (`relayed (to non-DSN-aware mailer)` → `relayed`), or null when unknown. */
  action: BounceAction | null;
  /** The DSN `Action` field as written, or null. */
  dsnAction: string | null;
  /** The DSN `Status` (or qmail's `(#5.1.1)`): the reporting MTA's enhanced code. */
  status: string | null;
  /** The receiving server's reply, as `@smtp-codes/parser` read it; null when no server replied. */
  reply: Reply | null;
  /** The remote reply code, or null. */
  code: number | null;
  /** The remote reply's enhanced code, else the DSN Status, else the code in the MTA's own summary. */
  enhanced: string | null;
  /** The remote host (DSN `Remote-MTA`, `host H said:` …), or null. */
  remoteHost: string | null;
  /** The SMTP command the reply answered, where the notice says it (`RCPT TO`, `DATA`, `end of DATA`). */
  command: string | null;
  /** DSN `Last-Attempt-Date` as written, or null. */
  lastAttemptDate: string | null;
  /** DSN `Diagnostic-Code`: its type (lower case) and text; null when absent. */
  diagnostic: { type: string; text: string } | null;
  /** What the reporting MTA said itself (not the remote server): `554 5.0.0 Service unavailable`, `Sorry, no mailbox here by that name. (#5.1.1)`. */
  summary: string | null;
  source: RecordSource;
  /** The codes with the precedence applied, as a finding: what `explainFinding` explains. */
  finding: Finding;
  /**
   * Why it bounced (spec/reasons.yaml), from classifyReason: `{ id, title, severity, evidence }`,
   * the title in English. `evidence.rule` says which rule decided (`provider`, `pattern`,
   * `enhanced`, `subject`, `reply`, `action`, `none`).
   */
  reason: ReasonInfo;
  /** The receiving mail provider, recognised from the remote host (else the Reporting-MTA) or the reply text; null when none. */
  provider: ProviderInfo | null;
}

/** The returned message's identity, read from its headers (attached or quoted in the text). */
export interface ReturnedMessage {
  messageId: string | null;
  from: string | null;
  to: string | null;
  subject: string | null;
}

/** Something the reader met and worked around; the report is still what could be read. */
export interface BounceIssue {
  /** `forwarded`: the message is no notice itself, the notice was read from the message it carries. */
  kind: 'mime-error' | 'too-many-recipients' | 'field-too-long' | 'forwarded';
  message: string;
}

export interface BounceReport {
  kind: NoticeKind;
  author: NoticeAuthor;
  /** The notice's own Subject, or null. */
  subject: string | null;
  /** DSN `Arrival-Date`, or null. */
  arrivalDate: string | null;
  recipients: BounceRecipient[];
  returned: ReturnedMessage | null;
  /** Codes in the notice's text that belong to no recipient (what a message that is no report still shows). */
  findings: Finding[];
  issues: BounceIssue[];
}

export interface ParseBounceOptions {
  /** Parser mode for every reply: `lenient` (default) or `strict`. */
  mode?: 'strict' | 'lenient';
  /** Input larger than this many bytes is refused with a BounceInputError (default MAX_BOUNCE_BYTES). */
  maxBytes?: number;
}
