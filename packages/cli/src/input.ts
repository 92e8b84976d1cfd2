// Log inputs for `scan`: files and standard input, plain or gzip (recognised by its magic bytes
// 1f 8b, not by the name), read as a stream of byte chunks.

import { createReadStream, fstatSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';

/** Read size for log files. */
const CHUNK = 256 * 1024;

export interface LogInput {
  /** The name as given (`-` for standard input). */
  name: string;
  /** Size in bytes as stored (files); undefined for standard input. */
  size: number | undefined;
  /** Modification time in ms (files), or undefined: it dates syslog's yearless stamps. */
  modified: number | undefined;
  open(): Readable;
}

/** Why an input cannot be read: the file and the reason, for the user. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
  }
}

/** Checks a file before anything is read, so a typo fails at once. */
export function fileInput(name: string): LogInput {
  let st: ReturnType<typeof statSync>;
  try {
    st = statSync(name);
  } catch (error) {
    throw new InputError(name, reason(error));
  }
  if (st.isDirectory()) throw new InputError(name, reason({ code: 'EISDIR' }));
  return { name, size: st.size, modified: st.mtimeMs, open: () => createReadStream(name, { highWaterMark: CHUNK }) };
}

/** True when file descriptor 0 is a directory (`scan < /tmp`), which no read can make sense of. */
export function stdinIsDirectory(): boolean {
  try {
    return fstatSync(0).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The chunks of `stream`, gunzipped when its first two bytes are gzip's magic number (1f 8b;
 * several gzip members one after another, as `cat a.gz b.gz` makes, are read in turn). `onRaw`
 * gets the size of each chunk as stored, for progress.
 */
export async function* logChunks(stream: AsyncIterable<Buffer | string>, onRaw: (bytes: number) => void): AsyncGenerator<Buffer> {
  const source = stream[Symbol.asyncIterator]();
  let head: Buffer = Buffer.alloc(0);
  // Two bytes decide; a pipe may deliver them one at a time.
  while (head.length < 2) {
    const next = await source.next();
    if (next.done) {
      if (head.length > 0) yield head;
      return;
    }
    const buf = toBuffer(next.value);
    onRaw(buf.length);
    head = head.length === 0 ? buf : Buffer.concat([head, buf]);
  }
  if (head[0] !== 0x1f || head[1] !== 0x8b) {
    yield head;
    for (;;) {
      const next = await source.next();
      if (next.done) return;
      const buf = toBuffer(next.value);
      onRaw(buf.length);
      yield buf;
    }
  }
  const gunzip = createGunzip();
  const feed = (async () => {
    try {
      if (!gunzip.write(head)) await waitDrain(gunzip);
      for (;;) {
        const next = await source.next();
        if (next.done) break;
        const buf = toBuffer(next.value);
        onRaw(buf.length);
        if (!gunzip.write(buf)) await waitDrain(gunzip);
      }
      gunzip.end();
    } catch (error) {
      gunzip.destroy(error as Error);
    }
  })();
  try {
    for await (const chunk of gunzip) yield chunk as Buffer;
  } finally {
    await feed;
  }
}

function waitDrain(stream: NodeJS.WritableStream & { destroyed?: boolean }): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      resolve();
    };
    stream.on('drain', done);
    stream.on('close', done);
  });
}

function toBuffer(chunk: Buffer | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
}

/** A system error as a short reason: `ENOENT (no such file)`; zlib's own message for bad gzip data. */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'ENOENT (no such file)';
  if (code === 'EACCES') return 'EACCES (permission denied)';
  if (code === 'EISDIR') return 'EISDIR (is a directory)';
  if (typeof code === 'string' && code.startsWith('Z_')) return `gzip: ${(error as Error).message}`;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
