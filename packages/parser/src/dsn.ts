// Fields of a delivery status notification (RFC 3464) that carry SMTP codes.

import { ReplyParseError } from './errors.js';
import { type EnhancedCode, enhancedCodeIn } from './meaning.js';
import { parseReply } from './parse.js';
import type { Reply } from './reply.js';

/**
 * A parsed `Status:` field (RFC 3464 §2.3.4).
 *
 * @example
 * ```
 * import {parseStatusField, type StatusField} from '@smtp-codes/parser';
 *
 * const status: StatusField | undefined = parseStatusField('5.2.2 (mailbox full)');
 * status?.code;
 * //=> '5.2.2'
 * ```
 */
export interface StatusField extends EnhancedCode {
  /** Normalised `class.subject.detail`, e.g. `5.1.1` (leading zeros dropped). */
  code: string;
  /** The text of a trailing comment, without its outer parentheses, or null. */
  comment: string | null;
}

/**
 * A parsed `Diagnostic-Code:` field (RFC 3464 §2.3.6).
 *
 * @example
 * ```
 * import {type DiagnosticCode, parseDiagnosticCode} from '@smtp-codes/parser';
 *
 * const diagnostic: DiagnosticCode | undefined = parseDiagnosticCode('smtp; 552 5.2.2 Mailbox full');
 * diagnostic?.reply?.code;
 * //=> 552
 * ```
 */
export interface DiagnosticCode {
  /** The diagnostic type, lowercased: `smtp`, `x-postfix`, ... */
  type: string;
  /** The diagnostic text after `;`, unfolded, without surrounding white space. */
  text: string;
  /** For type `smtp`: the text read as a reply (lenient mode), or null when it is not one. */
  reply: Reply | null;
}

const isWsp = (char: number): boolean => char === 0x20 || char === 0x09;

/**
 * RFC 5322 §2.2.3 unfolding: a line break (CRLF, or a lone LF or CR) followed by white space is
 * removed; any other line break becomes one space.
 */
function unfold(value: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < value.length; i++) {
    const char = value.charCodeAt(i);
    if (char !== 0x0d && char !== 0x0a) {
      continue;
    }
    out += value.slice(from, i);
    const next = char === 0x0d && value.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    if (!isWsp(value.charCodeAt(next))) {
      out += ' ';
    }
    i = next - 1;
    from = next;
  }
  return from === 0 ? value : out + value.slice(from);
}

/** Index after a leading `name:` (ASCII case-insensitive, white space allowed before the colon), else 0. */
function skipFieldName(value: string, name: string): number {
  let i = 0;
  while (i < value.length && isWsp(value.charCodeAt(i))) {
    i++;
  }
  if (value.length - i < name.length || value.slice(i, i + name.length).toLowerCase() !== name) {
    return 0;
  }
  i += name.length;
  while (i < value.length && isWsp(value.charCodeAt(i))) {
    i++;
  }
  return value.charCodeAt(i) === 0x3a ? i + 1 : 0;
}

function trimStart(value: string, i: number, end: number): number {
  while (i < end && isWsp(value.charCodeAt(i))) {
    i++;
  }
  return i;
}

function trimEnd(value: string, start: number, end: number): number {
  while (end > start && isWsp(value.charCodeAt(end - 1))) {
    end--;
  }
  return end;
}

/**
 * Parses the value of a `Status:` field: `class.subject.detail` (class 2, 4 or 5; 1-3 digits per
 * sub-code), then optionally a comment in parentheses (nested parentheses and `\` escapes
 * allowed). A leading `Status:` field name is accepted, folded lines are unfolded. Returns
 * `undefined` for anything else: lookups never throw on unknown input.
 *
 * @example
 * ```
 * import {parseStatusField} from '@smtp-codes/parser';
 *
 * parseStatusField('5.1.1 (bad destination mailbox address)');
 * //=> {class: 5, subject: 1, detail: 1, code: '5.1.1', comment: 'bad destination mailbox address'}
 * parseStatusField('Status: 4.4.7');
 * //=> {class: 4, subject: 4, detail: 7, code: '4.4.7', comment: null}
 * parseStatusField('failed');
 * //=> undefined
 * ```
 */
