import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { type Reply, ReplyDecoderStream, ReplyParseError } from '../src/index.js';
import { ReplyDecoderTransform } from '../src/node.js';
import { enc } from './helpers.js';

const chunks = ['220 mx.example', '.com ESMTP\r\n250-mx\r\n250-PIPE', 'LINING\r', '\n250 SIZE 1000\r\n\r\n'];

function readableOf(parts: (string | Uint8Array)[]): ReadableStream<Uint8Array | string> {
  return new ReadableStream({
    start(controller) {
      for (const part of parts) {
        controller.enqueue(part);
      }
      controller.close();
    },
  });
}

async function collect(stream: ReadableStream<Reply>): Promise<Reply[]> {
  const replies: Reply[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) {
      return replies;
    }
    replies.push(value);
  }
}

describe('ReplyDecoderStream (Web Streams)', () => {
  it('turns bytes and strings into replies', async () => {
    const transform = new ReplyDecoderStream();
    const replies = await collect(readableOf([enc(chunks[0]!), ...chunks.slice(1)]).pipeThrough(transform));
    expect(replies.map((reply) => reply.code)).toEqual([220, 250]);
    expect(replies[1]!.lines).toEqual(['mx', 'PIPELINING', 'SIZE 1000']);
    expect(transform.warnings).toEqual([{ kind: 'empty-line', line: 5 }]);
  });

  it('passes options and flushes an unterminated final line at the end', async () => {
    const replies = await collect(readableOf(['421 closing']).pipeThrough(new ReplyDecoderStream({ mode: 'lenient' })));
    expect(replies[0]!.warnings).toEqual([{ kind: 'unterminated', line: 1 }]);
    await expect(collect(readableOf(['421 closing']).pipeThrough(new ReplyDecoderStream({ mode: 'strict' })))).rejects.toMatchObject({
      kind: 'incomplete',
    });
  });

  it('errors the stream with the ReplyParseError', async () => {
    const result = collect(readableOf(['250 ok\r\n', 'HTTP/1.1 400\r\n']).pipeThrough(new ReplyDecoderStream()));
    await expect(result).rejects.toBeInstanceOf(ReplyParseError);
    await expect(result).rejects.toMatchObject({ kind: 'bad-code', line: 2 });
  });

  it('rejects bad options at construction', () => {
    expect(() => new ReplyDecoderStream({ maxLines: 0 })).toThrow(RangeError);
  });
});

describe('ReplyDecoderTransform (Node streams)', () => {
  it('turns Buffers and strings into Reply objects', async () => {
    const transform = new ReplyDecoderTransform();
    const replies: Reply[] = [];
    await pipeline(Readable.from(chunks.map((chunk, i) => (i % 2 ? chunk : Buffer.from(chunk)))), transform, async (source) => {
      for await (const reply of source) {
        replies.push(reply as Reply);
      }
    });
    expect(replies.map((reply) => reply.code)).toEqual([220, 250]);
    expect(transform.warnings).toEqual([{ kind: 'empty-line', line: 5 }]);
  });

  it('emits ReplyParseError', async () => {
    const transform = new ReplyDecoderTransform({ mode: 'strict' });
    const run = pipeline(Readable.from([Buffer.from('250 ok\r\n250 x\n')]), transform, async (source) => {
      for await (const _ of source) {
        // drain
      }
    });
    await expect(run).rejects.toMatchObject({ name: 'ReplyParseError', kind: 'bare-lf', line: 2 });
  });

  it('reports incomplete at the end of the stream', async () => {
    const run = pipeline(Readable.from([Buffer.from('250-a\r\n')]), new ReplyDecoderTransform(), async (source) => {
      for await (const _ of source) {
        // drain
      }
    });
    await expect(run).rejects.toBeInstanceOf(ReplyParseError);
  });
});
