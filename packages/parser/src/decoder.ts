import { toBytes } from './bytes.js';
import { type ParseOptions, resolveOptions } from './options.js';
import type { Reply, ReplyWarning } from './reply.js';
import { ReplyStreamParser } from './stream-parser.js';

/**
 * Turns the bytes an SMTP server sends, cut into chunks anyhow, into replies.
 *
 * A decoder holds at most one open reply and one partial line (at most `maxLineLength` bytes).
 * Results never depend on how the stream is cut into chunks. After it throws a ReplyParseError,
 * every later `push` or `end` throws the same error object.
 *
 * @example
 * ```
 * import {ReplyDecoder} from '@smtp-codes/parser';
 *
 * const decoder = new ReplyDecoder();
 * decoder.push('250-mx.example.com\r\n250-PIPE');
 * //=> []
 * decoder.push('LINING\r\n250 SIZE 10240000\r\n');
 * //=> [{code: 250, lines: ['mx.example.com', 'PIPELINING', 'SIZE 10240000'], enhanced: null, text: 'mx.example.com\nPIPELINING\nSIZE 10240000', warnings: []}]
 * decoder.end();
 * //=> []
 * ```
 */
export class ReplyDecoder {
  readonly #parser: ReplyStreamParser;

  /** Throws TypeError / RangeError for wrong options (see ParseOptions). */
  constructor(options?: ParseOptions) {
    this.#parser = new ReplyStreamParser(resolveOptions(options), false);
  }

  /**
   * Feeds the next chunk (a string is UTF-8 encoded first) and returns the replies it completes,
   * in order. Throws ReplyParseError as soon as no later byte can make the stream valid; its
   * `replies` are the replies this call completed before the problem.
   *
   * @example
   * ```
   * new ReplyDecoder().push(new TextEncoder().encode('250 OK\r\n354 Go ahead\r\n')).map(reply => reply.code);
   * //=> [250, 354]
   * ```
   */
  push(chunk: Uint8Array | string): Reply[] {
    const parser = this.#parser;
    const failure = parser.failure;
    if (failure !== null) {
      throw failure;
    }
    if (parser.isEnded) {
      throw new Error('ReplyDecoder: push() after end()');
    }
    const out: Reply[] = [];
    parser.push(toBytes(chunk), out);
    return out;
  }

  /**
   * End of stream: returns what the final bytes complete (lenient mode accepts a final line
   * without CRLF), or throws `incomplete` inside a reply. A second call returns `[]`.
   *
   * @example
   * ```
   * const decoder = new ReplyDecoder();
   * decoder.push('421 closing');
   * //=> []
   * decoder.end()[0].warnings;
   * //=> [{kind: 'unterminated', line: 1}]
   * ```
   */
  end(): Reply[] {
    const out: Reply[] = [];
    this.#parser.end(out);
    return out;
  }

  /**
   * Stream-level warnings: blank lines after the last complete reply. `[]` until `end()`, because
   * until then a blank line may still belong to the next reply.
   *
   * @example
   * ```
   * const decoder = new ReplyDecoder();
   * decoder.push('250 OK\r\n\r\n');
   * decoder.end();
   * decoder.warnings;
   * //=> [{kind: 'empty-line', line: 2}]
   * ```
   */
  get warnings(): ReplyWarning[] {
    return this.#parser.warnings;
  }
}
