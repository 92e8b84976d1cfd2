// Where the returned copy of the original message starts inside a notice's text. Nothing from
// there on yields a finding: its headers and body are the sender's, not the report.

import { isSpace, lowerKeepingIndexes, trimSpace } from '../chars.js';

/** Separator wordings MTAs put before the returned copy (compared in lower case, blanks trimmed). */
const SEPARATORS = [
  'below this line is a copy of the message', // qmail, Yahoo
  'this is a copy of the message', // Exim
  "this is a copy of the message's headers", // Exim
  'copy of the original message', // OpenSMTPD ("Below is a copy of the original message:")
  'original message follows', // Sendmail
  'unsent message follows', // Sendmail
  'message header follows',
  'original message headers', // Exchange / Microsoft 365
  'original message header',
  '----- original message -----', // Gmail
  '-----original message-----',
  'undelivered message follows',
  'the original message was:',
  'headers of the original message',
  'returned message follows',
  'original message ---',
  'content-type: message/rfc822', // a returned part written into the text
  'content-type: text/rfc822-headers',
];

/** Header names that only a message's own header block starts with. */
const HEADER_STARTS = ['received:', 'return-path:', 'dkim-signature:', 'x-received:', 'arc-seal:', 'authentication-results:'];

/** Index of the first line of the returned copy (its separator included), or lines.length. */
export function copyStart(lines: readonly string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.length === 0) continue;
    // Every separator says "message" or "header": other lines are not lower-cased and searched.
    if (mentionsMessage(line)) {
      const lower = lowerKeepingIndexes(trimSpace(line));
      for (const s of SEPARATORS) if (lower.indexOf(s) >= 0) return i;
    }
    // A header block pasted without a separator: a message header at column 0, another header or a fold after it.
    if (!isSpace(line.charCodeAt(0)) && line.indexOf(':') > 0) {
      const lower = lowerKeepingIndexes(line.slice(0, 24));
      for (const h of HEADER_STARTS) {
        if (lower.startsWith(h) && i + 1 < lines.length && isHeaderish(lines[i + 1]!)) return i;
      }
    }
  }
  return lines.length;
}

function mentionsMessage(line: string): boolean {
  return line.indexOf('essage') >= 0 || line.indexOf('ESSAGE') >= 0 || line.indexOf('eader') >= 0 || line.indexOf('EADER') >= 0;
}

function isHeaderish(line: string): boolean {
  if (line.length > 0 && isSpace(line.charCodeAt(0))) return trimSpace(line).length > 0;
  const colon = line.indexOf(':');
  if (colon <= 0) return false;
  for (let i = 0; i < colon; i++) {
    const c = line.charCodeAt(i);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45)) return false;
  }
  return true;
}

/** The header block of a copy starting at `from` (separator line skipped, then blank lines), or null. */
export function copyHeaders(lines: readonly string[], from: number): string | null {
  let i = from;
  // The separator line itself, unless the copy starts right at a header field.
  const first = lines[i] ?? '';
  if (first.length === 0 || isSpace(first.charCodeAt(0)) || !isHeaderish(first) || lowerKeepingIndexes(first).startsWith('content-type:'))
    i++;
  for (let block = 0; block < 2; block++) {
    while (i < lines.length && trimSpace(lines[i]!).length === 0) i++;
    const out: string[] = [];
    while (i < lines.length && out.length < 500 && isHeaderish(lines[i]!)) out.push(lines[i++]!);
    // A MIME part's own headers (`Content-Type: message/rfc822` …) come before the message's.
    if (out.length > 0 && !out.every((l) => lowerKeepingIndexes(l).startsWith('content-') || isSpace(l.charCodeAt(0))))
      return out.join('\n');
    if (out.length === 0) return null;
  }
  return null;
}
