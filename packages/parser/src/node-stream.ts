import { Transform, type TransformCallback } from 'node:stream';
import { ReplyDecoder } from './decoder.js';
import type { ParseOptions } from './options.js';
import type { Reply, ReplyWarning } from './reply.js';

/**
 * A Node.js `Transform`: bytes (Buffer, Uint8Array or string) in, Reply objects out (object mode
 * on the readable side). A ReplyParseError destroys the stream; the replies completed by the
 * failing chunk are on its `replies`, never pushed, so no reply is delivered twice.
 *
 * Imported from `@smtp-codes/parser/node`, so that browser bundles never load `node:stream`.
 *
 * @example
 * ```
 * import {connect} from 'node:net';
 * import {ReplyDecoderTransform} from '@smtp-codes/parser/node';
 *
 * const socket = connect(25, 'mx.example.com');
 * socket.pipe(new ReplyDecoderTransform()).on('data', reply => {
 * 	console.log(reply.code);
 * 	//=> 220
 * });
 * ```
 */
export class ReplyDecoderTransform extends Transform {
  readonly #decoder: ReplyDecoder;

  constructor(options?: ParseOptions) {
    const decoder = new ReplyDecoder(options);
    super({ readableObjectMode: true });
    this.#decoder = decoder;
  }

  /** Stream-level warnings (blank lines after the last reply), known once the stream has ended. */
  get warnings(): ReplyWarning[] {
    return this.#decoder.warnings;
  }

  override _transform(chunk: Uint8Array | string, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.#deliver(() => this.#decoder.push(chunk), callback);
  }

  override _flush(callback: TransformCallback): void {
    this.#deliver(() => this.#decoder.end(), callback);
  }

  /** Pushes the replies of one decoder call, or fails the stream with its ReplyParseError. */
  #deliver(step: () => Reply[], callback: TransformCallback): void {
    let replies: Reply[];
    try {
      replies = step();
    } catch (error) {
      callback(error as Error);
      return;
    }
    for (const reply of replies) this.push(reply);
    callback();
  }
}
