// `smtp-codes/explain`: find SMTP replies and codes in pasted text or log lines and explain them.
// Browser-safe: nothing here imports a Node module.

export { type Messages, messagesFor } from '../i18n/index.js';
export { hasReplyCodeAt } from './chars.js';
export {
  type BasicMeaning,
  type EnhancedMeaning,
  type ExplainedIssue,
  type Explanation,
  explainFinding,
  isExplained,
  type RetryGuidance,
} from './explain.js';
export { extract } from './extract.js';
export { type LogMatch, matchExim, matchLogLine, matchPostfix, matchSendmail } from './logs.js';
export { LineScanner, type LineScannerOptions, replyLineStart } from './scanner.js';
export { CodeTally, MAX_ROWS, type ScanSummary, type SummaryRow } from './summary.js';
export {
  type ExtractOptions,
  FINDING_KINDS,
  type Finding,
  type FindingContext,
  type FindingIssue,
  type FindingKind,
  type ParseModeOption,
} from './types.js';
