// The human-readable part of a notice, read per recipient: which addresses it names, what the
// remote server said about each (`host H said:`, `Remote host said:`, `<<< …`, `SMTP error from
// remote mail server after …:`, `returned was:`, `failed with:`, `host H [ip]: 550 …`,
// `addr: 550 …`), and what the reporting MTA said itself (qmail's `(#5.1.1)`, Sendmail's own
// `550 5.1.1 addr... User unknown`). The returned copy is cut off first.

import type { ParseMode } from '@smtp-codes/parser';
import { enhancedAt, hasReplyCodeAt, lowerKeepingIndexes, skipSpaces, trimSpace } from '../chars.js';
import { matchExim, matchPostfix } from '../logs.js';
import { codeFinding, embeddedFinding } from '../scanner.js';
import type { Finding, FindingContext } from '../types.js';
import { copyHeaders, copyStart } from './copy.js';
import { type Statement, statements } from './statements.js';
import { addressAfter, asAddress, firstToken, sameAddress, splitLines } from './text.js';

/** How much a claim is worth: the remote server's words, the MTA's status code, the MTA's own summary. */
export type ClaimRank = 'remote' | 'status' | 'summary';

export interface Claim {
  rank: ClaimRank;
  /** The recipient it is about, or null when the text did not say. */
  recipient: string | null;
  /** Read when first asked for (most claims repeat a DSN field that is read anyway). */
  readonly finding: Finding;
  /** Whether its text carries an enhanced code, known without parsing it. */
  hasEnhanced: boolean;
  host: string | null;
  command: string | null;
}

export interface NoticeText {
  claims: Claim[];
  /** Addresses the text names as recipients, in order, each once. */
  recipients: string[];
  /** Recipients the text says were relayed to a server without DSN. */
  relayed: string[];
  /** The text before the returned copy. */
  before: string;
  /** The returned copy's header block when the text quotes it, or null. */
  copyHeaders: string | null;
}

/** Recipients read from one text; more are not tracked (their claims stay unattributed). */
const MAX_RECIPIENTS = 10_000;

/** Wordings after which the remote server's reply follows (lower case). */
const REMOTE_MARKERS = [
  ' said:',
  'refused to talk to me:',
  'returned was:',
  'server was:',
  'failed with:',
  'error was:',
  'response was:',
  'remote server returned',
  'server returned',
  'responded:',
  'replied:',
  'server response:',
  'server reply:',
  'smtp error:',
  'reported error:',
];

const EXIM_MARKERS = ['smtp error from remote mail server after ', 'smtp error from remote mailer after '];

/** Wordings that name the recipient right after them (lower case). */
const RECIPIENT_LEADS = [
  'delivered to ',
  'message to ',
  'delivery to ',
  'deliver your message to ',
  'deliver to ',
  'recipient address: ',
  'original-recipient: ',
  'final-recipient: ',
];

export function readNoticeText(text: string, mode: ParseMode): NoticeText {
  const lines = splitLines(text);
  const cut = copyStart(lines);
  const reader = new TextReader(mode);
  const list = statements(lines, cut);
  for (let i = 0; i < list.length; i++) i = reader.statement(list, i);
  return {
    claims: reader.claims,
    recipients: reader.recipients,
    relayed: reader.relayed,
    before: cut === lines.length ? text : lines.slice(0, cut).join('\n'),
    copyHeaders: cut < lines.length ? copyHeaders(lines, cut) : null,
  };
}

class TextReader {
  readonly claims: Claim[] = [];
  readonly recipients: string[] = [];
  readonly relayed: string[] = [];
  /** Lower-case recipients seen, for a constant-time check. */
  private readonly seen = new Set<string>();
  private current: string | null = null;
  private host: string | null = null;
  private command: string | null = null;

  constructor(private readonly mode: ParseMode) {}

