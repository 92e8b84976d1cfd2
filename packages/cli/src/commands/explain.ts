import type { Readable } from 'node:stream';
import { explainFinding, extract, isExplained } from '@smtp-codes/explain';
import { UsageError } from '../args.js';
import { formatJsonLines } from '../format/json.js';
import { formatExplanations } from '../format/terminal.js';
import { type Context, EXIT_INPUT, EXIT_OK } from '../io.js';

/** Text to explain larger than this is refused (logs belong to `scan`). */
export const MAX_INPUT_MB = 16;

export async function explainCommand(ctx: Context): Promise<number> {
  const { io, args, language } = ctx;
  const m = language.messages;
  let text: string;
  if (args.positionals.length > 0 && !(args.positionals.length === 1 && args.positionals[0] === '-')) {
    // Unquoted words are one text: `smtp-codes explain 550 5.1.1 User unknown`.
    text = args.positionals.join(' ');
  } else {
    if (io.stdinIsDirectory) throw new UsageError(m.errors.stdinDirectory);
    if (io.stdinIsTTY) io.stderr(`${m.errors.noInput}\n`);
    text = await readAll(io.stdin, MAX_INPUT_MB * 1024 * 1024, m.errors.inputTooLarge(MAX_INPUT_MB));
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const mode = args.strict ? 'strict' : 'lenient';
  const explanations = extract(text, { mode }).map((f) => explainFinding(f, language));
  if (explanations.length === 0) {
    io.stderr(`smtp-codes: ${m.notes.nothingFound}\n`);
    return EXIT_INPUT;
  }
  if (args.json) io.stdout(formatJsonLines(explanations));
  else io.stdout(`${formatExplanations(explanations, { messages: m, style: ctx.style, width: ctx.width })}\n`);
  if (args.strict && explanations.some((e) => e.error !== null)) {
    io.stderr(`smtp-codes: ${m.errors.strictFailed}\n`);
    return EXIT_INPUT;
  }
  return explanations.some(isExplained) ? EXIT_OK : EXIT_INPUT;
}

/** All of a stream as UTF-8 text, refusing more than `limit` bytes. */
async function readAll(stream: Readable, limit: number, tooLarge: string): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > limit) throw new UsageError(tooLarge);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}
