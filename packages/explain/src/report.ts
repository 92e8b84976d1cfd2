// The tally behind `scan`: counts by code, delivery status, recipient domain and relay host, each
// row with its split by status, its most frequent codes and one sample reply text. One pass,
// bounded memory: each breakdown keeps at most `maxKeys` distinct keys and counts the rest in one
// `other` row, and each row keeps at most `MAX_ROW_CODES` distinct codes.

import { describeEnhanced, describeReply, enMeanings, type MeaningData } from '@smtp-codes/constants';
import { type Severity, severityOf } from '@smtp-codes/parser';
import { severityOfClass } from './explain.js';
import type { DeliveryStatus, LogRecord } from './record.js';
import { FINDING_KINDS, type FindingKind } from './types.js';

/** Version of the `scan --json` shape (`schemaVersion`); raised only for an incompatible change. */
export const REPORT_SCHEMA_VERSION = 1;
/** Default cap on distinct keys per breakdown. */
export const MAX_KEYS = 10_000;
/** Distinct codes kept per row (for its top codes); further ones are counted as other codes. */
export const MAX_ROW_CODES = 32;
/** Sample reply texts are cut to this many characters. */
export const MAX_SAMPLE = 300;

export type Breakdown = 'code' | 'status' | 'reason' | 'domain' | 'relay';
export const BREAKDOWNS: readonly Breakdown[] = ['status', 'reason', 'code', 'domain', 'relay'];

/** Status split of a row: `unknown` counts findings whose line says nothing about delivery. */
export type StatusCounts = Record<DeliveryStatus | 'unknown', number>;

export interface CodeCount {
  code: number | null;
  enhanced: string | null;
  count: number;
}

export interface ReportRow {
  /** The status, code (`550 5.1.1`, `- 4.4.1`), domain or relay; null for "not logged" and for the other row. */
  key: string | null;
  count: number;
  statuses: StatusCounts;
  /** Most frequent codes first (at most `topCodes`). */
  topCodes: CodeCount[];
  /** A reply text of this key: the first one of its most severe class (cut to MAX_SAMPLE characters), or null. */
  sample: string | null;
  /** The row that counts every key past the cap. */
  other?: true;
}

/** A row of `byCode`: its own code needs no top codes. */
export interface CodeReportRow extends Omit<ReportRow, 'topCodes'> {
  code: number | null;
  enhanced: string | null;
  kinds: Partial<Record<FindingKind, number>>;
  title: string | null;
  enhancedTitle: string | null;
  severity: Severity | null;
}

/** A row of `byStatus`. */
export type StatusReportRow = Omit<ReportRow, 'statuses'>;

export interface Report {
  /** Findings with a code that were counted. */
  findings: number;
  /** Findings whose reply could not be parsed (counted too when a code could be read). */
  errors: number;
  kinds: Record<FindingKind, number>;
  byStatus: StatusReportRow[];
  byCode: CodeReportRow[];
  byReason: ReportRow[];
  byDomain: ReportRow[];
  byRelay: ReportRow[];
}

export interface ReportOptions {
  /** Distinct keys per breakdown (default MAX_KEYS). */
  maxKeys?: number;
  /** Codes listed per row (default 3). */
  topCodes?: number;
}

interface Row {
  key: string | null;
  code: number | null;
  enhanced: string | null;
  count: number;
  statuses: StatusCounts;
  codes: Map<string, CodeCount>;
  otherCodes: number;
  kinds: Partial<Record<FindingKind, number>>;
  sample: string | null;
  /** Class digit of the sample's code: a failure's text replaces a success's. */
  sampleClass: number;
}

function newRow(key: string | null, code: number | null = null, enhanced: string | null = null): Row {
  return {
    key,
    code,
    enhanced,
    count: 0,
    statuses: { sent: 0, deferred: 0, bounced: 0, rejected: 0, expired: 0, unknown: 0 },
    codes: new Map(),
    otherCodes: 0,
    kinds: {},
    sample: null,
    sampleClass: -1,
  };
}

class Table {
  readonly rows = new Map<string | null, Row>();
  other: Row | null = null;
  constructor(private readonly maxKeys: number) {}

  row(key: string | null, code?: number | null, enhanced?: string | null): Row {
    let row = this.rows.get(key);
    if (row) return row;
    if (this.rows.size >= this.maxKeys) {
      this.other ??= newRow(null);
      return this.other;
    }
    row = newRow(key, code, enhanced);
    this.rows.set(key, row);
    return row;
  }
}

/** `550 5.1.1`, `- 4.4.1`, `250 -`. */
export function codeKey(code: number | null, enhanced: string | null): string {
  return `${code ?? '-'} ${enhanced ?? '-'}`;
}

/**
 * Counts log records by status, code, domain and relay.
 *
 * @example
 * const report = new LogReport();
 * const reader = new LogRecordReader(Date.now());
 * for (const f of extract(log)) report.add(reader.read(f));
 * report.summary().byDomain[0]
 * //=> {key: 'example.com', count: 3, statuses: {bounced: 2, deferred: 1, …}, topCodes: [{code: 550, enhanced: '5.1.1', count: 2}, …], sample: '…'}
 */
export class LogReport {
  private readonly byStatus: Table;
  private readonly byCode: Table;
  private readonly byReason: Table;
  private readonly byDomain: Table;
  private readonly byRelay: Table;
  private findings = 0;
  private errors = 0;
  private readonly kinds = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  private readonly topCodes: number;