  /** Reads statement `i` (and any it pulls in); returns the index of the last one used. */
  statement(list: Statement[], i: number): number {
    const st = list[i]!;
    const s = st.text;
    // Prose without a digit or an address, not ending in a colon, says nothing this reader uses.
    if (!mayMatter(s)) return i;
    const lower = lowerKeepingIndexes(s);

    if (s.startsWith('>>>')) {
      this.command = commandOf(trimSpace(s.slice(3)));
      const rcpt = lower.indexOf('rcpt to:');
      if (rcpt >= 0) {
        const a = addressAfter(s.slice(rcpt + 8), 0);
        if (a) this.announce(a.address);
      }
      return i;
    }
    if (s.startsWith('<<<')) return this.transcript(list, i);
    if (lower.startsWith('... while talking to ')) {
      let h = trimSpace(s.slice(21));
      if (h.endsWith(':')) h = h.slice(0, -1);
      this.host = h || null;
      // A new session: until a RCPT TO or the reply names one, the recipient is not known.
      this.current = null;
      return i;
    }

    // qmail names the remote host on its own line before `Remote host said:`.
    if (lower.endsWith(' does not like recipient.') || lower.endsWith(' failed after i sent the message.')) {
      this.host = firstToken(s).token;
      return i;
    }
    if (lower.startsWith('connected to ') && lower.indexOf(' but ') > 0) {
      this.host = firstToken(s, 13).token;
      return i;
    }
    // Domino: `because:` and the MTA's reason on the lines after it.
    if (lower === 'because:' && i + 1 < list.length) {
      const next = list[i + 1]!;
      this.claim('summary', codeFinding(next.line, next.text, null, null, next.text));
      return i + 1;
    }

    const rest = this.recipientOf(s, lower);
    if (lower.indexOf('relayed to non-dsn-aware') >= 0 || lower.indexOf('relayed to non dsn-aware') >= 0) {
      if (this.current) this.relayed.push(lowerKeepingIndexes(this.current));
    }

    // The remote server's words.
    const exim = EXIM_MARKERS.some((m) => lower.indexOf(m) >= 0);
    if (exim) {
      const m = matchExim(s);
      const host = hostBefore(s, lower.indexOf('smtp error from remote'));
      if (m?.replyText) {
        this.remote(st, s, m.replyText, m.context.host ?? host, m.context.command ?? null);
        return i;
      }
      const after = lower.indexOf(' after ', lower.indexOf('smtp error from remote'));
      const colon = s.lastIndexOf(':');
      const command = after >= 0 && colon > after ? trimSpace(s.slice(after + 7, colon)) : null;
      return this.pending(list, i, host, command);
    }
    for (const marker of REMOTE_MARKERS) {
      const at = lower.indexOf(marker);
      if (at < 0) continue;
      const start = replyStart(s, at + marker.length);
      if (start === 'end') return this.pending(list, i, hostBefore(s, at), null);
      if (start < 0) continue;
      let reply = replyEnd(s, start);
      let host = hostBefore(s, at);
      let command = postfixCommand(s);
      if (marker === ' said:' || marker === 'refused to talk to me:') {
        const p = matchPostfix(s);
        if (p?.replyText) {
          reply = p.replyText;
          if (p.context.host && p.context.host.indexOf(' ') < 0) host = p.context.host;
          command = p.context.command ?? command;
        }
      }
      const more = marker === ' said:' && st.lines.length === 1 ? continuation(list, i) : [];
      const text = [reply, ...more.map((m) => m.text)].join(more.length > 0 && hasReplyCodeAt(more[0]!.text, 0) ? '\n' : ' ');
      this.remote(st, s, text, host ?? this.host, command);
      return i + more.length;
    }
    // `<mx1.example.com #5.1.1 smtp;550 5.1.1 User unknown>` (Exchange 2003-2010).
    const smtp = lower.indexOf(' smtp;');
    if (smtp >= 0) {
      const start = replyStart(s, smtp + 6);
      if (typeof start === 'number' && start >= 0) {
        const lt = s.lastIndexOf('<', smtp);
        const host = lt >= 0 ? firstToken(s, lt + 1).token : '';
        this.remote(st, s, replyEnd(s, start), host.indexOf('.') > 0 && host.indexOf('@') < 0 ? host : null, null);
        return i;
      }
    }
    // `#550 5.1.1 RESOLVER.ADR.RecipNotFound; not found ##` (Exchange 2007-2010, the recipient's server).
    if (s.charCodeAt(0) === 35 && hasReplyCodeAt(s, 1)) {
      let end = s.length;
      while (end > 1 && (s.charCodeAt(end - 1) === 35 || s.charCodeAt(end - 1) === 32)) end--;
      this.remote(st, s, s.slice(1, end), this.host, null);
      return i;
    }
    // `host mx.example.com [192.0.2.1]: 550 …` (Exim), `bob@example.com: 550 …` (OpenSMTPD).
    const hostReply = hostColonReply(s, lower);
    if (hostReply) {
      this.remote(st, s, trimSpace(s.slice(hostReply.start)), hostReply.host, null);
      return i;
    }
    if (rest?.colon && hasReplyCodeAt(s, rest.start) && s.length > rest.start + 4) {
      this.remote(st, s, trimSpace(s.slice(rest.start)), null, null);
      return i;
    }

    // The reporting MTA's own words.
    const hash = lower.indexOf('(#');
    if (hash >= 0) {
      const token = enhancedAt(s, hash + 2);
      if (token && s.charCodeAt(token.end) === 41) {
        this.claim('status', codeFinding(st.line, s, null, token.code, trimSpace(s.slice(0, hash)) || null));
        return i;
      }
    }
    const reason = lower.indexOf('(reason: ');
    if (reason >= 0 && hasReplyCodeAt(s, reason + 9)) {
      const close = s.lastIndexOf(')');
      this.summary(st, s.slice(reason + 9, close > reason ? close : s.length));
      return i;
    }
    const deferred = lower.indexOf('deferred: ');
    if (deferred >= 0 && hasReplyCodeAt(s, deferred + 10)) {
      this.summary(st, s.slice(deferred + 10));
      return i;
    }
    if (hasReplyCodeAt(s, 0) && s.length > 4 && st.lines.length === 1) {
      this.summary(st, s);
      return i;
    }
    return i;
  }

