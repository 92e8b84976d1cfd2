// A reply quoted inside something else: a log line or a DSN Diagnostic-Code field. It may have
// been flattened onto one line (`550-5.1.1 a 550-5.1.1 b 550 5.1.1 c`), folded, or (Exim) kept its
// line breaks. The parser's `parseDiagnosticCode` knows all three; this module adds strict mode.

import {
  type DiagnosticCode,
  type ParseMode,
  parseDiagnosticCode,
  parseReply,
  type Reply,
  ReplyParseError,
  type WarningKind,
} from '@smtp-codes/parser';

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
export function readQuotedReply(replyText: string, mode: ParseMode): EmbeddedReply {
  return readDiagnostic(parseDiagnosticCode(`smtp; ${replyText}`), replyText, mode);
}

/**
 * The reply of a parsed Diagnostic-Code (type smtp), in the chosen mode. `text` is what the reply
 * was read from, used to name the error when the parser could not read it.
 */
export function readDiagnostic(diagnostic: DiagnosticCode | undefined, text: string, mode: ParseMode): EmbeddedReply {
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

/** The parser's error kind for `text` read as a one-line reply (lenient), for a reading that failed. */
function lenientErrorKind(text: string): string {
  try {
    parseReply(`${text}\r\n`, { mode: 'lenient' });
  } catch (error) {
    if (error instanceof ReplyParseError) return error.kind;
    throw error;
  }
  return 'bad-code';
}
