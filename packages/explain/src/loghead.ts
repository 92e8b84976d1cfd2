// The start of a mail-log line: when it was logged, by which host, about which queued message.
// Syslog (`Nov 23 23:19:49 mx1 postfix/smtp[123]: 4F1A22C0123: …`, also with an RFC 3339 time)
// and Exim's own log (`2024-01-10 10:00:08 1rNabc-0001Xy-AB => …`). Character tests only.

import { isDigit } from './chars.js';

/** A time as the log wrote it. `year` is null for syslog's yearless stamps. */
export interface LogTime {
  year: number | null;
  /** 1-12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Offset from UTC in minutes when the log wrote one (`+01:00`, `Z`, Exim's `+0100`); null for local time. */
  offset: number | null;
}

export interface LogHeader {
  time: LogTime | null;
  /** The host that logged the line (syslog); null for Exim's own log, which names none. */
  host: string | null;
  /** Postfix/Sendmail queue id, Exim message id, or `NOQUEUE`; null when the line has none. */
  queueId: string | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The month (1-12) of a three-letter English abbreviation at `i`, or 0. */
export function monthAt(s: string, i: number): number {
  const name = s.slice(i, i + 3);
  return MONTHS.indexOf(name) + 1;
}

function digits(s: string, i: number, n: number): number {
  let v = 0;
  for (let k = i; k < i + n; k++) {
    const c = s.charCodeAt(k);
    if (!isDigit(c)) return -1;
    v = v * 10 + c - 48;
  }
  return v;
}

/** `hh:mm:ss` at `i` (then optional `.fraction`); the index after it, or -1. */
function clockAt(s: string, i: number, t: LogTime): number {
  const h = digits(s, i, 2);
  const m = digits(s, i + 3, 2);
  const sec = digits(s, i + 6, 2);
  if (h < 0 || m < 0 || sec < 0 || s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58) return -1;
  if (h > 23 || m > 59 || sec > 60) return -1;
  t.hour = h;
  t.minute = m;
  t.second = sec;
  let j = i + 8;
  if (s.charCodeAt(j) === 46) {
    const from = ++j;
    while (isDigit(s.charCodeAt(j))) j++;
    if (j > from) t.millisecond = Math.floor(Number(`0.${s.slice(from, j)}`) * 1000);
  }
  return j;
}

/** `Z`, `+hh:mm`, `+hhmm` at `i`: sets the offset; the index after it. */
function offsetAt(s: string, i: number, t: LogTime): number {
  const c = s.charCodeAt(i);
  if (c === 90) {
    t.offset = 0;
    return i + 1;
  }
  if (c !== 43 && c !== 45) return i;
  const h = digits(s, i + 1, 2);
  const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
  const m = digits(s, i + 3 + colon, 2);
  if (h < 0 || m < 0) return i;
  t.offset = (c === 45 ? -1 : 1) * (h * 60 + m);
  return i + 5 + colon;
}

/**
 * A syslog stamp `Mmm dd hh:mm:ss` (day space- or zero-padded) or an ISO/RFC 3339 one
 * (`2024-01-10T10:00:08.123+01:00`, Exim's `2024-01-10 10:00:08`, optionally `+0100`) at `i`.
 */
export function timeAt(s: string, i: number): { time: LogTime; end: number } | null {
  const t: LogTime = { year: null, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0, offset: null };
  const month = monthAt(s, i);
  if (month > 0 && s.charCodeAt(i + 3) === 32) {
    let j = i + 4;
    if (s.charCodeAt(j) === 32) j++;
    let day = digits(s, j, 2);
    if (day >= 0) j += 2;
    else {
      day = digits(s, j, 1);
      j += 1;
    }
    if (day < 1 || day > 31 || s.charCodeAt(j) !== 32) return null;
    t.month = month;
    t.day = day;
    const end = clockAt(s, j + 1, t);
    return end < 0 ? null : { time: t, end };
  }
  const year = digits(s, i, 4);
  if (year < 0 || s.charCodeAt(i + 4) !== 45 || s.charCodeAt(i + 7) !== 45) return null;
  const m = digits(s, i + 5, 2);
  const d = digits(s, i + 8, 2);
  const sep = s.charCodeAt(i + 10);
  if (m < 1 || m > 12 || d < 1 || d > 31 || (sep !== 84 && sep !== 32)) return null;
  t.year = year;
  t.month = m;
  t.day = d;
  let end = clockAt(s, i + 11, t);
  if (end < 0) return null;
  if (s.charCodeAt(end) === 32 && (s.charCodeAt(end + 1) === 43 || s.charCodeAt(end + 1) === 45)) {
    const after = offsetAt(s, end + 1, t);
    if (after > end + 1) end = after;
  } else end = offsetAt(s, end, t);
  return { time: t, end };
}

function isQueueIdChar(c: number): boolean {
  return isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** A token of letters and digits (at least 5) ending in `:` at `i`: a Postfix or Sendmail queue id. */
function queueIdAt(s: string, i: number): string | null {
  let j = i;
  while (j < s.length && isQueueIdChar(s.charCodeAt(j))) j++;
  return j - i >= 5 && s.charCodeAt(j) === 58 ? s.slice(i, j) : null;
}

/** Exim's message id at `i`: letters and digits in three `-`-separated parts (`1rNabc-0001Xy-AB`). */
function eximIdAt(s: string, i: number): string | null {
  let j = i;
  let dashes = 0;
  while (j < s.length) {
    const c = s.charCodeAt(j);
    if (c === 45) dashes++;
    else if (!isQueueIdChar(c)) break;
    j++;
  }
  return dashes === 2 && j - i >= 16 && s.charCodeAt(j) === 32 ? s.slice(i, j) : null;
}

/**
 * The time, host and queue id at the start of a log line; every part is null when absent.
 *
 * @example
 * readLogHeader('Jan 10 10:00:01 mx1 postfix/smtp[1234]: 4F1A22C0123: to=<bob@example.com>, …')
 * //=> {time: {year: null, month: 1, day: 10, hour: 10, …}, host: 'mx1', queueId: '4F1A22C0123'}
 */
export function readLogHeader(line: string): LogHeader {
  const stamp = timeAt(line, 0);
  if (!stamp) return { time: null, host: null, queueId: null };
  let i = stamp.end;
  if (line.charCodeAt(i) !== 32) return { time: stamp.time, host: null, queueId: null };
  i++;
  if (stamp.time.year !== null && line.charCodeAt(10) === 32) {
    // Exim: `2024-01-10 10:00:08 [pid] ID …`, no host.
    if (line.charCodeAt(i) === 91) {
      const close = line.indexOf('] ', i);
      if (close > 0) i = close + 2;
    }
    return { time: stamp.time, host: null, queueId: eximIdAt(line, i) };
  }
  // Syslog: `host program[pid]: QUEUEID: …`.
  const hostEnd = line.indexOf(' ', i);
  if (hostEnd < 0) return { time: stamp.time, host: null, queueId: null };
  const host = line.slice(i, hostEnd);
  const tag = line.indexOf(': ', hostEnd + 1);
  if (tag < 0) return { time: stamp.time, host, queueId: null };
  const at = tag + 2;
  const queueId = line.startsWith('NOQUEUE:', at) ? 'NOQUEUE' : queueIdAt(line, at);
  return { time: stamp.time, host, queueId };
}
