// What people paste: raw server output, a bounce (DSN fields, the MTA's text), log lines, or a
// bare code. `extract` finds every reply and code in it, with where it came from.

import { toReplyCode } from '@smtp-codes/constants';
import { basicCodeWordAt, enhancedAt, hasReplyCodeAt, isDigit, trimSpace } from './chars.js';
import { brokenReply, ReplyCollector } from './replies.js';
import { codeFinding, LineScanner } from './scanner.js';
import type { ExtractOptions, Finding, FindingSink } from './types.js';

/**
 * Every reply and code in `text`, in input order.
 *
 * - A bare code (`550`, `5.1.1`, `X.7.1`): one `code` finding.
 * - Text whose first non-empty line starts with a reply code: raw server output. The whole text
 *   goes to the reply parser as one stream, exactly (several pipelined replies, multiline replies;
 *   text without any CR has its LF line ends read as CRLF, and a missing final line end is added).
 *   Where a line without a code comes instead of a new reply, the rest is read as below; after
 *   any other parse error, nothing more is read.
 * - Anything else, line by line: DSN `Status:` and `Diagnostic-Code:` fields (folded or not),
 *   Postfix, Exim and Sendmail log lines, runs of reply lines, lines starting with an enhanced code.
 * - When none of that finds anything: `NNN c.s.d` pairs and enhanced codes inside prose.
 *
 * Parse problems never throw: they are the findings' `warnings` and `error`.
 *
 * Given bytes, the text is read as UTF-8 (invalid sequences as U+FFFD), but raw server output goes
 * to the parser as the bytes themselves, so that it reports invalid UTF-8 as it would on a socket.
 *
 * @example
 * extract('550 5.1.1 <bob@example.com>: Recipient address rejected')
 * //=> [{kind: 'reply', line: 1, code: 550, enhanced: '5.1.1', text: '<bob@example.com>: Recipient address rejected', …}]
 */
export function extract(input: string | Uint8Array, options: ExtractOptions = {}): Finding[] {
  const out: Finding[] = [];
  extractInto(input, out, options);
  return out;
}

/**
 * `extract`, handing each finding to `sink.push` as it is found instead of keeping them all: for
 * input with more findings than a caller wants to hold (a caller that only counts them keeps
 * memory bounded). Returns how many findings there were.
 */
export function extractInto(input: string | Uint8Array, sink: FindingSink, options: ExtractOptions = {}): number {
  const mode = options.mode ?? 'lenient';
  const bytes = typeof input === 'string' ? undefined : input;
  const text = bytes === undefined ? (input as string) : UTF8.decode(bytes);
  const bare = bareCode(text);
  if (bare) {
    sink.push(bare);
    return 1;
  }
  let count = 0;
  const out: FindingSink = {
    push(f) {
      count++;
      sink.push(f);
    },
  };
  let resumeAt = 0;
  if (startsWithReply(text)) resumeAt = raw(text, bytes, mode, out);
  if (resumeAt >= 0) {
    const scanner = new LineScanner({ mode, firstLine: resumeAt + 1 });
    eachLine(text, (line, n) => {
      if (n > resumeAt) for (const f of scanner.push(line)) out.push(f);
    });
    for (const f of scanner.end()) out.push(f);
  }
  if (count === 0) prose(text, out);
  return count;
}

/** `550`, `5.1.1`, `X.7.1` (surrounding blanks allowed), or undefined. */
function bareCode(text: string): Finding | undefined {
  const token = trimSpace(text);
  if (token.length === 3 && isDigit(token.charCodeAt(0)) && isDigit(token.charCodeAt(1)) && isDigit(token.charCodeAt(2))) {
    const finding = codeFinding(1, token, Number(token), null, null);
    // The constants package owns the range rule (first digit 2-5, second 0-5).
    if (toReplyCode(token) === undefined) finding.error = { kind: 'code-out-of-range', line: 1 };
    return finding;
  }
  const enhanced = enhancedAt(token, 0, true);
  if (enhanced && enhanced.end === token.length) return codeFinding(1, token, null, enhanced.code, null);
  return undefined;
}

