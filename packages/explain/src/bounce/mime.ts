// The notice as MIME, read by postal-mime: its headers, its readable text, its delivery-status
// parts and the returned message's header block. Every message/rfc822 part is kept as an
// attachment, so the returned copy never mixes into the text that findings come from.

import type PostalMime from 'postal-mime';
import { isSpace, lowerKeepingIndexes, trimSpace } from '../chars.js';
import { splitLines } from './text.js';

export interface NoticeHeader {
  /** Lower case. */
  key: string;
  /** Unfolded. */
  value: string;
}

export interface NoticeParts {
  headers: NoticeHeader[];
  /** The readable text (text/plain parts; HTML rendered to text when a part has no plain form). */
  text: string;
  /** The texts of the message/delivery-status and message/global-delivery-status parts. */
  reports: string[];
  /** The header block of the returned message (message/rfc822, text/rfc822-headers …), or null. */
  returnedHeaders: string | null;
  /** The first attached message whole (a forwarded notice may be one), or null. */
  attached: Uint8Array | null;
  /** Why MIME parsing failed (the raw text was read instead), or null. */
  error: string | null;
}

const REPORT_TYPES = new Set(['message/delivery-status', 'message/global-delivery-status']);
const RETURNED_TYPES = new Set([
  'message/rfc822',
  'message/global',
  'text/rfc822-headers',
  'message/global-headers',
  'message/rfc822-headers',
]);
/** Only this much of a returned message is decoded: its headers are all we read of it. */
const RETURNED_HEAD = 64 * 1024;
/** postal-mime's limits, tighter than its defaults: a notice is small. */
const LIMITS = { maxNestingDepth: 64, maxHeadersSize: 1024 * 1024, maxPartCount: 2000, maxRfc822NestingDepth: 0 };

const decoder = new TextDecoder('utf-8');

type PostalMimeModule = { default: typeof PostalMime; decodeWords: (s: string) => string };
let loading: Promise<PostalMimeModule> | null = null;

/**
 * postal-mime, loaded on first use: a page or program that never reads a whole message never
 * loads the MIME parser (and the CommonJS build needs no interop helper for it).
 */
export function loadPostalMime(): Promise<PostalMimeModule> {
  loading ??= import('postal-mime') as Promise<PostalMimeModule>;
  return loading;
}

/** The parts of `input`. Never throws: a message postal-mime rejects is read as raw text. */
export async function readNotice(input: string | Uint8Array): Promise<NoticeParts> {
  const { default: Parser } = await loadPostalMime();
  try {
    const email = await Parser.parse(input, { forceRfc822Attachments: true, ...LIMITS });
    const parts: NoticeParts = {
      headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
      text: email.text ?? '',
      reports: [],
      returnedHeaders: null,
      attached: null,
      error: null,
    };
    for (const a of email.attachments) {
      const type = lowerKeepingIndexes(a.mimeType);
      if (REPORT_TYPES.has(type)) parts.reports.push(contentText(a.content, Infinity));
      else if (parts.returnedHeaders === null && RETURNED_TYPES.has(type))
        parts.returnedHeaders = headerBlock(contentText(a.content, RETURNED_HEAD));
    }
    for (const a of email.attachments) {
      const type = lowerKeepingIndexes(a.mimeType);
      if ((type === 'message/rfc822' || type === 'message/global') && typeof a.content !== 'string') {
        parts.attached = a.content instanceof Uint8Array ? a.content : new Uint8Array(a.content);
        break;
      }
    }
    // Nothing readable came out (a boundary that matches no part, say): read the raw body instead.
    if (parts.reports.length === 0 && trimSpace(parts.text).length === 0) {
      parts.text = rawNotice(typeof input === 'string' ? input : decoder.decode(input), '').text;
    }
    return parts;
  } catch (error) {
    return rawNotice(typeof input === 'string' ? input : decoder.decode(input), error instanceof Error ? error.message : String(error));
  }
}

function contentText(content: ArrayBuffer | Uint8Array | string, limit: number): string {
  if (typeof content === 'string') return content.length > limit ? content.slice(0, limit) : content;
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  return decoder.decode(bytes.length > limit ? bytes.subarray(0, limit) : bytes);
}

/** The lines of `text` up to its first empty line (leading empty lines skipped). */
export function headerBlock(text: string): string {
  let start = 0;
  while (start < text.length && (text.charCodeAt(start) === 10 || text.charCodeAt(start) === 13)) start++;
  let end = text.indexOf('\n\n', start);
  const crlf = text.indexOf('\r\n\r\n', start);
  if (crlf >= 0 && (end < 0 || crlf < end)) end = crlf;
  return end < 0 ? text.slice(start) : text.slice(start, end);
}

/** Header fields of a header block, unfolded, names in lower case. */
export function readHeaders(block: string): NoticeHeader[] {
  const out: NoticeHeader[] = [];
  for (const line of splitLines(block)) {
    if (line.length > 0 && isSpace(line.charCodeAt(0))) {
      const last = out[out.length - 1];
      if (last && last.value.length < 64 * 1024) last.value += ` ${trimSpace(line)}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    out.push({ key: lowerKeepingIndexes(trimSpace(line.slice(0, colon))), value: trimSpace(line.slice(colon + 1)) });
  }
  return out;
}

/** A header's value with RFC 2047 encoded words decoded (postal-mime is loaded by then). */
export async function decodeHeader(value: string): Promise<string> {
  if (value.indexOf('=?') < 0) return value;
  try {
    return (await loadPostalMime()).decodeWords(value);
  } catch {
    return value;
  }
}

/** What postal-mime could not read: headers up to the first empty line, the rest as text. */
function rawNotice(text: string, error: string): NoticeParts {
  const head = headerBlock(text);
  const bodyStart = text.indexOf(head) + head.length;
  return { headers: readHeaders(head), text: text.slice(bodyStart), reports: [], returnedHeaders: null, attached: null, error };
}
