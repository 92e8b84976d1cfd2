// The machine-readable part of a DSN: `message/delivery-status` (RFC 3464) or
// `message/global-delivery-status` (RFC 6533, the same fields in UTF-8). One block of per-message
// fields, then one block per recipient, separated by blank lines; fields may be folded.

import type { ParseMode } from '@smtp-codes/parser';
import { isSpace, lowerKeepingIndexes, trimSpace } from '../chars.js';
import { parseDsnDiagnostic, parseDsnStatus } from '../dsn.js';
import type { Finding } from '../types.js';
import { splitLines } from './text.js';

/** A recipient block with more fields than this, or a field longer than this, is cut. */
const MAX_FIELD = 16 * 1024;
/** Recipient blocks read from one report; the rest are counted in `dropped`. */
export const MAX_RECIPIENTS = 10_000;

/** Fields that only ever describe the message, wherever they appear. */
const PER_MESSAGE = new Set(['reporting-mta', 'arrival-date', 'original-envelope-id', 'received-from-mta', 'dsn-gateway']);
/** Fields that only a recipient block has. */
const PER_RECIPIENT = new Set([
  'final-recipient',
  'original-recipient',
  'action',
  'status',
  'remote-mta',
  'diagnostic-code',
  'last-attempt-date',
]);

export interface DsnField {
  /** Lower case. */
  name: string;
  /** Unfolded (each fold's indentation read as one space), trimmed. */
  value: string;
  /** The value with its folds kept as `\n ` (what the parser's DSN readers take). */
  folded: string;
  /** The field as written, folds included (`Name: value\n  more`). */
  source: string;
  /** 0-based line in the part. */
  line: number;
}

export interface DsnRecipientBlock {
  fields: Map<string, DsnField>;
  /** The Status field as a finding (dsn.ts), or undefined. */
  status: Finding | undefined;
  /** The Diagnostic-Code's reply as a finding (type smtp with a reply code), or undefined. */
  diagnostic: Finding | undefined;
}

export interface DeliveryStatus {
  message: Map<string, DsnField>;
  recipients: DsnRecipientBlock[];
  /** Recipient blocks past MAX_RECIPIENTS, not read. */
  dropped: number;
  /** A field was longer than MAX_FIELD and was cut. */
  cut: boolean;
}

/** Reads the fields of a delivery-status part. Never throws. */
export function readDeliveryStatus(text: string, mode: ParseMode): DeliveryStatus {
  const out: DeliveryStatus = { message: new Map(), recipients: [], dropped: 0, cut: false };
  let block: Map<string, DsnField> | null = null;
  const finish = () => {
    if (!block) return;
    if (out.recipients.length >= MAX_RECIPIENTS) out.dropped++;
    else out.recipients.push(recipientBlock(block, mode));
    block = null;
  };
  for (const field of fields(text, out)) {
    if (field === null) {
      finish();
      continue;
    }
    if (PER_MESSAGE.has(field.name) || (field.name.startsWith('x-') && !block)) {
      if (!out.message.has(field.name)) out.message.set(field.name, field);
      continue;
    }
    if (!PER_RECIPIENT.has(field.name) && !field.name.startsWith('x-')) continue;
    // A second Final-Recipient without a blank line before it starts the next recipient.
    if (block && field.name === 'final-recipient' && (block as Map<string, DsnField>).has('final-recipient')) finish();
    block ??= new Map();
    if (!block.has(field.name)) block.set(field.name, field);
  }
  finish();
  return out;
}

function recipientBlock(fields: Map<string, DsnField>, mode: ParseMode): DsnRecipientBlock {
  const status = fields.get('status');
  const diagnostic = fields.get('diagnostic-code');
  const line = (f: DsnField) => f.line + 1;
  return {
    fields,
    status: status ? parseDsnStatus(`Status: ${status.folded}`, status.source, line(status), {}) : undefined,
    diagnostic: diagnostic
      ? parseDsnDiagnostic(`Diagnostic-Code: ${diagnostic.folded}`, diagnostic.source, line(diagnostic), {}, mode)[0]
      : undefined,
  };
}

/** The fields of `text` in order, with null for each blank line that ends a block. */
function* fields(text: string, out: DeliveryStatus): Generator<DsnField | null> {
  const lines = splitLines(text);
  let current: { name: string; first: string; lines: string[]; length: number; line: number } | null = null;
  const flush = (): DsnField | undefined => {
    if (!current) return undefined;
    const c = current;
    current = null;
    let value = trimSpace(c.first);
    let folded = value;
    for (const more of c.lines) {
      value += ` ${trimSpace(more)}`;
      folded += `\n ${trimSpace(more)}`;
    }
    const source = [`${c.name}:${c.first}`, ...c.lines].join('\n');
    return { name: lowerKeepingIndexes(c.name), value: trimSpace(value), folded, source, line: c.line };
  };
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (trimSpace(line).length === 0) {
      const f = flush();
      if (f) yield f;
      yield null;
      continue;
    }
    if (isSpace(line.charCodeAt(0))) {
      if (current) {
        const c = current as { lines: string[]; length: number };
        if (c.length < MAX_FIELD) {
          c.lines.push(line);
          c.length += line.length;
        } else out.cut = true;
      }
      continue;
    }
    const f = flush();
    if (f) yield f;
    const colon = line.indexOf(':');
    if (colon <= 0 || colon > 60 || !isFieldName(line, colon)) continue;
    let first = line.slice(colon + 1);
    if (first.length > MAX_FIELD) {
      first = first.slice(0, MAX_FIELD);
      out.cut = true;
    }
    current = { name: line.slice(0, colon), first, lines: [], length: first.length, line: n };
  }
  const f = flush();
  if (f) yield f;
}

function isFieldName(line: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = line.charCodeAt(i);
    const ok = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 95;
    if (!ok) return false;
  }
  return true;
}
