// Telling a whole message from pasted reply text, and splitting an mbox file into its messages.
// A message starts with its header block (`Received:`, `From:`, `MIME-Version:` …) or an mbox
// `From ` line; DSN fields pasted alone (`Final-Recipient:`, `Status:`) are not a message.

import { isSpace, lowerKeepingIndexes, trimSpace } from '../chars.js';

/** Header names that start a message's header block (lower case). */
const MESSAGE_HEADERS = new Set([
  'return-path',
  'received',
  'from',
  'to',
  'cc',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
  'delivered-to',
  'x-original-to',
  'envelope-to',
  'delivery-date',
  'dkim-signature',
  'arc-seal',
  'arc-message-signature',
  'arc-authentication-results',
  'authentication-results',
  'auto-submitted',
  'reply-to',
  'sender',
  'x-failed-recipients',
  'references',
  'in-reply-to',
  'x-received',
  'received-spf',
]);

/** True when `text` starts like a message: an mbox `From ` line, or a header block of at least two fields led by a message header. */
export function looksLikeMessage(text: string): boolean {
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  while (i < text.length && (text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  if (isMboxFromLine(text, i)) return true;
  let fields = 0;
  let first = true;
  while (i < text.length && fields < 3) {
    let end = text.indexOf('\n', i);
    if (end < 0) end = text.length;
    const line = text.slice(i, end > i && text.charCodeAt(end - 1) === 13 ? end - 1 : end);
    if (trimSpace(line).length === 0) break;
    if (isSpace(line.charCodeAt(0))) {
      if (first) return false;
    } else {
      const colon = line.indexOf(':');
      if (colon <= 0) return false;
      const name = lowerKeepingIndexes(line.slice(0, colon));
      if (!isFieldName(name)) return false;
      if (first && !MESSAGE_HEADERS.has(name)) return false;
      fields++;
    }
    first = false;
    i = end + 1;
  }
  return fields >= 2;
}

function isFieldName(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95)) return false;
  }
  return name.length > 0;
}

/** `From sender date` at `i` (mbox): `From ` then a non-blank. */
function isMboxFromLine(text: string, i: number): boolean {
  return text.startsWith('From ', i) && i + 5 < text.length && !isSpace(text.charCodeAt(i + 5)) && text.charCodeAt(i + 5) !== 10;
}

const FROM = [70, 114, 111, 109, 32]; // "From "

/** True when the bytes start with an mbox `From ` line. */
export function isMbox(bytes: Uint8Array): boolean {
  return startsWithAt(bytes, 0, FROM) && bytes.length > 5 && bytes[5] !== 32 && bytes[5] !== 10;
}

/**
 * The messages of an mbox file: each starts at a `From ` line at the start of the file or after
 * an empty line; the `From ` line itself is dropped and `>From ` lines are unescaped (mboxrd).
 */
export function splitMbox(bytes: Uint8Array): Uint8Array[] {
  const starts: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (
      (i === 0 || (bytes[i - 1] === 10 && (bytes[i - 2] === 10 || (bytes[i - 2] === 13 && bytes[i - 3] === 10)))) &&
      startsWithAt(bytes, i, FROM)
    )
      starts.push(i);
    const lf = bytes.indexOf(10, i);
    if (lf < 0) break;
    i = lf;
  }
  const out: Uint8Array[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const end = k + 1 < starts.length ? starts[k + 1]! : bytes.length;
    let body = bytes.indexOf(10, from);
    body = body < 0 || body >= end ? end : body + 1;
    out.push(unescapeFrom(bytes.subarray(body, end)));
  }
  return out;
}

/** `>From ` → `From `, `>>From ` → `>From ` at line starts. */
function unescapeFrom(bytes: Uint8Array): Uint8Array {
  if (!hasEscapedFrom(bytes)) return bytes;
  const out: number[] = [];
  let changed = false;
  let lineStart = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (lineStart && b === 62) {
      let j = i;
      while (bytes[j] === 62) j++;
      if (startsWithAt(bytes, j, FROM)) {
        changed = true;
        lineStart = false;
        continue;
      }
    }
    out.push(b);
    lineStart = b === 10;
  }
  return changed ? Uint8Array.from(out) : bytes;
}

function hasEscapedFrom(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 62 && (i === 0 || bytes[i - 1] === 10)) {
      let j = i;
      while (bytes[j] === 62) j++;
      if (startsWithAt(bytes, j, FROM)) return true;
    }
    const lf = bytes.indexOf(10, i);
    if (lf < 0) break;
    i = lf;
  }
  return false;
}

function startsWithAt(bytes: Uint8Array, i: number, prefix: readonly number[]): boolean {
  if (i + prefix.length > bytes.length) return false;
  for (let k = 0; k < prefix.length; k++) if (bytes[i + k] !== prefix[k]) return false;
  return true;
}
