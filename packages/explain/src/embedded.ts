// A reply quoted inside something else: a log line or a DSN Diagnostic-Code field. It may have
// been flattened onto one line (`550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`), folded, or (Exim) kept its
// line breaks. The parser's `parseDiagnosticCode` knows all three; this module adds strict mode.

import { type DiagnosticCode, parseDiagnosticCode, parseReply, type Reply, ReplyParseError, type WarningKind } from '@smtp-codes/parser';
import type { ParseModeOption } from './types.js';

export interface EmbeddedReply {
  reply: Reply | null;
  /** Why the text could not be read as a reply in the chosen mode, or null. */
  error: string | null;
}

/**
 * Lenient warnings that hide a strict-mode error the re-assembled lines cannot show again: the
 * reassembly writes every line with the reply's code and a proper separator.
 */
const FRAMING_DEVIATIONS: Partial<Record<WarningKind, string>> = {
  'code-mismatch': 'code-mismatch',
  'code-out-of-range': 'code-out-of-range',
  'missing-code': 'bad-code',
  'bad-separator': 'bad-separator',
};

/** The reply a log line quotes: `replyText` starts with a reply code. */
export function readQuotedReply(replyText: string, mode: ParseModeOption): EmbeddedReply {
  if (mode === 'lenient' && isPlainOneLine(replyText)) {
    // What parseDiagnosticCode does with such a text, without building and unfolding the field
    // first: most log lines quote a one-line reply, and scan reads millions of them.
    try {
      return { reply: parseReply(`${replyText}\r\n`, { mode: 'lenient' }), error: null };
    } catch (error) {
      if (error instanceof ReplyParseError) return { reply: null, error: error.kind };
      throw error;
    }
  }
  return readDiagnostic(parseDiagnosticCode(`smtp; ${replyText}`), replyText, mode);
}

/** One line, not a flattened `NNN-` reply, no blank at either end: the field would be the text itself. */
function isPlainOneLine(text: string): boolean {
  if (text.length < 3 || text.charCodeAt(3) === 45) return false;
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  if (first === 32 || first === 9 || last === 32 || last === 9) return false;
  return text.indexOf('\n') < 0 && text.indexOf('\r') < 0;
}

/**
 * The reply of a parsed Diagnostic-Code (type smtp), in the chosen mode. `text` is what the reply
 * was read from, used to name the error when the parser could not read it.
 */
export function readDiagnostic(diagnostic: DiagnosticCode | undefined, text: string, mode: ParseModeOption): EmbeddedReply {
  const lenient = diagnostic?.reply ?? null;
  if (!lenient) return { reply: null, error: lenientErrorKind(text) };
  if (mode === 'lenient') return { reply: lenient, error: null };
  // Strict: the lines as the lenient reading split them, parsed again in strict mode.
  for (const w of lenient.warnings) {
    const kind = FRAMING_DEVIATIONS[w.kind];
    if (kind) return { reply: null, error: kind };
  }
  const last = lenient.lines.length - 1;
  const input = lenient.lines.map((line, i) => `${lenient.code}${i === last ? ' ' : '-'}${line}\r\n`).join('');
  try {
    return { reply: parseReply(input, { mode: 'strict' }), error: null };
  } catch (error) {
    if (error instanceof ReplyParseError) return { reply: null, error: error.kind };
    throw error;
  }
}

/**
 * The parser's error kind for a reading of `text` that failed (lenient): a flattened reply is split
 * back into its lines first, so the limit named is the one that was hit (`too-many-lines` for a
 * reply of more than 1000 parts, not `line-too-long` for all of them read as one line).
 */
function lenientErrorKind(text: string): string {
  try {
    parseReply(`${flattenedLines(text).join('\r\n')}\r\n`, { mode: 'lenient' });
  } catch (error) {
    if (error instanceof ReplyParseError) return error.kind;
    throw error;
  }
  return 'bad-code';
}

/**
 * A reply flattened onto one line (`550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`) split where white space
 * is followed by the first line's code and `-`, SP or the end: the parser's own rule for
 * Diagnostic-Code text. Text that does not start with `NNN-` is one line.
 */
export function flattenedLines(text: string): string[] {
  if (text.length < 4 || text.charCodeAt(3) !== 45) return [text];
  const code = text.slice(0, 3);
  const lines: string[] = [];
  let lineStart = 0;
  let i = text.indexOf(code, 4);
  while (i >= 0) {
    const before = text.charCodeAt(i - 1);
    const after = i + 3 < text.length ? text.charCodeAt(i + 3) : 32;
    if ((before === 32 || before === 9) && (after === 45 || after === 32 || after === 9)) {
      lines.push(text.slice(lineStart, i).trimEnd());
      lineStart = i;
      if (after !== 45) break;
    }
    i = text.indexOf(code, i + 3);
  }
  lines.push(text.slice(lineStart));
  return lines;
}
