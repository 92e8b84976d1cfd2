// Recognisers for MTA log lines (and the bounce-text forms that share their wording). Each takes
// one line and returns where the server's reply sits in it, plus the context the MTA logged.
// indexOf and explicit character tests only: linear in the line, no regular expressions.

import { angleAt, enhancedAt, fieldValue, findField, hasReplyCodeAt, skipSpaces, tokenAt, trimSpace } from './chars.js';
import type { FindingContext } from './types.js';

export interface LogMatch {
  kind: 'postfix' | 'exim' | 'sendmail';
  /** The server's reply as logged (maybe flattened onto one line), or null when the line has none. */
  replyText: string | null;
  /** What the MTA said when there is no server reply (`connect to …: Connection refused`, `User unknown`). */
  reason: string | null;
  context: FindingContext;
}

/** Postfix, then Exim, then Sendmail; null when the line is none of them or names no code at all. */
export function matchLogLine(line: string): LogMatch | null {
  return matchPostfix(line) ?? matchExim(line) ?? matchSendmail(line);
}

const SAID = ' said: ';
const REFUSED = ' refused to talk to me: ';
const IN_REPLY_TO = ' (in reply to ';

/**
 * Postfix: `status=bounced (host H said: REPLY (in reply to CMD command))`,
 * `host H refused to talk to me: REPLY`, `status=sent (REPLY)`, `NOQUEUE: reject: RCPT from C: REPLY; from=<…>`,
 * the same `host H said:` wording in Postfix bounce texts, and `dsn=` with a reason and no reply.
 */
export function matchPostfix(line: string): LogMatch | null {
  // Most lines of a mail log name no code (connect, client=, message-id=, removed …): a line
  // without any of these anchors cannot match below, so it is left after five quick searches.
  if (
    line.indexOf('dsn=') < 0 &&
    line.indexOf('status=') < 0 &&
    line.indexOf(SAID) < 0 &&
    line.indexOf(REFUSED) < 0 &&
    line.indexOf('reject: ') < 0
  ) {
    return null;
  }
  const context: FindingContext = {};
  const statusAt = findField(line, 'status');
  let statusParen = -1;
  if (statusAt >= 0) {
    const status = tokenAt(line, statusAt);
    if (status) context.status = status;
    const p = statusAt + status.length;
    if (line.charCodeAt(p) === 32 && line.charCodeAt(p + 1) === 40) statusParen = p + 2;
  }
  const dsn = postfixField(line, 'dsn');
  if (dsn && enhancedAt(dsn, 0)) context.dsn = dsn;
  const to = findField(line, 'to');
  if (to >= 0) {
    const address = angleAt(line, to);
    if (address !== undefined) context.recipient = address;
  }
  const relay = postfixField(line, 'relay');
  if (relay && relay !== 'none') context.host = relay;

  let start = -1;
  let hostEnd = -1;
  const said = line.indexOf(SAID);
  if (said >= 0 && hasReplyCodeAt(line, said + SAID.length)) {
    start = said + SAID.length;
    hostEnd = said;
  } else {
    const refused = line.indexOf(REFUSED);
    if (refused >= 0 && hasReplyCodeAt(line, refused + REFUSED.length)) {
      start = refused + REFUSED.length;
      hostEnd = refused;
    }
  }
  if (hostEnd >= 0) {
    const h = line.lastIndexOf('host ', hostEnd);
    if (h >= 0) context.host = line.slice(h + 5, hostEnd);
  }
  if (start < 0 && statusParen >= 0 && hasReplyCodeAt(line, statusParen)) start = statusParen;
  let rejectEnd = -1;
  if (start < 0) {
    const reject = line.indexOf('reject: ');
    if (reject >= 0) {
      let colon = line.indexOf(': ', reject + 8);
      while (colon >= 0 && !hasReplyCodeAt(line, colon + 2)) colon = line.indexOf(': ', colon + 2);
      if (colon >= 0) {
        start = colon + 2;
        const from = line.lastIndexOf('; from=<');
        if (from > start) rejectEnd = from;
        const cmd = line.slice(reject + 8, line.indexOf(' ', reject + 8));
        if (cmd) context.command = cmd;
        // `RCPT from unknown[198.51.100.7]: …`: the remote side is the client.
        const client = line.indexOf(' from ', reject + 8);
        if (client >= 0 && client < colon) context.host = line.slice(client + 6, colon);
        if (!context.status) context.status = 'reject';
      }
    }
  }

  const isPostfix = start >= 0 || line.indexOf('postfix') >= 0 || (statusAt >= 0 && context.dsn !== undefined);
  if (!isPostfix) return null;

  let replyText: string | null = null;
  let reason: string | null = null;
  if (start >= 0) {
    let end = rejectEnd >= 0 ? rejectEnd : line.length;
    const inReply = line.lastIndexOf(IN_REPLY_TO);
    if (rejectEnd < 0 && inReply > start) {
      end = inReply;
      const close = line.indexOf(' command)', inReply);
      const cmdEnd = close >= 0 ? close : line.indexOf(')', inReply);
      if (cmdEnd > inReply) context.command = line.slice(inReply + IN_REPLY_TO.length, cmdEnd);
    } else if (rejectEnd < 0 && statusParen >= 0 && statusParen <= start) {
      const close = line.lastIndexOf(')');
      if (close > start) end = close;
    }
    replyText = trimSpace(line.slice(start, end));
  } else if (statusParen >= 0) {
    const close = line.lastIndexOf(')');
    reason = trimSpace(line.slice(statusParen, close > statusParen ? close : line.length));
  }
  if (replyText === null && context.dsn === undefined) return null;
  return { kind: 'postfix', replyText, reason, context };
}

