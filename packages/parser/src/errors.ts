import type { Reply } from './reply.js';

/**
 * Why a stream of reply bytes was rejected (BEHAVIOUR.md §12).
 *
 * @example
 * ```
 * import {type ErrorKind, ReplyParseError} from '@smtp-codes/parser';
 *
 * const retryable: ErrorKind[] = ['incomplete'];
 * const isRetryable = (error: unknown) => error instanceof ReplyParseError && retryable.includes(error.kind);
 * ```
 */
export type ErrorKind =
  | 'bad-code'
  | 'bad-separator'
  | 'code-out-of-range'
  | 'code-mismatch'
  | 'bare-lf'
  | 'bare-cr'
  | 'empty-line'
  | 'line-too-long'
  | 'too-many-lines'
  | 'incomplete'
  | 'invalid-text'
  | 'enhanced-syntax'
  | 'enhanced-class-mismatch'
  | 'enhanced-inconsistent'
  | 'extra-data';

const DESCRIPTIONS: Record<ErrorKind, string> = {
  'bad-code': 'line does not start with a three-digit reply code',
  'bad-separator': 'reply code is not followed by a space, "-" or the line end',
  'code-out-of-range': 'reply code is outside 200-559',
  'code-mismatch': 'line has a different reply code than the first line of its reply',
  'bare-lf': 'line ends with LF without CR',
  'bare-cr': 'line contains a CR that is not followed by LF',
  'empty-line': 'empty line',
  'line-too-long': 'line is longer than the limit',
  'too-many-lines': 'reply has more lines than the limit',
  incomplete: 'stream ended inside a reply',
  'invalid-text': 'reply text has a control byte or is not valid UTF-8',
  'enhanced-syntax': 'malformed enhanced status code',
  'enhanced-class-mismatch': 'enhanced status code class differs from the reply code',
  'enhanced-inconsistent': 'lines of one reply carry different enhanced status codes',
  'extra-data': 'data after the reply',
};

/**
 * Thrown when the bytes are not acceptable in the chosen mode. It is the only error a decoder
 * throws for any input bytes.
 *
 * The message names the kind, line and offset only: server text in error messages ends up in
 * logs and terminals.
 *
 * @example
 * ```
 * import {parseReplies, ReplyParseError} from '@smtp-codes/parser';
 *
 * try {
 * 	parseReplies('HTTP/1.1 400 Bad Request\r\n');
 * } catch (error) {
 * 	if (error instanceof ReplyParseError) {
 * 		console.log(error.kind, error.line, error.offset);
 * 		//=> 'bad-code' 1 0
 * 	}
 * }
 * ```
 */
export class ReplyParseError extends Error {
  /** What went wrong. */
  readonly kind: ErrorKind;
  /** 1-based physical line where the problem was detected. */
  readonly line: number;
  /** Byte offset, in the whole stream, of the start of that line. */
  readonly offset: number;
  /** Replies completed in the failing call and not returned by it (BEHAVIOUR.md §11.2). */
  replies: Reply[];

  constructor(kind: ErrorKind, line: number, offset: number, replies: Reply[] = []) {
    super(`SMTP reply ${kind} at line ${line} (offset ${offset}): ${DESCRIPTIONS[kind] ?? 'parse error'}`);
    this.name = 'ReplyParseError';
    this.kind = kind;
    this.line = line;
    this.offset = offset;
    this.replies = replies;
  }
}
