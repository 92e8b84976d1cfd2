import { readFileSync, statSync } from 'node:fs';
import type { Readable } from 'node:stream';
import {
  BounceInputError,
  type BounceReport,
  CodeTally,
  explainFinding,
  extractInto,
  type Finding,
  isExplained,
  isMbox,
  looksLikeMessage,
  parseBounce,
  type ScanSummary,
  splitMbox,
} from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJsonLines, safeStringify } from '../format/json.js';
import { formatNotice, recipientJson } from '../format/notice.js';
import { formatExplanations } from '../format/terminal.js';
import { sanitize } from '../format/text.js';
import type { Messages } from '../i18n/index.js';
import { type Context, EXIT_INPUT, EXIT_OK } from '../io.js';

/** Text to explain larger than this is refused (logs belong to `scan`); also the limit per message. */
export const MAX_INPUT_MB = 16;
/** A file given as an argument (an mbox may hold many messages) larger than this is skipped. */
export const MAX_FILE_MB = 256;

/** Findings explained one by one; the rest are counted by code, so output and memory stay bounded. */
export const MAX_EXPLAINED = 100;

/** Rows of the count of the findings past MAX_EXPLAINED. */
const OMITTED_ROWS = 20;

export async function explainCommand(ctx: Context): Promise<number> {
  const { io, args, language } = ctx;
  const m = language.messages;
  const positionals = args.positionals;
  if (positionals.length > 0 && !(positionals.length === 1 && positionals[0] === '-')) {
    // FILE.eml …: every argument names a file. Otherwise unquoted words are one text.
    if (positionals.every(isFile)) return explainFiles(ctx, positionals);
    const text = positionals.join(' ');
    if (looksLikeMessage(text)) return explainMessages(ctx, [{ file: null, bytes: new TextEncoder().encode(text) }]);
    return explainText(ctx, text);
  }
  if (io.stdinIsDirectory) throw new UsageError(m.errors.stdinDirectory);
  if (io.stdinIsTTY) io.stderr(`${m.errors.noInput}\n`);
  const bytes = await readAll(io.stdin, MAX_INPUT_MB * 1024 * 1024, m.errors.inputTooLarge(MAX_INPUT_MB));
  if (isMbox(bytes) || looksLikeMessage(head(bytes))) return explainMessages(ctx, [{ file: null, bytes }]);
  // Standard input stays bytes: the parser judges its encoding, as it would on a socket.
  return explainText(ctx, bytes);
}

/** Pasted text: replies, DSN fields, log lines, bare codes (what `explain` has always read). */
function explainText(ctx: Context, input: string | Uint8Array): number {
  const { io, args, language } = ctx;
  const m = language.messages;
  const text = withoutBom(input);
  const mode = args.strict ? 'strict' : 'lenient';
  const shown: Finding[] = [];
  const rest = new CodeTally();
  let omittedCount = 0;
  const sink = {
    push(f: Finding): void {
      if (shown.length < MAX_EXPLAINED) shown.push(f);
      else {
        omittedCount++;
        rest.add(f);
      }
    },
  };
  extractInto(text, sink, { mode });
  const explanations = shown.map((f) => explainFinding(f, language));
  if (explanations.length === 0) {
    io.stderr(`smtp-codes: ${m.notes.nothingFound}\n`);
    return EXIT_INPUT;
  }
  const omitted = rest.summary(language.data);
  if (args.json) {
    io.stdout(formatJsonLines(explanations));
    if (omittedCount > 0) io.stdout(`${safeStringify({ omitted: omittedJson(omittedCount, omitted) })}\n`);
  } else {
    io.stdout(`${formatExplanations(explanations, { messages: m, style: ctx.style, width: ctx.width })}\n`);
    if (omittedCount > 0) io.stdout(formatOmitted(omittedCount, omitted, m));
  }
  if (args.strict && (explanations.some((e) => e.error !== null) || omitted.errors > 0)) {
    io.stderr(`smtp-codes: ${m.errors.strictFailed}\n`);
    return EXIT_INPUT;
  }
  return explanations.some(isExplained) ? EXIT_OK : EXIT_INPUT;
}

/** The findings past MAX_EXPLAINED, as the last JSON line: how many, and how many of each code. */
function omittedJson(count: number, summary: ScanSummary) {
  return {
    count,
    codes: summary.codes.map((r) => ({ code: r.code, enhanced: r.enhanced, count: r.count, ...(r.other ? { other: true } : {}) })),
  };
}

/** The findings past MAX_EXPLAINED, as text: "12345 × 550 5.1.1", the most frequent first. */
function formatOmitted(count: number, summary: ScanSummary, m: Messages): string {
  const rows = summary.codes.slice(0, OMITTED_ROWS).map((r) => {
    const code = r.other ? m.scan.other : [r.code, r.enhanced].filter((x) => x !== null).join(' ') || '?';
    return `  ${String(r.count).padStart(8)} × ${code}`;
  });
  if (summary.codes.length > OMITTED_ROWS) rows.push('  …');
  return `\n${m.omitted.heading(count)}\n${rows.join('\n')}\n${m.omitted.hint}\n`;
}