/** A Postfix `key=value` up to `,` or SP (`dsn=5.1.1,`, `relay=mx.example.com[192.0.2.1]:25,`). */
function postfixField(line: string, name: string): string | undefined {
  const at = findField(line, name);
  return at < 0 ? undefined : tokenAt(line, at) || undefined;
}

const EXIM_MARKERS = ['SMTP error from remote mail server after ', 'SMTP error from remote mailer after '];

/**
 * Exim: `** addr R=router T=transport H=host [ip]: SMTP error from remote mail server after CMD: REPLY`
 * (`==` for a deferral), Exim's older `… remote mailer after CMD: host H [ip]: REPLY`; Exim writes
 * the lines of a multiline reply with a literal `\n` between them.
 */
export function matchExim(line: string): LogMatch | null {
  let marker = -1;
  let markerLength = 0;
  for (const m of EXIM_MARKERS) {
    marker = line.indexOf(m);
    if (marker >= 0) {
      markerLength = m.length;
      break;
    }
  }
  if (marker < 0) return matchEximDelivery(line);
  const context: FindingContext = {};
  for (const [flag, status] of [
    ['** ', 'failed'],
    ['== ', 'deferred'],
  ] as const) {
    const at = line.startsWith(flag) ? 0 : line.indexOf(` ${flag}`);
    if (at >= 0 && at < marker) {
      const from = at === 0 ? flag.length : at + 1 + flag.length;
      let address = tokenAt(line, from);
      if (address.endsWith(':')) address = address.slice(0, -1);
      if (address) context.recipient = address;
      context.status = status;
      break;
    }
  }
  const h = line.indexOf(' H=');
  if (h >= 0 && h < marker) context.host = eximHost(line, h + 3);

  const after = marker + markerLength;
  let colon = line.indexOf(': ', after);
  if (colon < 0) return null;
  const command = line.slice(after, colon);
  if (command) context.command = command;
  let start = colon + 2;
  if (line.startsWith('host ', start)) {
    const hostColon = line.indexOf(': ', start);
    if (hostColon < 0) return null;
    context.host = line.slice(start + 5, hostColon);
    start = hostColon + 2;
  }
  // A colon inside the command (`MAIL FROM:<a@b> SIZE=1: 550 …` has none before the reply, but be safe).
  while (!hasReplyCodeAt(line, start)) {
    colon = line.indexOf(': ', start);
    if (colon < 0) return null;
    start = colon + 2;
  }
  return { kind: 'exim', replyText: unescapeExim(trimSpace(line.slice(start))), reason: null, context };
}

/** Exim's delivery flags: `=>` delivered, `->` an additional address of the same delivery. */
const EXIM_DELIVERED = [' => ', ' -> '];
const EXIM_CONFIRMATION = ' C="';

/**
 * An Exim delivery with the server's confirmation (log_selector `+smtp_confirmation`):
 * `1rNabc-0001Xy-AB => carol@example.net R=dnslookup T=remote_smtp H=mx.example.net [198.51.100.2] C="250 2.0.0 Ok"`.
 */
