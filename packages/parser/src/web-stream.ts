import { ReplyDecoder } from './decoder.js';
import type { ParseOptions } from './options.js';
import type { Reply, ReplyWarning } from './reply.js';

// Importing the package must not fail where there is no Web Streams API (older runtimes): the
// class then only fails when it is constructed.
const WebTransformStream: typeof TransformStream =
  globalThis.TransformStream ??
  (class {
    constructor() {
      throw new TypeError('ReplyDecoderStream needs the Web Streams API (TransformStream)');
    }
  } as unknown as typeof TransformStream);

/**
 * A Web Streams `TransformStream` from bytes (or strings) to replies, over ReplyDecoder. A
 * ReplyParseError errors the stream; the replies completed by the failing chunk are on its
 * `replies` (a stream that errors drops what it had queued).
 *
 * @example
 * ```
 * import {ReplyDecoderStream} from '@smtp-codes/parser';
 *
 * const replies = response.body.pipeThrough(new ReplyDecoderStream());
 * for await (const reply of replies) {
 * 	console.log(reply.code, reply.text);
 * 	//=> 220 'mx.example.com ESMTP'
 * }
 * ```
 */
export class ReplyDecoderStream extends WebTransformStream<Uint8Array | string, Reply> {
  readonly #decoder: ReplyDecoder;

  constructor(options?: ParseOptions) {
    const decoder = new ReplyDecoder(options);
    super({
      transform(chunk, controller) {
        for (const reply of decoder.push(chunk)) {
          controller.enqueue(reply);
        }
      },
      flush(controller) {
        for (const reply of decoder.end()) {
          controller.enqueue(reply);
        }
      },
    });
    this.#decoder = decoder;
  }

  /** Stream-level warnings (blank lines after the last reply), known once the stream has ended. */
  get warnings(): ReplyWarning[] {
    return this.#decoder.warnings;
  }
}
