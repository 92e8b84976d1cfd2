// Feeding reply lines to the parser's streaming decoder and turning what it returns (or throws)
// into findings with input line numbers.

import { type ParseMode, type Reply, ReplyDecoder, ReplyParseError, replyCodeAt } from '@smtp-codes/parser';
import { enhancedAt } from './chars.js';
import type { Finding, FindingIssue, FindingSink } from './types.js';

/** At most this many characters of one reply are kept as its `source` excerpt. */
const MAX_SOURCE = 64 * 1024;

/**
 * One run of reply lines. Push physical lines (with their line end) one at a time; every reply
 * the parser completes becomes a `reply` finding starting at its first line. A parse error ends the
 * run: it becomes a finding with `error` set (and the codes of its first line, when it has any), and
 * `failed` is set so the caller can go on without this collector.
 */
export class ReplyCollector {
  private readonly decoder: ReplyDecoder;
  /** Input line number = parser line number + offset. */
  private readonly offset: number;
  private start = -1;
  private source: string[] = [];
  private sourceLength = 0;
  private parserLine = 0;
  private lastDisplay: string | null = null;
  failed: ReplyParseError | null = null;
  /**
   * The run ended at a line without a code where a new reply would start (`bad-code` between
   * replies): no finding was made for it, the caller decides whether that is an error.
   */
  endedByText = false;

  constructor(mode: ParseMode, firstLine: number) {
    this.decoder = new ReplyDecoder({ mode });
    this.offset = firstLine - 1;
  }

  /** True while a reply has started and not yet ended. */
  get open(): boolean {
    return this.start >= 0;
  }

  /**
   * `line` is the physical line with its line end, as text or as the bytes received (then the
   * parser sees them as they are: invalid UTF-8 included); `display` the text without the line end.
   */
  push(line: string | Uint8Array, display: string, out: FindingSink): void {
    if (this.failed) return;
    this.parserLine++;
    const inputLine = this.parserLine + this.offset;
    const empty = display.length === 0;
    this.lastDisplay = display;
    const wasOpen = this.open;
    if (!wasOpen && !empty) {
      this.start = inputLine;
      this.source = [];
      this.sourceLength = 0;
    }
    if (this.open && this.sourceLength < MAX_SOURCE) {
      this.source.push(display);
      this.sourceLength += display.length + 1;
    }
    let replies: Reply[];
    try {
      replies = this.decoder.push(line);
    } catch (error) {
      this.fail(error, out, !wasOpen);
      return;
    }
    for (const reply of replies) this.emit(reply, out);
  }

  end(out: FindingSink): void {
    if (this.failed) return;
    let replies: Reply[];
    try {
      replies = this.decoder.end();
    } catch (error) {
      this.fail(error, out, false);
      return;
    }
    for (const reply of replies) this.emit(reply, out);
  }

  private emit(reply: Reply, out: FindingSink): void {
    out.push({
      kind: 'reply',
      line: this.start,
      source: this.source.join('\n'),
      reply,
      code: reply.code,
      enhanced: reply.enhanced,
      text: reply.text,
      context: {},
      warnings: reply.warnings.map((w) => ({ kind: w.kind, line: w.line + this.offset })),
      error: null,
    });
    this.start = -1;
    this.source = [];
    this.sourceLength = 0;
  }

  /**
   * The parser threw. Replies it completed first are emitted; then, unless the failing line is a
   * code-less line where a new reply would start, a finding with the error.
   */
  private fail(error: unknown, out: FindingSink, betweenReplies: boolean): void {
    if (!(error instanceof ReplyParseError)) throw error;
    this.failed = error;
    const start = this.start;
    const source = this.source;
    for (const reply of error.replies) this.emit(reply, out);
    this.endedByText = betweenReplies && error.kind === 'bad-code';
    if (!this.endedByText) {
      const line = error.line + this.offset;
      // No reply open (a strict-mode empty line between replies): the finding is that line.
      const first = start >= 0 ? start : line;
      const text = start >= 0 ? source.join('\n') : (this.lastDisplay ?? '');
      out.push(brokenReply(first, text, start >= 0 ? (source[0] ?? '') : text, { kind: error.kind, line }));
    }
    this.start = -1;
  }
}

/** A finding for a reply that could not be parsed, with the codes its first line shows. */
export function brokenReply(line: number, source: string, first: string, error: FindingIssue): Finding {
  let code: number | null = null;
  let enhanced: string | null = null;
  // The parser's own test for "the line has a code" (BEHAVIOUR.md §3.2 of the parser).
  const value = replyCodeAt(first, 0);
  if (value >= 0) {
    code = value;
    const token = enhancedAt(first, 4);
    if (token && token.code.charCodeAt(0) === first.charCodeAt(0)) enhanced = token.code;
  }
  return { kind: 'reply', line, source, reply: null, code, enhanced, text: null, context: {}, warnings: [], error };
}