function matchEximDelivery(line: string): LogMatch | null {
  const confirmation = line.indexOf(EXIM_CONFIRMATION);
  if (confirmation < 0) return null;
  let flag = -1;
  for (const f of EXIM_DELIVERED) {
    flag = line.indexOf(f);
    if (flag >= 0) break;
  }
  if (flag < 0 || flag > confirmation) return null;
  const start = confirmation + EXIM_CONFIRMATION.length;
  if (!hasReplyCodeAt(line, start)) return null;
  // The value ends at the `"` before the next field (or the line's end); a `"` inside it is kept.
  let end = line.indexOf('" ', start);
  while (end >= 0 && !eximFieldAt(line, end + 2)) end = line.indexOf('" ', end + 1);
  if (end < 0) end = line.endsWith('"') ? line.length - 1 : line.length;
  const context: FindingContext = { status: 'delivered', command: 'end of data' };
  // `=> bob@example.com R=…`, or `=> bob <bob@example.com> R=…` when a router rewrote the address.
  const address = tokenAt(line, flag + 4);
  const original = angleAt(line, flag + 5 + address.length);
  if (original !== undefined) context.recipient = original;
  else if (address) context.recipient = address;
  const h = line.indexOf(' H=', flag);
  if (h >= 0 && h < confirmation) context.host = eximHost(line, h + 3);
  return { kind: 'exim', replyText: unescapeExim(line.slice(start, end)), reason: null, context };
}

/** An Exim `NAME=` field at `i`: upper-case letters, then `=`. */
function eximFieldAt(line: string, i: number): boolean {
  let j = i;
  while (j < line.length && line.charCodeAt(j) >= 65 && line.charCodeAt(j) <= 90) j++;
  return j > i && line.charCodeAt(j) === 61;
}

function eximHost(line: string, start: number): string {
  const token = tokenAt(line, start);
  const rest = start + token.length;
  let host = token.endsWith(':') ? token.slice(0, -1) : token;
  if (line.charCodeAt(rest) === 32 && line.charCodeAt(rest + 1) === 91) {
    const close = line.indexOf(']', rest);
    if (close > 0) host = line.slice(start, close + 1);
  }
  return host;
}

/** Exim logs a multiline reply's line breaks as the two characters `\n`. */
function unescapeExim(text: string): string {
  if (text.indexOf('\\n') < 0) return text;
  let out = '';
  let from = 0;
  let i = text.indexOf('\\n');
  while (i >= 0) {
    out += `${text.slice(from, i)}\n`;
    from = i + 2;
    i = text.indexOf('\\n', from);
  }
  return out + text.slice(from);
}

/**
 * Sendmail: `to=<addr>, … relay=host. [ip], dsn=5.1.1, stat=User unknown`, `stat=Deferred: 451 4.7.1 …`,
 * `reply=550 5.1.1 …` (some versions), and `ruleset=check_rcpt, arg1=<addr>, …, reject=550 5.7.1 …`.
 */
export function matchSendmail(line: string): LogMatch | null {
  // Each form below needs one of these fields (`stat=` is not part of Postfix's `status=`).
  if (line.indexOf('stat=') < 0 && line.indexOf('reject=') < 0 && line.indexOf('reply=') < 0) return null;
  const stat = fieldValue(line, 'stat');
  const reply = fieldValue(line, 'reply');
  const reject = fieldValue(line, 'reject');
  const dsnField = fieldValue(line, 'dsn');
  const looksLikeSendmail =
    stat !== undefined || (reject !== undefined && findField(line, 'ruleset') >= 0) || (reply !== undefined && dsnField !== undefined);
  if (!looksLikeSendmail) return null;
  const context: FindingContext = {};
  const dsn = dsnField?.value;
  if (dsn && enhancedAt(dsn, 0)) context.dsn = dsn;
  const to = findField(line, 'to');
  // `to=<bob@example.com>`, or bare as sendmail logs a local submission: `to=bob@example.com,carol@…`
  // (the first address of such a list stands for the line).
  const address = to >= 0 ? (angleAt(line, to) ?? (tokenAt(line, to) || undefined)) : undefined;
  if (address !== undefined) context.recipient = address;
  else {
    const arg1 = findField(line, 'arg1');
    const a = arg1 >= 0 ? angleAt(line, arg1) : undefined;
    if (a !== undefined) context.recipient = a;
  }
  const relay = fieldValue(line, 'relay');
  if (relay?.value) context.host = relay.value;

  let replyText: string | null = null;
  let reason: string | null = null;
  if (reply && hasReplyCodeAt(reply.value, 0)) replyText = reply.value;
  else if (reject && hasReplyCodeAt(reject.value, 0)) {
    replyText = reject.value;
    context.status = 'reject';
  }
  if (stat) {
    const value = stat.value;
    const colon = value.indexOf(': ');
    const inner = colon >= 0 ? skipSpaces(value, colon + 2) : -1;
    if (hasReplyCodeAt(value, 0)) {
      replyText ??= value;
    } else if (inner >= 0 && hasReplyCodeAt(value, inner)) {
      replyText ??= value.slice(inner);
      context.status = value.slice(0, colon);
    } else {
      context.status = value;
      if (replyText === null) reason = value;
    }
  }
  if (replyText === null && context.dsn === undefined) return null;
  return { kind: 'sendmail', replyText, reason, context };
}
