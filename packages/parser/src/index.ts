export { ReplyDecoder } from './decoder.js';
export { describe, type ReplyMeaning } from './describe.js';
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
  // Declared as EnhancedStatus in meaning.ts; exported as EnhancedCode so that it does not
  // collide with @smtp-codes/constants' EnhancedStatus object.
  type EnhancedStatus as EnhancedCode,
  enhancedStatusOf,
  type Severity,
  severityOf,
} from './meaning.js';
export type { ParseMode, ParseOptions } from './options.js';
export { parseReplies, parseReply } from './parse.js';
export { type Reply, type ReplyWarning, WARNING_KINDS, type WarningKind } from './reply.js';
export { replyCodeAt } from './reply-code.js';
export { ReplyDecoderStream } from './web-stream.js';
