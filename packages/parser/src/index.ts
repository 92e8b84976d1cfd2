export { ReplyDecoder } from './decoder.js';
export { type DiagnosticCode, parseDiagnosticCode, parseStatusField, type StatusField } from './dsn.js';
export { type ErrorKind, ReplyParseError } from './errors.js';
export {
  type Action,
  type Category,
  type Classification,
  type ClassificationReason,
  type CodeLike,
  categoryOf,
  classify,
  type EnhancedCode,
  enhancedStatusOf,
  type Severity,
  severityOf,
} from './meaning.js';
export type { ParseMode, ParseOptions } from './options.js';
export { parseReplies, parseReply } from './parse.js';
export { type Reply, type ReplyWarning, WARNING_KINDS, type WarningKind } from './reply.js';
export { replyCodeAt } from './reply-code.js';
export { meaningOf, type ReplyMeaning } from './reply-meaning.js';
export { ReplyDecoderStream } from './web-stream.js';