  /** Recipient named at the start of `s` or after a lead wording; returns where the rest starts. */
  private recipientOf(s: string, lower: string): { start: number; colon: boolean } | null {
    const { token, end } = firstToken(s);
    const address = asAddress(token);
    if (address) {
      this.announce(address);
      return { start: skipSpaces(s, end), colon: token.endsWith(':') };
    }
    for (const lead of RECIPIENT_LEADS) {
      const at = lower.indexOf(lead);
      if (at < 0) continue;
      const next = firstToken(s, at + lead.length);
      const a = asAddress(stripQuotes(next.token));
      if (a) {
        this.announce(a);
        return null;
      }
    }
    return null;
  }

  private announce(address: string): void {
    this.current = address;
    const key = lowerKeepingIndexes(address);
    if (!this.seen.has(key) && this.recipients.length < MAX_RECIPIENTS) {
      this.seen.add(key);
      this.recipients.push(address);
    }
  }

  /** `<<<` reply lines (Sendmail, Courier): one run is one reply. */
  private transcript(list: Statement[], i: number): number {
    const parts: string[] = [];
    let j = i;
    while (j < list.length && list[j]!.text.startsWith('<<<') && (j === i || list[j]!.blankBefore === 0)) {
      for (const l of list[j]!.lines) parts.push(trimSpace(l.startsWith('<<<') ? l.slice(3) : l));
      j++;
      // A final reply line (`NNN ` or a code alone) ends the reply.
      const last = parts[parts.length - 1]!;
      if (!(hasReplyCodeAt(last, 0) && last.charCodeAt(3) === 45)) break;
    }
    const st = list[i]!;
    this.remote(st, parts.join('\n'), parts.join('\n'), this.host, this.command);
    return j - 1;
  }

  /** A marker ended the statement: the reply is in the statements right after it. */
  private pending(list: Statement[], i: number, host: string | null, command: string | null): number {
    const parts: string[] = [];
    let j = i + 1;
    while (j < list.length && parts.length < 200) {
      const next = list[j]!;
      const start = replyStart(next.text, 0);
      if (typeof start !== 'number' || start < 0 || (parts.length > 0 && next.blankBefore > 0) || next.blankBefore > 2) break;
      parts.push(replyEnd(next.text, start));
      j++;
    }
    if (parts.length === 0) return i;
    const st = list[i + 1]!;
    this.remote(st, parts.join(' '), parts.join(' '), host, command);
    return j - 1;
  }

  private remote(st: Statement, source: string, replyText: string, host: string | null, command: string | null): void {
    const recipient = this.namedIn(replyText) ?? this.current ?? this.byDomain(host);
    if (recipient) this.current = recipient;
    const context: FindingContext = {};
    if (recipient) context.recipient = recipient;
    if (host) context.host = host;
    if (command) context.command = command;
    // Parsed when first asked for: most remote claims repeat a DSN field that is read anyway.
    const mode = this.mode;
    let finding: Finding | undefined;
    this.claims.push({
      rank: 'remote',
      recipient,
      host,
      command,
      hasEnhanced: carriesEnhanced(replyText),
      get finding() {
        finding ??= embeddedFinding('reply', st.line, source, replyText, context, mode);
        return finding;
      },
    });
  }