export function parseStatusField(value: string): StatusField | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const text = unfold(value);
  const end = trimEnd(text, 0, text.length);
  const start = trimStart(text, skipFieldName(text, 'status'), end);
  let tokenEnd = start;
  while (tokenEnd < end && !isWsp(text.charCodeAt(tokenEnd)) && text.charCodeAt(tokenEnd) !== 0x28) {
    tokenEnd++;
  }
  const status = enhancedCodeIn(text, start, tokenEnd);
  if (status === undefined) {
    return undefined;
  }
  let comment: string | null = null;
  const rest = trimStart(text, tokenEnd, end);
  if (rest < end) {
    // One comment, which must close exactly at the end of the value.
    if (text.charCodeAt(rest) !== 0x28) {
      return undefined;
    }
    let depth = 0;
    let i = rest;
    for (; i < end; i++) {
      const char = text.charCodeAt(i);
      if (char === 0x5c) {
        i++;
      } else if (char === 0x28) {
        depth++;
      } else if (char === 0x29 && --depth === 0) {
        break;
      }
    }
    if (depth !== 0 || i !== end - 1) {
      return undefined;
    }
    comment = text.slice(rest + 1, end - 1);
  }
  return { ...status, code: `${status.class}.${status.subject}.${status.detail}`, comment };
}

/** The reply code at `i`: three digits followed by `-`, SP, HT or the end. */
function codeAt(text: string, i: number): boolean {
  for (let k = i; k < i + 3; k++) {
    const char = text.charCodeAt(k);
    if (!(char >= 0x30 && char <= 0x39)) {
      return false;
    }
  }
  const next = text.charCodeAt(i + 3);
  return Number.isNaN(next) || next === 0x2d || next === 0x20 || next === 0x09;
}

/**
 * The reply lines inside a diagnostic text. A text that starts with `NNN-` was a multiline reply
 * the MTA flattened onto one line: a new line starts wherever white space is followed by the same
 * `NNN` and then `-`, SP or the end; the white space before it is dropped. The first `NNN ` line
 * ends the reply (later `NNN` are text), and a last line that is still `NNN-` (the MTA kept only the
 * first lines) is read as the final line.
 */
function replyLines(text: string): string[] | undefined {
  if (!codeAt(text, 0)) {
    return undefined;
  }
  if (text.charCodeAt(3) !== 0x2d) {
    return [text];
  }
  const code = text.slice(0, 3);
  const lines: string[] = [];
  let lineStart = 0;
  for (let i = 4; i < text.length; i++) {
    if (!isWsp(text.charCodeAt(i - 1)) || !text.startsWith(code, i) || !codeAt(text, i)) {
      continue;
    }
    lines.push(text.slice(lineStart, trimEnd(text, lineStart, i)));
    lineStart = i;
    if (text.charCodeAt(i + 3) !== 0x2d) {
      break;
    }
  }
  const last = text.slice(lineStart);
  lines.push(last.charCodeAt(3) === 0x2d ? `${code} ${last.slice(4)}` : last);
  return lines;
}

/**
 * Parses a `Diagnostic-Code:` field: `type; text` (type in any case, spaces allowed around `;`,
 * folded lines unfolded per RFC 5322; a leading `Diagnostic-Code:` field name is accepted). For
 * type `smtp` the text is read as a reply with `parseReply` in lenient mode, including a multiline
 * reply flattened onto one line, `550-5.1.1 first 550-5.1.1 second 550 5.1.1 last`, or folded
 * with one line per fold. Returns `undefined` when the value has no `type;` part.
 *
 * @example
 * ```
 * import {parseDiagnosticCode} from '@smtp-codes/parser';
 *
 * const diagnostic = parseDiagnosticCode('smtp; 550-5.1.1 The email account does not exist. 550 5.1.1 Try again');
 * diagnostic.reply.lines;
 * //=> ['5.1.1 The email account does not exist.', '5.1.1 Try again']
 * diagnostic.reply.enhanced;
 * //=> '5.1.1'
 * parseDiagnosticCode('X-Postfix; host not found').reply;
 * //=> null
 * ```
 */
export function parseDiagnosticCode(value: string): DiagnosticCode | undefined {
  if (typeof value !== 'string') {
    return undefined;
  }
  const unfolded = unfold(value);
  const start = trimStart(unfolded, skipFieldName(unfolded, 'diagnostic-code'), unfolded.length);
  const semicolon = unfolded.indexOf(';', start);
  if (semicolon < 0) {
    return undefined;
  }
  const typeEnd = trimEnd(unfolded, start, semicolon);
  if (typeEnd === start) {
    return undefined;
  }
  for (let i = start; i < typeEnd; i++) {
    if (isWsp(unfolded.charCodeAt(i))) {
      return undefined;
    }
  }
  const type = unfolded.slice(start, typeEnd).toLowerCase();
  const textStart = trimStart(unfolded, semicolon + 1, unfolded.length);
  const text = unfolded.slice(textStart, trimEnd(unfolded, textStart, unfolded.length));
  let reply: Reply | null = null;
  if (type === 'smtp') {
    const lines = replyLines(text);
    if (lines !== undefined) {
      try {
        reply = parseReply(`${lines.join('\r\n')}\r\n`, { mode: 'lenient' });
      } catch (error) {
        if (!(error instanceof ReplyParseError)) {
          throw error;
        }
      }
    }
  }
  return { type, text, reply };
}
