import { toBytes } from './bytes.js';
import { type ParseOptions, resolveOptions } from './options.js';
import type { Reply, ReplyWarning } from './reply.js';
import { ReplyStreamParser } from './stream-parser.js';

/**
 * Parses a whole server stream: the same replies, warnings and errors as a ReplyDecoder fed the
 * bytes in one chunk and ended. On error, `error.replies` holds every reply before the problem.
 *
 * @example
 * ```
 * import {parseReplies} from '@smtp-codes/parser';
 *
 * parseReplies('250 2.1.0 Ok\r\n550 5.1.1 User unknown\r\n354 Go ahead\r\n').replies.map(reply => [reply.code, reply.enhanced]);
 * //=> [[250, '2.1.0'], [550, '5.1.1'], [354, null]]
 *
 * parseReplies('\r\n', {mode: 'lenient'});
 * //=> {replies: [], warnings: [{kind: 'empty-line', line: 1}]}
 * ```
 */
export function parseReplies(input: Uint8Array | string, options?: ParseOptions): { replies: Reply[]; warnings: ReplyWarning[] } {
  const parser = new ReplyStreamParser(resolveOptions(options), false);
  const replies: Reply[] = [];
  parser.push(toBytes(input), replies);
  parser.end(replies);
  return { replies, warnings: parser.warnings };
}

/**
 * Parses exactly one reply. No reply is `incomplete`; any non-empty line after it is `extra-data`
 * (with `error.replies` = [the reply]). Blank lines after it are allowed in lenient mode.
 *
 * @example
 * ```
 * import {parseReply} from '@smtp-codes/parser';
 *
 * parseReply('550 5.1.1  https://example.com/nosuchuser\r\n');
 * //=> {code: 550, lines: ['5.1.1  https://example.com/nosuchuser'], enhanced: '5.1.1', text: 'https://example.com/nosuchuser', warnings: []}
 *
 * parseReply('250 OK\r\n250 OK\r\n');
 * //=> throws ReplyParseError {kind: 'extra-data', line: 2}
 * ```
 */
export function parseReply(input: Uint8Array | string, options?: ParseOptions): Reply {
  const parser = new ReplyStreamParser(resolveOptions(options), true);
  const replies: Reply[] = [];
  parser.push(toBytes(input), replies);
  parser.end(replies);
  return replies[0]!;
}
