// What people paste: raw server output, a bounce (DSN fields, the MTA's text), log lines, or a
// bare code. `extract` finds every reply and code in it, with where it came from.

import { toReplyCode } from '@smtp-codes/constants';
import { basicCodeWordAt, enhancedAt, hasReplyCodeAt, isDigit, trimSpace } from './chars.js';
import { brokenReply, ReplyCollector } from './replies.js';
import { codeFinding, LineScanner } from './scanner.js';
import type { ExtractOptions, Finding } from './types.js';

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
 * @example
 * extract('550 5.1.1 <bob@example.com>: Recipient address rejected')
 * //=> [{kind: 'reply', line: 1, code: 550, enhanced: '5.1.1', text: '<bob@example.com>: Recipient address rejected', …}]
 */
export function extract(text: string, options: ExtractOptions = {}): Finding[] {
  const mode = options.mode ?? 'lenient';
  const bare = bareCode(text);
  if (bare) return [bare];
  const out: Finding[] = [];
  let resumeAt = 0;
  if (startsWithReply(text)) resumeAt = raw(text, mode, out);
  if (resumeAt >= 0) {
    const scanner = new LineScanner({ mode, firstLine: resumeAt + 1 });
    eachLine(text, (line, n) => {
      if (n > resumeAt) for (const f of scanner.push(line)) out.push(f);
    });
    for (const f of scanner.end()) out.push(f);
  }
  if (out.length === 0) prose(text, out);
  return out;
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
function raw(text: string, mode: 'strict' | 'lenient', out: Finding[]): number {
  let input = text.indexOf('\r') < 0 ? text.replaceAll('\n', '\r\n') : text;
  if (!input.endsWith('\n')) input += '\r\n';
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
    collector.push(line, display, out);
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
function prose(text: string, out: Finding[]): void {
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