interface Input {
  file: string | null;
  bytes: Uint8Array;
}

async function explainFiles(ctx: Context, files: string[]): Promise<number> {
  const m = ctx.language.messages;
  let failed = false;
  let status = EXIT_INPUT;
  const state = newState(files.length > 1);
  for (const file of files) {
    // One file at a time: memory holds one file, not all of them.
    let bytes: Uint8Array;
    try {
      if (statSync(file).size > MAX_FILE_MB * 1024 * 1024) throw new Error(m.errors.fileTooLarge(MAX_FILE_MB));
      bytes = readFileSync(file);
    } catch (error) {
      ctx.io.stderr(`smtp-codes: ${sanitize(m.errors.readFile(file, error instanceof Error ? error.message : String(error)))}\n`);
      failed = true;
      continue;
    }
    await explainInput(ctx, { file, bytes }, state);
  }
  status = finish(ctx, state);
  return failed ? EXIT_INPUT : status;
}

interface State {
  several: boolean;
  explained: boolean;
  strictFailed: boolean;
  /** Terminal blocks written so far (a blank line goes between two). */
  blocks: number;
}

function newState(several: boolean): State {
  return { several, explained: false, strictFailed: false, blocks: 0 };
}

/** Whole messages (or mbox files of them): one block, or one JSON line, per recipient. */
async function explainMessages(ctx: Context, inputs: Input[]): Promise<number> {
  const state = newState(inputs.length > 1);
  for (const input of inputs) await explainInput(ctx, input, state);
  return finish(ctx, state);
}

function finish(ctx: Context, state: State): number {
  if (state.strictFailed) {
    ctx.io.stderr(`smtp-codes: ${ctx.language.messages.errors.strictFailed}\n`);
    return EXIT_INPUT;
  }
  return state.explained ? EXIT_OK : EXIT_INPUT;
}

/** One input (a message, or an mbox file): written out as soon as it is read. */
async function explainInput(ctx: Context, input: Input, state: State): Promise<void> {
  const { io, args, language } = ctx;
  const m = language.messages;
  const mode = args.strict ? 'strict' : 'lenient';
  const block = (text: string) => {
    io.stdout(`${state.blocks > 0 ? '\n' : ''}${text}\n`);
    state.blocks++;
  };
  const messages = isMbox(input.bytes) ? splitMbox(input.bytes) : [input.bytes];
  for (let n = 0; n < messages.length; n++) {
    const bytes = messages[n]!;
    const title =
      state.several || messages.length > 1
        ? [input.file ?? '-', messages.length > 1 ? m.notice.message(n + 1) : ''].filter(Boolean).join(', ')
        : undefined;
    let report: BounceReport;
    try {
      report = await parseBounce(bytes, { mode, maxBytes: MAX_INPUT_MB * 1024 * 1024 });
    } catch (error) {
      if (!(error instanceof BounceInputError)) throw error;
      io.stderr(`smtp-codes: ${sanitize(`${title ? `${title}: ` : ''}${m.errors.messageTooLarge(MAX_INPUT_MB)}`)}\n`);
      continue;
    }
    if (report.kind === 'not-a-report') {
      const list = report.findings.map((f) => explainFinding(f, language));
      if (list.some(isExplained)) state.explained = true;
      if (args.strict && list.some((e) => e.error !== null)) state.strictFailed = true;
      if (args.json) {
        io.stderr(`smtp-codes: ${sanitize(`${title ? `${title}: ` : ''}${m.notice.noReport}`)}\n`);
        io.stdout(
          list.map((e) => `${safeStringify({ file: input.file, message: n + 1, notice: { kind: report.kind }, ...e })}\n`).join(''),
        );
      } else block(formatNotice(report, { language, style: ctx.style, width: ctx.width, title }));
      continue;
    }
    if (report.recipients.length > 0) state.explained = true;
    const explanations = report.recipients.map((r) => explainFinding(r.finding, language));
    if (args.strict && explanations.some((e) => e.error !== null)) state.strictFailed = true;
    if (args.json) {
      io.stdout(
        report.recipients
          .map((r, i) => `${safeStringify(recipientJson(report, r, explanations[i]!, { file: input.file, message: n + 1 }))}\n`)
          .join(''),
      );
    } else block(formatNotice(report, { language, style: ctx.style, width: ctx.width, title }));
  }
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** The input without a leading byte order mark. */
function withoutBom(input: string | Uint8Array): string | Uint8Array {
  if (typeof input === 'string') return input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  return input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf ? input.subarray(3) : input;
}

/** The first 4 KiB as text: enough to see whether a header block starts the input. */
function head(bytes: Uint8Array): string {
  return new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
}

/** All of a stream, refusing more than `limit` bytes. */
async function readAll(stream: Readable, limit: number, tooLarge: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new UsageError(tooLarge);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}
