// The line-by-line recogniser behind both `extract` (pasted text) and `scan` (mail logs): it holds
// at most one DSN field being unfolded and one open reply, so memory does not grow with the input.

import type { ParseMode } from '@smtp-codes/parser';
import { asciiLower, enhancedAt, hasReplyCodeAt, isSpace, skipSpaces, trimSpace } from './chars.js';
import { parseDsnDiagnostic, parseDsnStatus } from './dsn.js';
import { readQuotedReply } from './embedded.js';
import { type LogMatch, matchLogLine } from './logs.js';
import { brokenReply, ReplyCollector } from './replies.js';
import type { Finding, FindingContext } from './types.js';

/** A DSN field value longer than this (folded lines included) is cut. */
const MAX_FIELD = 16 * 1024;

/** Transcript prefixes a reply line may carry: swaks (`<-`, `<**`, `<~`, `<~*`) and `S:`. */
const TRANSCRIPT_PREFIXES = ['<**', '<~*', '<-', '<~', 'S:'];

/**
 * Where the reply code of a plain reply line starts: after optional SP/HT and an optional
 * transcript prefix; -1 when the line is not a reply line.
 */
export function replyLineStart(line: string): number {
  const i = skipSpaces(line, 0);
  if (hasReplyCodeAt(line, i)) return i;
  for (const prefix of TRANSCRIPT_PREFIXES) {
    if (!line.startsWith(prefix, i)) continue;
    const j = skipSpaces(line, i + prefix.length);
    if (j > i + prefix.length && hasReplyCodeAt(line, j)) return j;
  }
  return -1;
}

interface PendingField {
  name: 'status' | 'diagnostic-code';
  line: number;
  lines: string[];
  length: number;
}

export interface LineScannerOptions {
  mode?: ParseMode;
  /** Number of the first line pushed (default 1). */
  firstLine?: number;
}

/**
 * Feed lines (without their line end; a trailing CR is ignored) with `push`, then call `end`.
 * Each call returns the findings completed by it, in input order.
 *
 * @example
 * const scanner = new LineScanner();
 * scanner.push('Jan 1 00:00:00 mx postfix/smtp[1]: 4F: to=<bob@example.com>, dsn=5.1.1, status=bounced (host mx[192.0.2.1] said: 550 5.1.1 No such user (in reply to RCPT TO command))');
 * //=> [{kind: 'postfix', code: 550, enhanced: '5.1.1', …}]
 */
export class LineScanner {
  private readonly mode: ParseMode;
  private lineNo = 0;
  private field: PendingField | null = null;
  private dsn: FindingContext = {};
  private block: ReplyCollector | null = null;
  /**
   * The code of a reply that hit the parser's line limit: its further lines belong to the reply
   * already reported, so they are skipped (up to its last line) instead of starting new replies.
   */
  private overflowCode: string | null = null;

  constructor(options: LineScannerOptions = {}) {
    this.mode = options.mode ?? 'lenient';
    this.lineNo = (options.firstLine ?? 1) - 1;
  }

  /** Number of the last line pushed. */
  get lines(): number {
    return this.lineNo;
  }

  push(rawLine: string): Finding[] {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    this.lineNo++;
    const out: Finding[] = [];
    const folded = line.length > 0 && isSpace(line.charCodeAt(0)) && trimSpace(line).length > 0;
    if (this.field) {
      if (folded) {
        if (this.field.length < MAX_FIELD) {
          this.field.lines.push(line);
          this.field.length += line.length;
        }
        return out;
      }
      this.finishField(out);
    }
    if (this.overflowCode !== null) {
      const start = replyLineStart(line);
      if (start >= 0 && line.startsWith(this.overflowCode, start)) {
        if (line.charCodeAt(start + 3) !== 45) this.overflowCode = null;
        return out;
      }
      this.overflowCode = null;
    }
    if (this.block) {
      const start = replyLineStart(line);
      if (start >= 0) {
        const text = line.slice(start);
        this.block.push(`${text}\r\n`, text, out);
        this.afterPush(text);
        return out;
      }
      this.block.end(out);
      this.block = null;
    }
    this.line(line, out);
    return out;
  }

  /** A failed run is dropped; one that failed on its line limit skips the rest of that reply. */
  private afterPush(text: string): void {
    const failed = this.block?.failed;
    if (!failed) return;
    this.block = null;
    if (failed.kind === 'too-many-lines' && text.charCodeAt(3) === 45) this.overflowCode = text.slice(0, 3);
  }

  end(): Finding[] {
    const out: Finding[] = [];
    this.overflowCode = null;
    if (this.field) this.finishField(out);
    if (this.block) {
      this.block.end(out);
      this.block = null;
    }
    return out;
  }

