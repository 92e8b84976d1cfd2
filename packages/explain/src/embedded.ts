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
import { enhancedAt } from './chars.js';

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
  if (mode === 'lenient' && isPlainOneLine(replyText)) {
    // What parseDiagnosticCode does with such a text, without building and unfolding the field
    // first: most log lines quote a one-line reply, and scan reads millions of them.
    const plain = plainReply(replyText);
    if (plain) return { reply: plain, error: null };
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

/** Longest one-line reply read by plainReply: the line with its CRLF stays within RFC 5321's 512. */
const PLAIN_MAX = 510;

/**
 * The reply the parser makes, in lenient mode, of `NNN text` when nothing in it can raise a
 * warning or an error: a code of class 2, 4 or 5 with a second digit 0-5, one SP, printable ASCII
 * only, at most 510 characters, and an enhanced code (if the text starts with one) of the reply's
 * class without leading zeros. Then the parser's rules are short (parser BEHAVIOUR.md §9: the code, then the
 * enhanced code and the SPs after it are taken off the text), and building its engine for each of
 * a log's million lines costs more than the reading. Anything else returns undefined, for the parser.
 * A test compares the two on generated replies.
 */
export function plainReply(line: string): Reply | undefined {
  const n = line.length;
  if (n < 5 || n > PLAIN_MAX || line.charCodeAt(3) !== 32) return undefined;
  const c0 = line.charCodeAt(0) - 48;
  const c1 = line.charCodeAt(1) - 48;
  const c2 = line.charCodeAt(2) - 48;
  if ((c0 !== 2 && c0 !== 4 && c0 !== 5) || c1 < 0 || c1 > 5 || c2 < 0 || c2 > 9) return undefined;
  for (let i = 4; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 || c > 126) return undefined;
  }
  const text = line.slice(4);
  const first = text.charCodeAt(0);
  // `#` may start an enhanced code the parser warns about; a digit may start one it rejects.
  if (first === 35) return undefined;
  const code = c0 * 100 + c1 * 10 + c2;
  if (first < 48 || first > 57) return { code, lines: [text], enhanced: null, text, warnings: [] };
  const token = enhancedAt(text, 0);
  if (!token) {
    return text.charCodeAt(1) === 46 ? undefined : { code, lines: [text], enhanced: null, text, warnings: [] };
  }
  if (token.end < text.length && text.charCodeAt(token.end) !== 32) return undefined;
  if (token.code.charCodeAt(0) - 48 !== c0) return undefined;
  let p = token.end;
  while (p < text.length && text.charCodeAt(p) === 32) p++;
  return { code, lines: [text], enhanced: token.code, text: text.slice(p), warnings: [] };
}