function startsWithReply(text: string): boolean {
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 13 || c === 10) i++;
    else break;
  }
  return hasReplyCodeAt(text, i);
}

/**
 * Raw server output. Returns the number of lines consumed when the rest of the text is to be read
 * line by line (a line without a code where a new reply would start), or -1 when done.
 */
function raw(text: string, bytes: Uint8Array | undefined, mode: 'strict' | 'lenient', out: FindingSink): number {
  const addCr = text.indexOf('\r') < 0;
  let input = addCr ? text.replaceAll('\n', '\r\n') : text;
  if (!input.endsWith('\n')) input += '\r\n';
  // The same lines as bytes: LF is one byte, never part of a UTF-8 sequence, so line n is line n.
  const byteLines = bytes === undefined ? undefined : lineBytes(bytes, addCr);
  const collector = new ReplyCollector(mode, 1);
  let n = 0;
  let from = 0;
  while (from < input.length) {
    const lf = input.indexOf('\n', from);
    const end = lf < 0 ? input.length : lf + 1;
    const line = input.slice(from, end);
    n++;
    let display = line.endsWith('\n') ? line.slice(0, -1) : line;
    if (display.endsWith('\r')) display = display.slice(0, -1);
    collector.push(byteLines?.next().value ?? line, display, out);
    if (collector.failed) {
      // A broken reply: what follows may be its other lines, so stop here.
      if (!collector.endedByText) return -1;
      if (mode === 'strict') out.push(brokenReply(n, display, display, { kind: 'bad-code', line: n }));
      return n - 1;
    }
    from = end;
  }
  collector.end(out);
  return -1;
}

const UTF8 = new TextDecoder();

/** Each line of `bytes` with its line end (CR LF added before a lone LF when `addCr`; one added at the end if missing). */
function* lineBytes(bytes: Uint8Array, addCr: boolean): Generator<Uint8Array> {
  let from = 0;
  while (from < bytes.length) {
    const lf = bytes.indexOf(10, from);
    const end = lf < 0 ? bytes.length : lf;
    const body = bytes.subarray(from, end);
    const line = new Uint8Array(body.length + (addCr || lf < 0 ? 2 : 1));
    line.set(body);
    if (addCr || lf < 0) line.set([13, 10], body.length);
    else line[body.length] = 10;
    yield line;
    from = end + 1;
  }
}

/** Calls `fn` with each line (without its LF) and its 1-based number. */
function eachLine(text: string, fn: (line: string, n: number) => void): void {
  let from = 0;
  let n = 0;
  while (from <= text.length) {
    const lf = text.indexOf('\n', from);
    const end = lf < 0 ? text.length : lf;
    if (lf < 0 && end === from) break;
    fn(text.slice(from, end), ++n);
    from = end + 1;
  }
}

/** Codes inside prose: the first `NNN c.s.d` pair or enhanced code on each line. */
function prose(text: string, out: FindingSink): void {
  eachLine(text, (line, n) => {
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (!isDigit(c)) continue;
      const prev = i > 0 ? line.charCodeAt(i - 1) : 32;
      if (isDigit(prev) || prev === 46) continue;
      const code = basicCodeWordAt(line, i);
      if (code !== undefined && line.charCodeAt(i + 3) === 32) {
        const token = enhancedAt(line, i + 4);
        if (token && token.code.charCodeAt(0) === line.charCodeAt(i)) {
          out.push(codeFinding(n, trimSpace(line), code, token.code, null));
          return;
        }
      }
      if (c === 50 || c === 52 || c === 53) {
        const token = enhancedAt(line, i);
        if (token) {
          out.push(codeFinding(n, trimSpace(line), null, token.code, null));
          return;
        }
      }
    }
  });
}