  constructor(options: ReportOptions = {}) {
    const maxKeys = options.maxKeys ?? MAX_KEYS;
    this.byStatus = new Table(maxKeys);
    this.byCode = new Table(maxKeys);
    this.byReason = new Table(maxKeys);
    this.byDomain = new Table(maxKeys);
    this.byRelay = new Table(maxKeys);
    this.topCodes = options.topCodes ?? 3;
  }

  /** Counts one record; a finding with neither code is not counted (its parse error is). */
  add(record: LogRecord): void {
    const f = record.finding;
    if (f.error) this.errors++;
    if (record.code === null && record.enhanced === null) return;
    this.findings++;
    this.kinds[f.kind]++;
    const key = codeKey(record.code, record.enhanced);
    const status = record.status ?? 'unknown';
    // The sample of a row is the first text of the most severe class seen (a row of mostly 250s
    // with one 550 shows the 550): the class is worked out once for the four rows.
    const cls = record.text ? (record.code !== null ? Math.floor(record.code / 100) : record.enhanced!.charCodeAt(0) - 48) : -1;
    const code = this.byCode.row(key, record.code, record.enhanced);
    count(code, record, status, cls);
    const kind = f.kind;
    code.kinds[kind] = (code.kinds[kind] ?? 0) + 1;
    // A status row's own split and a code row's own code say nothing: only the others keep them.
    countCodes(count(this.byStatus.row(status), record, status, cls), record, key);
    countCodes(count(this.byReason.row(record.reason), record, status, cls), record, key);
    countCodes(count(this.byDomain.row(record.domain), record, status, cls), record, key);
    countCodes(count(this.byRelay.row(record.relay), record, status, cls), record, key);
  }

  summary(locale: MeaningData = enMeanings): Report {
    const top = this.topCodes;
    const rows = (table: Table): ReportRow[] => {
      const out = sorted([...table.rows.values()]).map((r) => publicRow(r, top));
      if (table.other) out.push({ ...publicRow(table.other, top), other: true });
      return out;
    };
    // A status row's split by status would only repeat its key.
    const byStatus: StatusReportRow[] = rows(this.byStatus).map(({ statuses: _, ...row }) => row);
    const byCode: CodeReportRow[] = sorted([...this.byCode.rows.values()]).map((r) => {
      const enhanced = r.enhanced === null ? undefined : describeEnhanced(r.enhanced, locale);
      const { topCodes: _, ...row } = publicRow(r, top);
      return {
        ...row,
        code: r.code,
        enhanced: r.enhanced,
        kinds: r.kinds,
        title: r.code === null ? null : (describeReply(r.code, locale)?.title ?? null),
        enhancedTitle: enhanced?.title ?? null,
        severity: r.code !== null ? (severityOf(r.code) ?? null) : severityOfClass(enhanced?.class?.value),
      };
    });
    const other = this.byCode.other;
    if (other) {
      const { topCodes: _, ...row } = publicRow(other, top);
      byCode.push({
        ...row,
        code: null,
        enhanced: null,
        kinds: other.kinds,
        title: null,
        enhancedTitle: null,
        severity: null,
        other: true,
      });
    }
    return {
      findings: this.findings,
      errors: this.errors,
      kinds: { ...this.kinds },
      byStatus,
      byCode,
      byReason: rows(this.byReason),
      byDomain: rows(this.byDomain),
      byRelay: rows(this.byRelay),
    };
  }
}

function count(row: Row, record: LogRecord, status: DeliveryStatus | 'unknown', cls: number): Row {
  row.count++;
  row.statuses[status]++;
  if (cls > row.sampleClass) {
    const text = record.text!;
    row.sample = text.length > MAX_SAMPLE ? `${text.slice(0, MAX_SAMPLE)}…` : text;
    row.sampleClass = cls;
  }
  return row;
}

function countCodes(row: Row, record: LogRecord, key: string): void {
  const c = row.codes.get(key);
  if (c) c.count++;
  else if (row.codes.size >= MAX_ROW_CODES) row.otherCodes++;
  else row.codes.set(key, { code: record.code, enhanced: record.enhanced, count: 1 });
}

/** By count, descending; then by key (null last). */
function sorted(rows: Row[]): Row[] {
  return rows.sort((a, b) => b.count - a.count || compareKeys(a, b));
}

function compareKeys(a: Row, b: Row): number {
  if (a.code !== null || b.code !== null || a.enhanced !== null || b.enhanced !== null) {
    const byCode = (a.code ?? 1000) - (b.code ?? 1000);
    if (byCode !== 0) return byCode;
    return (a.enhanced ?? '').localeCompare(b.enhanced ?? '');
  }
  if (a.key === null) return 1;
  if (b.key === null) return -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

function publicRow(r: Row, top: number): ReportRow {
  const topCodes = [...r.codes.values()]
    .sort((a, b) => b.count - a.count || (a.code ?? 1000) - (b.code ?? 1000) || (a.enhanced ?? '').localeCompare(b.enhanced ?? ''))
    .slice(0, top)
    .map((c) => ({ ...c }));
  return { key: r.key, count: r.count, statuses: { ...r.statuses }, topCodes, sample: r.sample };
}