  private summary(st: Statement, replyText: string): void {
    const text = trimSpace(replyText);
    const context: FindingContext = this.current ? { recipient: this.current } : {};
    const mode = this.mode;
    let finding: Finding | undefined;
    this.claims.push({
      rank: 'summary',
      recipient: this.current,
      host: null,
      command: null,
      hasEnhanced: carriesEnhanced(text),
      get finding() {
        finding ??= embeddedFinding('reply', st.line, text, text, context, mode);
        return finding;
      },
    });
  }

  private claim(rank: ClaimRank, finding: Finding): void {
    const recipient = this.current;
    if (recipient) finding.context = { ...finding.context, recipient };
    this.claims.push({ rank, recipient, finding, hasEnhanced: finding.enhanced !== null, host: null, command: null });
  }

  /** The one known recipient whose domain the host name ends with (`mx.example.net` → `bob@example.net`). */
  private byDomain(host: string | null): string | null {
    if (!host) return null;
    let h = lowerKeepingIndexes(firstToken(host).token);
    if (h.endsWith('.')) h = h.slice(0, -1);
    if (this.recipients.length > 1000) return null;
    const matches = this.recipients.filter((r) => {
      const domain = lowerKeepingIndexes(r.slice(r.lastIndexOf('@') + 1));
      return h === domain || h.endsWith(`.${domain}`);
    });
    return matches.length === 1 ? matches[0]! : null;
  }

  /** A known recipient that the reply names in angle brackets (`<bob@example.com>: …`). */
  private namedIn(reply: string): string | null {
    if (this.recipients.length < 2) return null;
    let lt = reply.indexOf('<');
    while (lt >= 0) {
      const gt = reply.indexOf('>', lt);
      if (gt < 0) break;
      const inner = reply.slice(lt + 1, gt);
      if (this.seen.has(lowerKeepingIndexes(inner))) return this.recipients.find((r) => sameAddress(r, inner)) ?? null;
      lt = reply.indexOf('<', gt);
    }
    return null;
  }
}

/** `550 5.1.1 …` or `550-5.1.1 …`: an enhanced code right after the reply code. */
function carriesEnhanced(reply: string): boolean {
  return hasReplyCodeAt(reply, 0) && enhancedAt(reply, skipSpaces(reply, 4)) !== undefined;
}

/** True when `s` has a digit or an `@`, is a transcript line, or ends with `:` (a marker whose reply follows). */
function mayMatter(s: string): boolean {
  // `>>> DATA`, `<<< …`, `... while talking to …`, and a marker ending the line.
  const first = s.charCodeAt(0);
  if (first === 62 || first === 60 || first === 46 || s.charCodeAt(s.length - 1) === 58) return true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 48 && c <= 57) || c === 64) return true;
  }
  return false;
}

/** Lines that end a qmail-style reply quoted over several lines (lower case). */
const REPLY_STOPS = ['giving up on ', "i'm not going to try again", 'remote host said:', '--- '];

/**
 * The statements right after a one-line `Remote host said: …` that still belong to the reply:
 * no blank line between, not an address line, not qmail's own next line.
 */
function continuation(list: readonly Statement[], i: number): Statement[] {
  const out: Statement[] = [];
  for (let j = i + 1; j < list.length && out.length < 50; j++) {
    const next = list[j]!;
    if (next.blankBefore > 0) break;
    const lower = lowerKeepingIndexes(next.text);
    if (REPLY_STOPS.some((w) => lower.startsWith(w))) break;
    if (asAddress(firstToken(next.text).token)) break;
    out.push(next);
  }
  return out;
}

/**
 * Where a reply starts after a marker at `i`: after blanks, quotes, `<`, `#`, and an Exchange
 * `#5.1.1 smtp;` or a `smtp;` type; -1 when no reply code is there, 'end' when the text ends.
 */
