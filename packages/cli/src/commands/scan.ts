import { createReadStream, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { CodeTally, LineScanner } from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJson } from '../format/json.js';
import { formatScanTable } from '../format/scan.js';
import { sanitize } from '../format/text.js';
import { type Context, EXIT_OK } from '../io.js';
import { LineSplitter } from '../lines.js';

/** Read size for log files. */
const CHUNK = 256 * 1024;
/** How often the progress line is redrawn, in milliseconds. */
const PROGRESS_EVERY = 200;

interface Source {
  name: string;
  /** Size in bytes, for files; undefined for standard input. */
  size: number | undefined;
  open(): Readable;
}

export async function scanCommand(ctx: Context): Promise<number> {
  const { io, args, language } = ctx;
  const m = language.messages;
  const names = args.positionals.length > 0 ? args.positionals : ['-'];
  // Check every file first, so a typo fails before minutes of reading.
  const sources: Source[] = names.map((name) => {
    if (name === '-') return { name: '-', size: undefined, open: () => io.stdin };
    let size: number;
    try {
      const st = statSync(name);
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      size = st.size;
    } catch (error) {
      throw new UsageError(m.errors.readFile(name, reason(error)));
    }
    return { name, size, open: () => createReadStream(name, { highWaterMark: CHUNK }) };
  });

  const tally = new CodeTally();
  let bytes = 0;
  let lines = 0;
  let truncated = 0;
  const progress = io.stderrIsTTY;
  for (const source of sources) {
    const scanner = new LineScanner({ mode: 'lenient' });
    const splitter = new LineSplitter((line) => {
      for (const f of scanner.push(line)) tally.add(f);
    });
    let read = 0;
    let last = 0;
    try {
      for await (const chunk of source.open()) {
        const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
        read += buf.length;
        splitter.push(buf);
        if (progress && source.size !== undefined) {
          const now = Date.now();
          if (now - last >= PROGRESS_EVERY) {
            last = now;
            io.stderr(`\r\x1b[K${progressLine(sanitize(source.name), read, source.size)}`);
          }
        }
      }
    } catch (error) {
      if (progress && source.size !== undefined) io.stderr('\r\x1b[K');
      throw new UsageError(m.errors.readFile(source.name, reason(error)));
    }
    splitter.end();
    for (const f of scanner.end()) tally.add(f);
    if (progress && source.size !== undefined) io.stderr('\r\x1b[K');
    bytes += read;
    lines += scanner.lines;
    truncated += splitter.truncated;
  }

  const summary = tally.summary(language.data);
  if (args.json) {
    io.stdout(
      formatJson({
        locale: language.locale,
        files: sources.map((s) => s.name),
        bytes,
        lines,
        truncatedLines: truncated,
        ...summary,
      }),
    );
  } else {
    io.stdout(
      `${formatScanTable(summary, { messages: m, style: ctx.style, width: ctx.width, lines, files: sources.length, terminal: io.stdoutIsTTY })}\n`,
    );
  }
  return EXIT_OK;
}

function progressLine(name: string, read: number, size: number): string {
  const mb = (n: number) => (n / 1048576).toFixed(1);
  const pct = size > 0 ? Math.min(100, Math.floor((read / size) * 100)) : 100;
  return `${name}: ${mb(read)} / ${mb(size)} MB (${pct}%)`;
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown })?.code;
  if (code === 'ENOENT') return 'ENOENT (no such file)';
  if (code === 'EACCES') return 'EACCES (permission denied)';
  if (code === 'EISDIR') return 'EISDIR (is a directory)';
  return typeof code === 'string' ? code : error instanceof Error ? error.message : String(error);
}
