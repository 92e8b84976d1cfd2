/**
 * Something tolerated in a reply, or worth knowing about it (BEHAVIOUR.md §12).
 *
 * @example
 * ```
 * import {parseReply, type WarningKind} from '@smtp-codes/parser';
 *
 * const kinds: WarningKind[] = parseReply('250\r\n').warnings.map(warning => warning.kind);
 * //=> ['bare-code']
 * ```
 */
export type WarningKind = (typeof WARNING_KINDS)[number];

/**
 * Every warning kind (BEHAVIOUR.md §12). The parser gives each the bit of its index here, and
 * deduplicates a reply's kinds with a mask of those bits.
 *
 * @example
 * ```
 * import {WARNING_KINDS} from '@smtp-codes/parser';
 *
 * WARNING_KINDS.includes('bare-lf');
 * //=> true
 * ```
 */
export const WARNING_KINDS = [
  'bad-separator',
  'code-out-of-range',
  'code-mismatch',
  'missing-code',
  'bare-code',
  'bare-lf',
  'bare-cr',
  'empty-line',
  'line-too-long',
  'unterminated',
  'invalid-utf8',
  'control-char',
  'non-ascii',
  'enhanced-syntax',
  'enhanced-class-mismatch',
  'enhanced-inconsistent',
] as const;

/**
 * A tolerated problem and the physical line where it was first seen.
 *
 * @example
 * ```
 * parseReply('250 OK\n').warnings;
 * //=> [{kind: 'bare-lf', line: 1}]
 * ```
 */
export interface ReplyWarning {
  kind: WarningKind;
  /** 1-based physical line in the whole stream. */
  line: number;
}

/**
 * One complete SMTP reply.
 *
 * @example
 * ```
 * parseReply('550-5.1.1 No such user\r\n550 5.1.1 Try again\r\n');
 * //=> {code: 550, lines: ['5.1.1 No such user', '5.1.1 Try again'], enhanced: '5.1.1', text: 'No such user\nTry again', warnings: []}
 * ```
 */
export interface Reply {
  /** The reply code, e.g. 250; the most severe one if lines disagree (lenient). */
  code: number;
  /** Text after `NNN-` / `NNN ` of each line, exact, not trimmed. */
  lines: string[];
  /** The enhanced status code, normalised (`5.1.1`), or null. */
  enhanced: string | null;
  /** `lines` without the chosen enhanced code, joined by `\n`. */
  text: string;
  /** What was tolerated inside this reply, first seen first. */
  warnings: ReplyWarning[];
}