  private line(line: string, out: Finding[]): void {
    if (trimSpace(line).length === 0) {
      this.dsn = {};
      return;
    }
    if (this.dsnField(line)) return;
    if (asciiLower(line.slice(0, 5)) === 'smtp;') {
      // A Diagnostic-Code value pasted without its field name.
      this.field = { name: 'diagnostic-code', line: this.lineNo, lines: [line], length: line.length };
      return;
    }
    const log = matchLogLine(line);
    if (log) {
      this.logFinding(line, log, out);
      return;
    }
    const start = replyLineStart(line);
    if (start >= 0) {
      this.block = new ReplyCollector(this.mode, this.lineNo);
      const text = line.slice(start);
      this.block.push(`${text}\r\n`, text, out);
      this.afterPush(text);
      return;
    }
    const i = skipSpaces(line, 0);
    const token = enhancedAt(line, i);
    if (token && (token.end === line.length || isSpace(line.charCodeAt(token.end)))) {
      const rest = trimSpace(line.slice(token.end));
      out.push(codeFinding(this.lineNo, trimSpace(line), null, token.code, rest || null));
    }
  }

  /** DSN fields (RFC 3464): Status and Diagnostic-Code are findings, the others context. */
  private dsnField(line: string): boolean {
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 40) return false;
    for (let i = 0; i < colon; i++) {
      const c = line.charCodeAt(i);
      const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45;
      if (!ok) return false;
    }
    const name = asciiLower(line.slice(0, colon));
    const value = trimSpace(line.slice(colon + 1));
    switch (name) {
      case 'status':
      case 'diagnostic-code':
        this.field = { name, line: this.lineNo, lines: [line], length: line.length };
        return true;
      case 'final-recipient':
      case 'original-recipient': {
        const address = afterType(value);
        if (address && (name === 'final-recipient' || !this.dsn.recipient)) {
          if (name === 'final-recipient' && this.dsn.recipient && this.dsn.recipient !== address) this.dsn = {};
          this.dsn.recipient = address;
        }
        return true;
      }
      case 'action':
        if (value) this.dsn.action = asciiLower(value);
        return true;
      case 'remote-mta': {
        const host = afterType(value);
        if (host) this.dsn.host = host;
        return true;
      }
      default:
        return false;
    }
  }

  private finishField(out: Finding[]): void {
    const field = this.field!;
    this.field = null;
    const source = field.lines.join('\n');
    // Each fold's indentation counts as one space: `does\n    not exist` reads `does not exist`.
    let value = field.lines[0]!;
    for (let i = 1; i < field.lines.length; i++) value += `\n ${trimSpace(field.lines[i]!)}`;
    if (field.name === 'status') {
      const finding = parseDsnStatus(value, source, field.line, this.dsn);
      if (finding) out.push(finding);
    } else {
      for (const finding of parseDsnDiagnostic(value, source, field.line, this.dsn, this.mode)) out.push(finding);
    }
  }

  private logFinding(line: string, log: LogMatch, out: Finding[]): void {
    const source = trimSpace(line);
    if (log.replyText === null) {
      out.push({ ...codeFinding(this.lineNo, source, null, log.context.dsn ?? null, log.reason), kind: log.kind, context: log.context });
      return;
    }
    out.push(embeddedFinding(log.kind, this.lineNo, source, log.replyText, log.context, this.mode));
  }
}

/** `rfc822; bob@example.com` → `bob@example.com`; `dns; mx.example.com` → `mx.example.com`. */
function afterType(value: string): string {
  const semi = value.indexOf(';');
  return trimSpace(semi >= 0 ? value.slice(semi + 1) : value);
}

/** The finding for a reply quoted in a log line. */
export function embeddedFinding(
  kind: Finding['kind'],
  line: number,
  source: string,
  replyText: string,
  context: FindingContext,
  mode: ParseMode,
): Finding {
  const { reply, error } = readQuotedReply(replyText, mode);
  if (!reply) {
    const broken = brokenReply(line, source, replyText, { kind: error ?? 'bad-code', line });
    return { ...broken, kind, enhanced: broken.enhanced ?? context.dsn ?? null, context };
  }
  return {
    kind,
    line,
    source,
    reply,
    code: reply.code,
    enhanced: reply.enhanced ?? context.dsn ?? null,
    text: reply.text,
    context,
    warnings: reply.warnings.map((w) => ({ kind: w.kind, line })),
    error: null,
  };
}

/** A finding for a code seen without a reply around it. */
export function codeFinding(line: number, source: string, code: number | null, enhanced: string | null, text: string | null): Finding {
  return { kind: 'code', line, source, reply: null, code, enhanced, text, context: {}, warnings: [], error: null };
}