function replyStart(s: string, i: number): number | 'end' {
  let j = skipSpaces(s, i);
  if (j >= s.length) return 'end';
  for (let k = 0; k < 3; k++) {
    const c = s.charCodeAt(j);
    if (c === 39 || c === 34 || c === 60 || c === 35 || c === 91) j = skipSpaces(s, j + 1);
  }
  if (hasReplyCodeAt(s, j)) return j;
  // `< #5.1.1 smtp;550 5.1.1 User unknown>` (Exchange), `smtp; 550 …`.
  const semi = lowerKeepingIndexes(s.slice(j, j + 24)).indexOf('smtp;');
  if (semi >= 0) {
    const k = skipSpaces(s, j + semi + 5);
    if (hasReplyCodeAt(s, k)) return k;
  }
  return -1;
}

/** The reply from `start`: up to a closing quote or `>` that opened before it, or Postfix's `(in reply to …)`. */
function replyEnd(s: string, start: number): string {
  let end = s.length;
  const inReply = s.lastIndexOf(' (in reply to ');
  if (inReply > start) end = inReply;
  const before = start > 0 ? s.charCodeAt(skipBack(s, start - 1)) : 0;
  if (before === 39 || before === 34) {
    const close = s.lastIndexOf(String.fromCharCode(before), end - 1);
    if (close > start) end = close;
  } else if (s.slice(Math.max(0, start - 12), start).indexOf('<') >= 0) {
    const close = s.lastIndexOf('>', end - 1);
    if (close > start && close >= end - 12) end = close;
  }
  const reply = trimSpace(s.slice(start, end));
  // `<… smtp;550 5.1.1 User unknown>`: the bracket closes around the reply, it is not part of it.
  return reply.endsWith('>') && reply.indexOf('<') < 0 ? trimSpace(reply.slice(0, -1)) : reply;
}

function skipBack(s: string, i: number): number {
  while (i > 0 && (s.charCodeAt(i) === 32 || s.charCodeAt(i) === 9)) i--;
  return i;
}

/** Postfix's `(in reply to RCPT TO command)`, or null. */
function postfixCommand(s: string): string | null {
  const at = s.lastIndexOf(' (in reply to ');
  if (at < 0) return null;
  const close = s.indexOf(' command)', at);
  return close > at ? s.slice(at + 14, close) : null;
}

/** `host NAME [IP]` or `host NAME[IP]` before `end` (the nearest), or null. */
function hostBefore(s: string, end: number): string | null {
  if (end <= 0) return null;
  const at = s.lastIndexOf('host ', end);
  if (at < 0 || (at > 0 && s.charCodeAt(at - 1) !== 32)) return null;
  const name = firstToken(s, at + 5);
  if (!name.token || name.end > end + 1) return null;
  let host = name.token;
  if (host.endsWith(':')) host = host.slice(0, -1);
  if (host.toLowerCase() === 'said:' || host === 'said') return null;
  const j = skipSpaces(s, name.end);
  if (s.charCodeAt(j) === 91) {
    const close = s.indexOf(']', j);
    if (close > j && close < end + 1) host = `${host} ${s.slice(j, close + 1)}`;
  }
  return host;
}

/** `host NAME [IP]: REPLY`: where the reply starts and the host. */
function hostColonReply(s: string, lower: string): { start: number; host: string } | undefined {
  let at = lower.indexOf('host ');
  while (at >= 0) {
    if (at === 0 || s.charCodeAt(at - 1) === 32) {
      const close = s.indexOf(']: ', at);
      const colon = s.indexOf(': ', at);
      if (close > at && close + 1 === colon && hasReplyCodeAt(s, close + 3)) {
        return { start: close + 3, host: trimSpace(s.slice(at + 5, close + 1)) };
      }
    }
    at = lower.indexOf('host ', at + 5);
  }
  return undefined;
}

/** `RCPT To:<bob@example.com>` → `RCPT TO`; `.` → `end of DATA`; `DATA` → `DATA`. */
function commandOf(text: string): string | null {
  if (text === '.') return 'end of DATA';
  const colon = text.indexOf(':');
  const verb = trimSpace(colon >= 0 ? text.slice(0, colon) : firstToken(text).token);
  return verb ? verb.toUpperCase() : null;
}

function stripQuotes(token: string): string {
  let t = token;
  while (t.length > 0 && (t.charCodeAt(0) === 34 || t.charCodeAt(0) === 39 || t.charCodeAt(0) === 40)) t = t.slice(1);
  return t;
}
