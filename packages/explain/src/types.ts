import type { ParseMode, Reply } from '@smtp-codes/parser';

/** Where a finding was read from. */
export type FindingKind = 'reply' | 'dsn-status' | 'dsn-diagnostic' | 'postfix' | 'exim' | 'sendmail' | 'code';

/** Every finding kind, in the order the docs list them. */
export const FINDING_KINDS: readonly FindingKind[] = ['reply', 'dsn-status', 'dsn-diagnostic', 'postfix', 'exim', 'sendmail', 'code'];

/** A parser warning, or a problem of the extraction, with its line in the input. */
export interface FindingIssue {
  /** A parser warning or error kind (`bare-code`, `incomplete` …), or `unknown-code` for a code-shaped token no RFC can describe. */
  kind: string;
  /** 1-based line of the input. For a reply re-parsed from a log line or DSN field: the line that field starts on. */
  line: number;
}

/** What the log line or DSN block around a reply says about it. Every field is optional. */
export interface FindingContext {
  /** The recipient (`to=<…>`, Exim's `** addr`, DSN `Final-Recipient`). */
  recipient?: string;
  /** The remote host (Postfix `host …`/`relay=`, Exim `H=`, Sendmail `relay=`, DSN `Remote-MTA`). */
  host?: string;
  /** The command the reply answered (`RCPT TO`, `end of DATA`, `MAIL FROM`). */
  command?: string;
  /** The MTA's delivery status (`bounced`, `deferred`, `sent`, `expired`; Exim `failed`/`deferred`; Sendmail `stat=`). */
  status?: string;
  /** The enhanced code the MTA logged itself (Postfix/Sendmail `dsn=`). */
  dsn?: string;
  /** DSN `Action` (`failed`, `delayed`, `delivered`, `relayed`, `expanded`). */
  action?: string;
  /** DSN `Diagnostic-Code` type (`smtp`, `X-Postfix`, `X-Unix` …). */
  diagnosticType?: string;
}

/** One reply or code found in the input. */
export interface Finding {
  kind: FindingKind;
  /** 1-based line of the input where it starts. */
  line: number;
  /** The excerpt of the input it was read from: the reply lines, the log line, the unfolded DSN field. */
  source: string;
  /** The parsed reply, or null (a bare code, a DSN `Status`, a log line without a server reply, an unparsable reply). */
  reply: Reply | null;
  /** The basic reply code (from the reply, or the bare code), or null. */
  code: number | null;
  /** The enhanced status code (`5.1.1`, or `X.1.1` when given class-less), or null. */
  enhanced: string | null;
  /** The server's text (reply text without the codes), or the MTA's reason when there is no reply; null if none. */
  text: string | null;
  context: FindingContext;
  /** Parser warnings (lenient mode) and other things worth knowing. */
  warnings: FindingIssue[];
  /** Why the reply in this excerpt could not be parsed, or null. */
  error: FindingIssue | null;
}

/** Where findings go as they are found: an array, or anything with a `push`. */
export interface FindingSink {
  push(finding: Finding): unknown;
}

export interface ExtractOptions {
  /** Parser mode for every reply found: `lenient` (default) or `strict`. */
  mode?: ParseMode;
}
