import type { Readable } from 'node:stream';
import { CodeTally, explainFinding, extractInto, type Finding, isExplained, type ScanSummary } from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJsonLines, safeStringify } from '../format/json.js';
import { formatExplanations } from '../format/terminal.js';
import type { Messages } from '../i18n/index.js';
import { type Context, EXIT_INPUT, EXIT_OK } from '../io.js';

/** Text to explain larger than this is refused (logs belong to `scan`). */
export const MAX_INPUT_MB = 16;

/** Findings explained one by one; the rest are counted by code, so output and memory stay bounded. */
export const MAX_EXPLAINED = 100;

/** Rows of the count of the findings past MAX_EXPLAINED. */
const OMITTED_ROWS = 20;

export async function explainCommand(ctx: Context): Promise<number> {
  const { io, args, language } = ctx;
  const m = language.messages;
  // Standard input stays bytes: the parser judges its encoding, as it would on a socket.
  let text: string | Uint8Array;
  if (args.positionals.length > 0 && !(args.positionals.length === 1 && args.positionals[0] === '-')) {
    // Unquoted words are one text: `smtp-codes explain 550 5.1.1 User unknown`.
    text = args.positionals.join(' ');
  } else {
    if (io.stdinIsDirectory) throw new UsageError(m.errors.stdinDirectory);
    if (io.stdinIsTTY) io.stderr(`${m.errors.noInput}\n`);
    text = await readAll(io.stdin, MAX_INPUT_MB * 1024 * 1024, m.errors.inputTooLarge(MAX_INPUT_MB));
  }
  if (typeof text === 'string' && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  else if (typeof text !== 'string' && text[0] === 0xef && text[1] === 0xbb && text[2] === 0xbf) text = text.subarray(3);
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

/** All of a stream's bytes, refusing more than `limit`. */
async function readAll(stream: Readable, limit: number, tooLarge: string): Promise<Uint8Array> {
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
