/**
 * `strict` checks that a server conforms; `lenient` (the default) is for talking to real servers.
 *
 * @example
 * ```
 * import {type ParseMode, parseReplies} from '@smtp-codes/parser';
 *
 * const mode: ParseMode = process.env.CONFORMANCE ? 'strict' : 'lenient';
 * parseReplies('250 OK\r\n', {mode});
 * ```
 */
export type ParseMode = 'strict' | 'lenient';

/**
 * Options of {@link parseReplies}, {@link parseReply} and {@link ReplyDecoder}.
 *
 * @example
 * ```
 * parseReplies('250 OK\r\n', {mode: 'strict', maxLineLength: 4096, maxLines: 100});
 * ```
 */
export interface ParseOptions {
  /** Default `'lenient'`. */
  mode?: ParseMode;
  /** Octets per line including its line end, in both modes. Integer >= 5, default 16384. */
  maxLineLength?: number;
  /** Lines per reply. Integer >= 1, default 1000. */
  maxLines?: number;
}

/** Options after validation. */
export interface ResolvedOptions {
  strict: boolean;
  maxLineLength: number;
  maxLines: number;
}

export const DEFAULT_MAX_LINE_LENGTH = 16384;
export const DEFAULT_MAX_LINES = 1000;

/** Validates options; wrong values are programming errors, so they throw at once. */
export function resolveOptions(options: ParseOptions | null | undefined): ResolvedOptions {
  if (options === undefined || options === null) {
    return { strict: false, maxLineLength: DEFAULT_MAX_LINE_LENGTH, maxLines: DEFAULT_MAX_LINES };
  }
  if (typeof options !== 'object') {
    throw new TypeError('options must be an object');
  }
  const { mode, maxLineLength, maxLines } = options;
  if (mode !== undefined && mode !== 'strict' && mode !== 'lenient') {
    throw new RangeError("options.mode must be 'strict' or 'lenient'");
  }
  if (maxLineLength !== undefined && !(Number.isInteger(maxLineLength) && maxLineLength >= 5)) {
    throw new RangeError('options.maxLineLength must be an integer >= 5');
  }
  if (maxLines !== undefined && !(Number.isInteger(maxLines) && maxLines >= 1)) {
    throw new RangeError('options.maxLines must be an integer >= 1');
  }
  return {
    strict: mode === 'strict',
    maxLineLength: maxLineLength ?? DEFAULT_MAX_LINE_LENGTH,
    maxLines: maxLines ?? DEFAULT_MAX_LINES,
  };
}
