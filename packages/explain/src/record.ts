// One finding of a mail log as a flat record: when, where, for whom, what happened, which code.
// The tally (`report.ts`) and `scan --ndjson` both read findings through this.

import { LogClock } from './clock.js';
import { readLogHeader } from './loghead.js';
import { classifyReason, type ReasonInput } from './reason.js';
import type { Finding } from './types.js';

/** What happened to the recipient, as each MTA logs it, in five words. */
export type DeliveryStatus = 'sent' | 'deferred' | 'bounced' | 'rejected' | 'expired';

export const DELIVERY_STATUSES: readonly DeliveryStatus[] = ['sent', 'deferred', 'bounced', 'rejected', 'expired'];

/** The words MTAs write (Postfix `status=`, Exim's flags, Sendmail `stat=`, DSN `Action`), lower-cased. */
const STATUS_WORDS: Record<string, DeliveryStatus> = {
  sent: 'sent',
  delivered: 'sent',
  relayed: 'sent',
  expanded: 'sent',
  deferred: 'deferred',
  delayed: 'deferred',
  bounced: 'bounced',
  failed: 'bounced',
  undeliverable: 'bounced',
  reject: 'rejected',
  rejected: 'rejected',
  expired: 'expired',
};

/**
 * The delivery status of a finding, or null when nothing says (a reply line on its own).
 * Postfix `status=sent|deferred|bounced|expired`, `NOQUEUE: reject`; Exim `=>` (sent), `==`
 * (deferred), `**` (bounced); Sendmail `stat=Sent …`, `stat=Deferred …`, `reject=`, and any other
 * `stat=` by the class of its `dsn=` (5: bounced, 4: deferred); DSN `Action:`.
 */
export function deliveryStatus(finding: Finding): DeliveryStatus | null {
  const { status, action } = finding.context;
  if (status !== undefined) {
    const word = status.toLowerCase();
    const known = STATUS_WORDS[word] ?? STATUS_WORDS[firstWord(word)];
    if (known) return known;
    if (finding.kind === 'sendmail') {
      const cls = (finding.context.dsn ?? finding.enhanced ?? '').charAt(0);
      if (cls === '5') return 'bounced';
      if (cls === '4') return 'deferred';
      if (cls === '2') return 'sent';
    }
  }
  if (action !== undefined) return STATUS_WORDS[action] ?? null;
  return null;
}

/** The leading run of ASCII letters: `deferred: connection refused` → `deferred`. */
function firstWord(s: string): string {
  let i = 0;
  while (i < s.length && s.charCodeAt(i) >= 97 && s.charCodeAt(i) <= 122) i++;
  return s.slice(0, i);
}

/** The domain of an address (lower-cased), or null. */
export function domainOf(recipient: string | undefined): string | null {
  if (!recipient) return null;
  const at = recipient.lastIndexOf('@');
  if (at < 0 || at === recipient.length - 1) return null;
  return recipient.slice(at + 1).toLowerCase();
}

/**
 * The remote host as one key: `mx.example.com[192.0.2.1]:25` (Postfix), `mx.example.com. [192.0.2.1]`
 * (Sendmail) and `mx.example.com [192.0.2.1]` (Exim) are all `mx.example.com`; a host without a name
 * (`unknown[198.51.100.7]`, `[192.0.2.1]`) is its address.
 */
export function relayOf(host: string | undefined): string | null {
  if (!host) return null;
  const bracket = host.indexOf('[');
  let name = (bracket < 0 ? host : host.slice(0, bracket)).trim();
  if (name.endsWith('.')) name = name.slice(0, -1);
  if (name === '' || name === 'unknown') {
    const close = host.indexOf(']', bracket);
    if (bracket >= 0 && close > bracket) return host.slice(bracket + 1, close);
    return null;
  }
  const colon = name.lastIndexOf(':');
  if (colon > 0 && name.indexOf(':') === colon) name = name.slice(0, colon);
  return name.toLowerCase();
}

/** A finding of a mail log, flattened: what `scan --ndjson` writes and the tally counts. */
export interface LogRecord {
  /** When it was logged (ms since the epoch), or null when the line carries no time. */
  time: number | null;
  /** The host that logged it (syslog), or null. */
  host: string | null;
  queueId: string | null;
  recipient: string | null;
  domain: string | null;
  relay: string | null;
  status: DeliveryStatus | null;
  /** The status word as the MTA wrote it (`bounced`, `failed`, `User unknown` …), or null. */
  mtaStatus: string | null;
  code: number | null;
  enhanced: string | null;
  /** The server's reply text (or the MTA's reason when no server replied), or null. */
  text: string | null;
  /** Why, by the reason engine (`classifyReason`): a reason id of @smtp-codes/constants (`user-unknown`), or null without a code. */
  reason: string | null;
  finding: Finding;
}

const ACTIONS: ReadonlySet<string> = new Set(['failed', 'delayed', 'delivered', 'relayed', 'expanded']);

/** Readings of the reason engine by their exact input: logs repeat replies, and a reading costs tens of µs. */
const MEMO_SIZE = 4096;
const memo = new Map<string, string>();

/** The reason engine's reading of a finding, or null when it has no code to read. */
export function reasonOf(finding: Finding): string | null {
  if (finding.code === null && finding.enhanced === null) return null;
  const host = finding.context.host;
  const action = finding.context.action !== undefined && ACTIONS.has(finding.context.action) ? finding.context.action : undefined;
  // Unambiguous: the codes and the action hold no `|`, the host is prefixed with its length.
  const key = `${finding.code}|${finding.enhanced}|${action ?? ''}|${host?.length ?? -1}:${host ?? ''}|${finding.text ?? ''}`;
  const known = memo.get(key);
  if (known !== undefined) return known;
  const reason = classify(finding, host, action);
  // Bounded: when full, start again (cheaper than an LRU, and the hot replies come back at once).
  if (memo.size >= MEMO_SIZE) memo.clear();
  memo.set(key, reason);
  return reason;
}

function classify(finding: Finding, host: string | undefined, action: string | undefined): string {
  const input: ReasonInput = {
    ...(finding.code !== null ? { code: finding.code } : {}),
    ...(finding.enhanced !== null ? { enhanced: finding.enhanced } : {}),
    ...(finding.text !== null ? { text: finding.text } : {}),
    ...(host !== undefined ? { host } : {}),
    ...(action !== undefined ? { action: action as ReasonInput['action'] } : {}),
  };
  return classifyReason(input).reason;
}

/**
 * Reads findings of one log into records. `reference` is when the log was last written (its
 * modification time, or now): it decides the year of syslog's yearless stamps (see `LogClock`).
 *
 * @example
 * const reader = new LogRecordReader(Date.now());
 * for (const f of scanner.push(line)) console.log(reader.read(f).status);
 */
export class LogRecordReader {
  private readonly clock: LogClock;

  constructor(reference: number) {
    this.clock = new LogClock(reference);
  }

  read(finding: Finding): LogRecord {
    const log = finding.kind === 'postfix' || finding.kind === 'exim' || finding.kind === 'sendmail';
    const header = log ? readLogHeader(finding.source) : null;
    const context = finding.context;
    return {
      time: header?.time ? this.clock.resolve(header.time) : null,
      host: header?.host ?? null,
      queueId: header?.queueId ?? null,
      recipient: context.recipient ?? null,
      domain: domainOf(context.recipient),
      relay: relayOf(context.host),
      status: deliveryStatus(finding),
      mtaStatus: context.status ?? context.action ?? null,
      code: finding.code,
      enhanced: finding.enhanced,
      text: finding.text,
      reason: reasonOf(finding),
      finding,
    };
  }
}
