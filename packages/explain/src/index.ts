// `@smtp-codes/explain`: find SMTP replies and codes in pasted text, log lines and whole bounce
// messages, and explain them.
// Browser-safe: nothing here imports a Node module. English only: other languages are their own
// entry points (`@smtp-codes/explain/ja`, `@smtp-codes/explain/ru`), so a page loads only what it shows.

export { BounceInputError, MAX_BOUNCE_BYTES } from './bounce/errors.js';
export { explainRecipient } from './bounce/explain-recipient.js';
export { isMbox, looksLikeMessage, splitMbox } from './bounce/message.js';
export { parseBounce } from './bounce/parse.js';
export type {
  BounceAction,
  BounceIssue,
  BounceRecipient,
  BounceReport,
  MtaId,
  NoticeAuthor,
  NoticeKind,
  ParseBounceOptions,
  ProviderId,
  RecordSource,
  ReturnedMessage,
} from './bounce/types.js';
export { enhancedAt, hasReplyCodeAt, isBidiControl } from './chars.js';
export { LogClock, parseTimeBound } from './clock.js';
export { en } from './en.js';
export {
  type BasicMeaning,
  type EnhancedMeaning,
  type ExplainedIssue,
  type Explanation,
  explainFinding,
  isExplained,
  type RetryGuidance,
} from './explain.js';
export { extract, extractInto } from './extract.js';
export type { ExplainLanguage } from './language.js';
export { type ExplanationLayout, type LayoutIssue, type LayoutRow, layoutExplanation } from './layout.js';
export { type LogHeader, type LogTime, readLogHeader, timeAt } from './loghead.js';
export { type LogMatch, matchExim, matchLogLine, matchPostfix, matchSendmail } from './logs.js';
export type { AdviceKey, ExplainMessages, IssueKind } from './messages/types.js';
export {
  classifyReason,
  defaultReasonTables,
  MAX_REASON_TEXT,
  type ReasonEvidence,
  type ReasonInput,
  type ReasonResult,
  type ReasonTables,
} from './reason.js';
export {
  DELIVERY_STATUSES,
  type DeliveryStatus,
  deliveryStatus,
  domainOf,
  type LogRecord,
  LogRecordReader,
  relayOf,
} from './record.js';
export {
  BREAKDOWNS,
  type Breakdown,
  type CodeCount,
  type CodeReportRow,
  codeKey,
  LogReport,
  MAX_KEYS,
  MAX_ROW_CODES,
  MAX_SAMPLE,
  REPORT_SCHEMA_VERSION,
  type Report,
  type ReportOptions,
  type ReportRow,
  type StatusCounts,
  type StatusReportRow,
} from './report.js';
export { LineScanner, type LineScannerOptions, replyLineStart } from './scanner.js';
export { CodeTally, MAX_ROWS, type ScanSummary, type SummaryRow } from './summary.js';
export {
  type ExtractOptions,
  FINDING_KINDS,
  type Finding,
  type FindingContext,
  type FindingIssue,
  type FindingKind,
  type FindingSink,
} from './types.js';
export { type ExplainedProvider, type ExplainedReason, explainReason, type ProviderInfo, type ReasonInfo } from './why.js';
