// parseBounce: a whole message in, a report out. MIME by postal-mime; the DSN fields, the text's
// replies and the precedence between them are ours.

import { lowerKeepingIndexes } from '../chars.js';
import { extract } from '../extract.js';
import type { Finding } from '../types.js';
import { recogniseAuthor } from './author.js';
import { type DeliveryStatus, readDeliveryStatus } from './delivery-status.js';
import { BounceInputError, MAX_BOUNCE_BYTES } from './errors.js';
import { kindFromActions, kindFromWords, looksLikeNotice } from './kind.js';
import { decodeHeader, headerBlock, type NoticeHeader, readHeaders, readNotice } from './mime.js';
import { noticeAbout } from './notice-about.js';
import { type NoticeText, readNoticeText } from './notice-text.js';
import { ClaimPool, recordFromDsn, recordFromText, recordReasonInput, whyOf } from './records.js';
import { afterType, asAddress } from './text.js';
import type { BounceAction, BounceIssue, BounceRecipient, BounceReport, NoticeKind, ParseBounceOptions, ReturnedMessage } from './types.js';

/**
 * Reads a bounce, delay warning or delivery report (an RFC 5322 message as text or bytes) and
 * returns who wrote it, its kind, one record per recipient and the returned message's identity.
 * Never rejects on malformed input (it reads what it can and lists `issues`); rejects with a
 * BounceInputError only when the input is larger than `maxBytes` (16 MiB by default).
 *
 * @example
 * const report = await parseBounce(eml);
 * report.kind; //=> 'failure'
 * report.recipients[0].code; //=> 550 (the receiving server's reply)
 * report.recipients[0].enhanced; //=> '5.1.1'
 */
export async function parseBounce(message: string | Uint8Array, options: ParseBounceOptions = {}): Promise<BounceReport> {
  const limit = options.maxBytes ?? MAX_BOUNCE_BYTES;
  const size = typeof message === 'string' ? message.length : message.byteLength;
  if (size > limit) throw new BounceInputError(size, limit);
  return read(message, options, true);
}

async function read(message: string | Uint8Array, options: ParseBounceOptions, outer: boolean): Promise<BounceReport> {
  const mode = options.mode ?? 'lenient';

  const parts = await readNotice(message);
  const issues: BounceIssue[] = [];
  if (parts.error) issues.push({ kind: 'mime-error', message: parts.error });
  const reports: DeliveryStatus[] = parts.reports.map((r) => readDeliveryStatus(r, mode));
  // When the DSN quotes the remote server for every recipient, the text can add nothing a record
  // uses (and it is not read): its wording still tells who wrote the notice.
  const text = dsnSaysAll(reports) && !namesCommands(parts.text) ? unread(parts.text) : readNoticeText(parts.text, mode);
  // A DSN written into the text (no MIME structure, or MIME that could not be read).
  if (reports.every((r) => r.recipients.length === 0) && hasDsnFields(text.before)) reports.push(readDeliveryStatus(text.before, mode));
  for (const r of reports) {
    if (r.dropped > 0) issues.push({ kind: 'too-many-recipients', message: `${r.dropped} recipient blocks past the limit were not read` });
    if (r.cut) issues.push({ kind: 'field-too-long', message: 'a DSN field was longer than the limit and was cut' });
  }

  const blocks = reports.flatMap((r) => r.recipients);
  const reportingField = reports.map((r) => r.message.get('reporting-mta')).find((f) => f !== undefined);
  const reportingMta = reportingField ? afterType(reportingField.value) || null : null;
  const arrival = reports.map((r) => r.message.get('arrival-date')).find((f) => f !== undefined);
  const subject = header(parts.headers, 'subject');
  // The notice's own wording sits at its top; ASCII fragments only are looked for.
  const lowerText = text.before.slice(0, 8192).toLowerCase();

  const textRecipients = text.recipients.length > 0 ? text.recipients : failedRecipients(parts.headers);
  const single = blocks.length === 1 || (blocks.length === 0 && textRecipients.length <= 1);
  const pool = new ClaimPool(text.claims, single);
  const records: BounceRecipient[] = blocks.map((b) => recordFromDsn(b, pool, text.relayed));

  const isReport =
    blocks.length > 0 || (looksLikeNotice(parts.headers) && (textRecipients.length > 0 || text.claims.some((c) => c.rank !== 'summary')));
  let kind: NoticeKind = 'not-a-report';
  if (isReport) {
    const words = kindFromWords(subject ?? '', lowerText);
    if (blocks.length === 0) {
      const action: BounceAction = words === 'delay' ? 'delayed' : words === 'success' ? 'delivered' : 'failed';
      for (const r of textRecipients) records.push(recordFromText(r, pool, action));
      if (records.length === 0) records.push(recordFromText(null, pool, action));
    } else {
      // Recipients the text names with a remote reply but the DSN does not list.
      const listed = new Set(records.map((x) => lowerKeepingIndexes(x.recipient ?? '')));
      for (const r of textRecipients) {
        if (listed.has(lowerKeepingIndexes(r)) || !pool.has('remote', r)) continue;
        records.push(recordFromText(r, pool, 'failed'));
      }
    }
    kind = kindFromActions(records.map((r) => r.action)) ?? words;
  }

  // A forwarded notice: the message only carries it (one level deep).
  if (!isReport && outer && parts.attached) {
    const inner = await read(parts.attached, options, false);
    if (inner.kind !== 'not-a-report') {
      inner.issues.unshift({ kind: 'forwarded', message: 'the notice was read from the message this one carries' });
      return inner;
    }
  }

  const findings: Finding[] = isReport
    ? pool.unused(new Set(records.map((r) => lowerKeepingIndexes(r.recipient ?? '')))).map((c) => c.finding)
    : extract(text.before, { mode });
  // The notice's own facts for a record that lacks them: the Reporting-MTA for the remote host, the
  // notice's words about the recipient for the server's text.
  for (const r of records) {
    const noText = r.finding.text === null && r.diagnostic === null;
    const about = noText && r.recipient ? noticeAbout(text.before, r.recipient) : null;
    if ((reportingMta && !r.remoteHost) || about) Object.assign(r, whyOf(recordReasonInput(r, reportingMta, about)));
  }
  const author = recogniseAuthor(parts.headers, reportingMta, text.before);
  return {
    kind,
    author,
    subject: subject === null ? null : await decodeHeader(subject),
    arrivalDate: arrival?.value || null,
    recipients: isReport ? records : [],
    returned: await returnedMessage(parts.returnedHeaders ?? text.copyHeaders),
    findings,
    issues,
  };
}

