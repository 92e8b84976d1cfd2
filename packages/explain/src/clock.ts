// Times in a log as instants, and the bounds of a time window (`--since`, `--until`).
//
// A syslog stamp has no year. The reader takes the year that puts the first stamp at or before a
// reference time (the file's modification time, or now for standard input) plus one day of slack;
// after that, the month going backwards (December to January) means the year rolled over. Stamps
// without an offset are local time; ISO stamps with one (`Z`, `+01:00`) are exact.

import type { LogTime } from './loghead.js';
import { monthAt } from './loghead.js';

const DAY = 86_400_000;

function instant(year: number, t: LogTime): number {
  if (t.offset !== null) {
    return Date.UTC(year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond) - t.offset * 60_000;
  }
  return new Date(year, t.month - 1, t.day, t.hour, t.minute, t.second, t.millisecond).getTime();
}

/** The latest year for which month/day/time is not after `reference` + one day. */
function yearNotAfter(t: LogTime, reference: number): number {
  const year = new Date(reference).getFullYear();
  return instant(year, t) > reference + DAY ? year - 1 : year;
}

/**
 * Turns the stamps of one log, read in order, into instants (milliseconds since the epoch).
 *
 * @example
 * const clock = new LogClock(Date.parse('2025-01-01T06:00:00Z'));
 * clock.resolve(readLogHeader('Dec 31 23:59:59 mx postfix/smtp[1]: …').time) // 2024-12-31
 * clock.resolve(readLogHeader('Jan  1 00:00:01 mx postfix/smtp[1]: …').time) // 2025-01-01
 */
export class LogClock {
  private year: number | null = null;
  private lastMonth = 0;
  /** The instant of the last hour resolved: stamps come in order, so most share it. */
  private hourKey = -1;
  private hourStart = 0;

  /** `reference`: when the log was last written (its modification time), in ms since the epoch. */
  constructor(private readonly reference: number) {}

  resolve(t: LogTime): number {
    if (t.year !== null) return instant(t.year, t);
    if (this.year === null) this.year = yearNotAfter(t, this.reference);
    // December to January: a drop of more than six months is a new year. A jump of more than six
    // months forward (January back to December) is a line logged out of order across the turn of
    // the year: it belongs to the year before, and the log goes on in the new one.
    else if (t.month < this.lastMonth - 6) this.year++;
    else if (t.month > this.lastMonth + 6) return instant(this.year - 1, t);
    this.lastMonth = t.month;
    const key = ((this.year * 16 + t.month) * 32 + t.day) * 24 + t.hour;
    if (key !== this.hourKey) {
      this.hourKey = key;
      this.hourStart = instant(this.year, { ...t, minute: 0, second: 0, millisecond: 0 });
    }
    return this.hourStart + t.minute * 60_000 + t.second * 1000 + t.millisecond;
  }
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: DAY, w: 7 * DAY };

/**
 * A `--since`/`--until` value as an instant, or undefined when it is none of:
 * - relative to `now`: `90s`, `30m`, `2h`, `1d`, `1w` (that long ago);
 * - ISO: `2024-01-10`, `2024-01-10T10:00`, `2024-01-10 10:00:08`, with `Z` or `+01:00` (else local time);
 * - syslog: `Nov 23`, `Nov 23 23:19`, `Nov 23 23:19:49` (local time, in the latest year that is not after `now`).
 * Character tests only, like the log readers.
 */
export function parseTimeBound(value: string, now: number): number | undefined {
  const v = value.trim();
  if (v.length === 0) return undefined;
  const unit = UNITS[v.charAt(v.length - 1)];
  if (unit !== undefined && v.length >= 2 && v.length <= 7 && allDigits(v, 0, v.length - 1)) return now - Number(v.slice(0, -1)) * unit;
  const t: LogTime = { year: null, month: 0, day: 0, hour: 0, minute: 0, second: 0, millisecond: 0, offset: null };
  let i: number;
  if (v.length >= 10 && allDigits(v, 0, 4) && v[4] === '-' && allDigits(v, 5, 7) && v[7] === '-' && allDigits(v, 8, 10)) {
    t.year = Number(v.slice(0, 4));
    t.month = Number(v.slice(5, 7));
    t.day = Number(v.slice(8, 10));
    i = 10;
  } else {
    t.month = monthAt(v, 0);
    if (t.month === 0 || v[3] !== ' ') return undefined;
    i = 4;
    while (v[i] === ' ') i++;
    const from = i;
    while (i < v.length && i - from < 2 && isDigitAt(v, i)) i++;
    if (i === from) return undefined;
    t.day = Number(v.slice(from, i));
  }
  if (i < v.length) {
    // The time of day: `T` or SP, then hh:mm, optionally :ss and .fraction.
    if ((v[i] !== 'T' || t.year === null) && v[i] !== ' ') return undefined;
    if (!allDigits(v, i + 1, i + 3) || v[i + 3] !== ':' || !allDigits(v, i + 4, i + 6)) return undefined;
    t.hour = Number(v.slice(i + 1, i + 3));
    t.minute = Number(v.slice(i + 4, i + 6));
    i += 6;
    if (v[i] === ':') {
      if (!allDigits(v, i + 1, i + 3)) return undefined;
      t.second = Number(v.slice(i + 1, i + 3));
      i += 3;
      if (v[i] === '.' && t.year !== null) {
        const from = ++i;
        while (isDigitAt(v, i)) i++;
        if (i === from) return undefined;
        t.millisecond = Math.floor(Number(`0.${v.slice(from, i)}`) * 1000);
      }
    }
  }
  if (i < v.length && t.year !== null) i = zoneAt(v, i, t);
  if (i !== v.length || !valid(t)) return undefined;
  if (t.year !== null) return instant(t.year, t);
  const year = new Date(now).getFullYear();
  const at = instant(year, t);
  return at > now ? instant(year - 1, t) : at;
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c >= 48 && c <= 57;
}

function allDigits(s: string, from: number, to: number): boolean {
  if (to > s.length || to <= from) return false;
  for (let i = from; i < to; i++) if (!isDigitAt(s, i)) return false;
  return true;
}

/** `Z`, `+hh:mm` or `+hhmm` at `i`: sets the offset and returns the index after it, or -1. */
function zoneAt(s: string, i: number, t: LogTime): number {
  if (s[i] === 'Z') {
    t.offset = 0;
    return i + 1;
  }
  if (s[i] !== '+' && s[i] !== '-') return -1;
  const colon = s[i + 3] === ':' ? 1 : 0;
  if (!allDigits(s, i + 1, i + 3) || !allDigits(s, i + 3 + colon, i + 5 + colon)) return -1;
  const minutes = Number(s.slice(i + 1, i + 3)) * 60 + Number(s.slice(i + 3 + colon, i + 5 + colon));
  t.offset = s[i] === '-' ? -minutes : minutes;
  return i + 5 + colon;
}

function valid(t: LogTime): boolean {
  return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 && t.hour <= 23 && t.minute <= 59 && t.second <= 60;
}
