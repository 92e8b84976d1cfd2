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
    return instant(this.year, t);
  }
}

const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: DAY, w: 7 * DAY };

/**
 * A `--since`/`--until` value as an instant, or undefined when it is none of:
 * - relative to `now`: `90s`, `30m`, `2h`, `1d`, `1w` (that long ago);
 * - ISO: `2024-01-10`, `2024-01-10T10:00`, `2024-01-10 10:00:08`, with `Z` or `+01:00` (else local time);
 * - syslog: `Nov 23`, `Nov 23 23:19`, `Nov 23 23:19:49` (local time, in the latest year that is not after `now`).
 */
export function parseTimeBound(value: string, now: number): number | undefined {
  const v = value.trim();
  const relative = /^(\d{1,6})([smhdw])$/.exec(v);
  if (relative) return now - Number(relative[1]) * UNITS[relative[2]!]!;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v);
  if (iso) {
    const [, y, mo, d, h = '0', mi = '0', s = '0', frac, zone] = iso;
    const t: LogTime = {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
      millisecond: frac ? Math.floor(Number(`0.${frac}`) * 1000) : 0,
      offset: zone === undefined ? null : zone === 'Z' ? 0 : zoneMinutes(zone),
    };
    return valid(t) ? instant(t.year!, t) : undefined;
  }
  const syslog = /^([A-Z][a-z]{2}) +(\d{1,2})(?: (\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(v);
  if (syslog) {
    const month = monthAt(syslog[1]!, 0);
    if (month === 0) return undefined;
    const t: LogTime = {
      year: null,
      month,
      day: Number(syslog[2]),
      hour: Number(syslog[3] ?? 0),
      minute: Number(syslog[4] ?? 0),
      second: Number(syslog[5] ?? 0),
      millisecond: 0,
      offset: null,
    };
    if (!valid(t)) return undefined;
    const year = new Date(now).getFullYear();
    const at = instant(year, t);
    return at > now ? instant(year - 1, t) : at;
  }
  return undefined;
}

function zoneMinutes(zone: string): number {
  const sign = zone[0] === '-' ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function valid(t: LogTime): boolean {
  return t.month >= 1 && t.month <= 12 && t.day >= 1 && t.day <= 31 && t.hour <= 23 && t.minute <= 59 && t.second <= 60;
}