function header(headers: readonly NoticeHeader[], key: string): string | null {
  return headers.find((h) => h.key === key)?.value ?? null;
}

/** Every recipient block has the remote server's reply and an action the text cannot refine. */
function dsnSaysAll(reports: readonly DeliveryStatus[]): boolean {
  let any = false;
  for (const r of reports) {
    for (const b of r.recipients) {
      any = true;
      const action = b.fields.get('action')?.value ?? '';
      if (!b.diagnostic?.reply || lowerKeepingIndexes(action).startsWith('delivered')) return false;
    }
  }
  return any;
}

/** The text says which command a reply answered (Postfix, Exim, a transcript): it must be read. */
function namesCommands(text: string): boolean {
  return text.indexOf(' (in reply to ') >= 0 || text.indexOf('>>> ') >= 0 || text.indexOf('SMTP error from remote') >= 0;
}

/** The text as the author and kind checks see it, without reading it for replies. */
function unread(text: string): NoticeText {
  return { claims: [], recipients: [], relayed: [], before: text.slice(0, 8192), copyHeaders: null };
}

function hasDsnFields(text: string): boolean {
  const lower = lowerKeepingIndexes(text);
  return (lower.indexOf('final-recipient:') >= 0 || lower.indexOf('original-recipient:') >= 0) && lower.indexOf('status:') >= 0;
}

/** Exim's `X-Failed-Recipients: a@example.com, b@example.com`. */
function failedRecipients(headers: readonly NoticeHeader[]): string[] {
  const value = header(headers, 'x-failed-recipients');
  if (!value) return [];
  const out: string[] = [];
  for (const part of value.split(',')) {
    const a = asAddress(part.trim());
    if (a) out.push(a);
  }
  return out;
}

async function returnedMessage(block: string | null): Promise<ReturnedMessage | null> {
  if (!block) return null;
  const headers = readHeaders(headerBlock(block));
  const get = async (key: string) => {
    const v = header(headers, key);
    return v === null ? null : await decodeHeader(v);
  };
  const r = { messageId: await get('message-id'), from: await get('from'), to: await get('to'), subject: await get('subject') };
  return r.messageId === null && r.from === null && r.to === null && r.subject === null ? null : r;
}
