import {
  BREAKDOWNS,
  type Breakdown,
  LineScanner,
  type LogRecord,
  LogRecordReader,
  LogReport,
  parseTimeBound,
  REPORT_SCHEMA_VERSION,
} from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJson } from '../format/json.js';
import { ndjsonRecord } from '../format/ndjson.js';
import { formatScanReport } from '../format/scan.js';
import { sanitize } from '../format/text.js';
import { fileInput, InputError, type LogInput, logChunks, reason } from '../input.js';
import { type Context, EXIT_OK, EXIT_USAGE } from '../io.js';
import { LineSplitter } from '../lines.js';

/** How often the progress line is redrawn, in milliseconds. */
const PROGRESS_EVERY = 200;
/** Progress shows only once reading has taken this long: small inputs never flash a line. */
const PROGRESS_AFTER = 1000;
/** NDJSON is written in batches of about this many characters. */
const NDJSON_BATCH = 64 * 1024;

export async function scanCommand(ctx: Context): Promise<number> {
  const { io, args, language } = ctx;
  const m = language.messages;
  const options = scanOptions(ctx);
  if (args.positionals.length === 0 && io.stdinIsTTY) {
    // Nothing piped in and no file: say what scan wants instead of waiting for a log to be typed.
    io.stderr(`${m.scan.hint}\n`);
    return EXIT_USAGE;
  }
  const names = args.positionals.length > 0 ? args.positionals : ['-'];
  // Check every file first, so a typo fails before minutes of reading.
  const inputs: LogInput[] = names.map((name) => {
    if (name === '-') {
      if (io.stdinIsDirectory) throw new UsageError(m.errors.stdinDirectory);
      return { name: '-', size: undefined, modified: undefined, open: () => io.stdin };
    }
    try {
      return fileInput(name);
    } catch (error) {
      if (error instanceof InputError) throw new UsageError(m.errors.readFile(sanitize(name), error.reason));
      throw error;
    }
  });

  const report = new LogReport();
  const now = io.now();
  let bytes = 0;
  let lines = 0;
  let truncated = 0;
  let outside = 0;
  let untimed = 0;
  let batch = '';
  let current = '';
  const windowed = options.since !== undefined || options.until !== undefined;
  const take = (record: LogRecord): void => {
    const coded = record.code !== null || record.enhanced !== null;
    if (windowed && coded) {
      if (record.time === null) {
        untimed++;
        return;
      }
      if ((options.since !== undefined && record.time < options.since) || (options.until !== undefined && record.time >= options.until)) {
        outside++;
        return;
      }
    }
    report.add(record);
    if (args.ndjson && coded) batch += `${ndjsonRecord(record, current)}\n`;
  };
  for (const input of inputs) {
    current = input.name;
    const scanner = new LineScanner({ mode: 'lenient' });
    const reader = new LogRecordReader(input.modified ?? now);
    const splitter = new LineSplitter((line) => {
      for (const f of scanner.push(line)) take(reader.read(f));
    });
    const progress = io.stderrIsTTY ? new Progress(io.stderr, sanitize(input.name), input.size) : null;
    let read = 0;
    try {
      for await (const chunk of logChunks(input.open(), (n) => progress?.add(n))) {
        read += chunk.length;
        splitter.push(chunk);
        if (batch.length >= NDJSON_BATCH) {
          await io.write(batch);
          batch = '';
        }
      }
    } catch (error) {
      progress?.clear();
      throw new UsageError(m.errors.readFile(sanitize(input.name), reason(error)));
    }
    splitter.end();
    for (const f of scanner.end()) take(reader.read(f));
    progress?.clear();
    bytes += read;
    lines += scanner.lines;
    truncated += splitter.truncated;
  }
  if (args.ndjson) {
    if (batch) await io.write(batch);
    return EXIT_OK;
  }

  const summary = report.summary(language.data);
  if (args.json) {
    io.stdout(
      formatJson({
        schemaVersion: REPORT_SCHEMA_VERSION,
        locale: language.locale,
        files: inputs.map((s) => s.name),
        bytes,
        lines,
        truncatedLines: truncated,
        since: options.since === undefined ? null : new Date(options.since).toISOString(),
        until: options.until === undefined ? null : new Date(options.until).toISOString(),
        outsideWindow: outside,
        untimed,
        findings: summary.findings,
        errors: summary.errors,
        kinds: summary.kinds,
        byStatus: limit(summary.byStatus, options.top),
        byCode: limit(summary.byCode, options.top),
        byReason: limit(summary.byReason, options.top),
        byDomain: limit(summary.byDomain, options.top),
        byRelay: limit(summary.byRelay, options.top),
      }),
    );
  } else {
    io.stdout(
      `${formatScanReport(summary, {
        messages: m,
        style: ctx.style,
        width: ctx.width,
        lines,
        files: inputs.length,
        terminal: io.stdoutIsTTY,
        by: options.by,
        top: options.top ?? (options.by ? 25 : 5),
        outside,
        untimed,
      })}\n`,
    );
  }
  return EXIT_OK;
}

interface ScanOptions {
  by: Breakdown | undefined;
  top: number | undefined;
  since: number | undefined;
  until: number | undefined;
}

function scanOptions(ctx: Context): ScanOptions {
  const { args, io } = ctx;
  const m = ctx.language.messages;
  const { by, top, since, until } = args.values;
  if (args.json && args.ndjson) throw new UsageError(m.errors.jsonAndNdjson);
  if (by !== undefined && !(BREAKDOWNS as readonly string[]).includes(by)) throw new UsageError(m.errors.badBy(sanitize(by)));
  let rows: number | undefined;
  if (top !== undefined) {
    rows = /^[0-9]{1,9}$/.test(top) ? Number(top) : 0;
    if (rows < 1) throw new UsageError(m.errors.badTop(sanitize(top)));
  }
  const bound = (option: string, value: string | undefined): number | undefined => {
    if (value === undefined) return undefined;
    const at = parseTimeBound(value, io.now());
    if (at === undefined) throw new UsageError(m.errors.badTime(option, sanitize(value)));
    return at;
  };
  return { by: by as Breakdown | undefined, top: rows, since: bound('--since', since), until: bound('--until', until) };
}

function limit<T>(rows: T[], top: number | undefined): T[] {
  return top === undefined ? rows : rows.slice(0, top);
}

/** `name: 12.0 / 640.0 MB (1%)` on stderr, redrawn in place, only once reading takes a while. */
class Progress {
  private read = 0;
  private readonly start = Date.now();
  private last = 0;
  private shown = false;

  constructor(
    private readonly write: (s: string) => void,
    private readonly name: string,
    private readonly size: number | undefined,
  ) {}

  add(bytes: number): void {
    this.read += bytes;
    const now = Date.now();
    if (now - this.start < PROGRESS_AFTER || now - this.last < PROGRESS_EVERY) return;
    this.last = now;
    this.shown = true;
    const mb = (n: number) => (n / 1048576).toFixed(1);
    const of =
      this.size === undefined
        ? ''
        : ` / ${mb(this.size)} MB (${this.size > 0 ? Math.min(100, Math.floor((this.read / this.size) * 100)) : 100}%)`;
    this.write(`\r\x1b[K${this.name}: ${mb(this.read)}${of}${this.size === undefined ? ' MB' : ''}`);
  }

  clear(): void {
    if (this.shown) this.write('\r\x1b[K');
    this.shown = false;
  }
}
