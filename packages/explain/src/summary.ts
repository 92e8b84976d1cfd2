// Counting findings by code, for `scan`: memory grows with the number of distinct codes only,
// and that is capped.

import { describeEnhanced, describeReply, enMeanings, type MeaningData } from '@smtp-codes/constants';
import { type Severity, severityOf } from '@smtp-codes/parser';
import { severityOfClass } from './explain.js';
import { FINDING_KINDS, type Finding, type FindingKind } from './types.js';

/** Distinct (code, enhanced) pairs kept; further pairs are counted in one `other` row. */
export const MAX_ROWS = 10_000;

export interface SummaryRow {
  /** Basic reply code, or null (an enhanced code alone: DSN Status, Sendmail `dsn=` …). */
  code: number | null;
  /** Enhanced status code, or null. */
  enhanced: string | null;
  count: number;
  /** How many of them came from each kind of source. */
  kinds: Partial<Record<FindingKind, number>>;
  /** Title of the basic code in the chosen language, or null. */
  title: string | null;
  /** Title of the enhanced code (or of its subject/class fall-back), or null. */
  enhancedTitle: string | null;
  severity: Severity | null;
  /** True for the row that counts everything past MAX_ROWS distinct pairs. */
  other?: true;
}

export interface ScanSummary {
  /** Findings with a code. */
  findings: number;
  /** Findings whose reply could not be parsed (they are counted in `codes` too when a code could be read). */
  errors: number;
  kinds: Record<FindingKind, number>;
  /** Sorted by count, descending; then by code. */
  codes: SummaryRow[];
}

interface Row {
  code: number | null;
  enhanced: string | null;
  count: number;
  kinds: Partial<Record<FindingKind, number>>;
}

/**
 * Counts findings by basic and enhanced code.
 *
 * @example
 * const tally = new CodeTally();
 * for (const f of extract(log)) tally.add(f);
 * tally.summary().codes[0]
 * //=> {code: 550, enhanced: '5.1.1', count: 3, …}
 */
export class CodeTally {
  private readonly rows = new Map<string, Row>();
  private other: Row | null = null;
  private findings = 0;
  private errors = 0;
  private readonly kinds = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;

  add(finding: Finding): void {
    if (finding.error) this.errors++;
    if (finding.code === null && finding.enhanced === null) return;
    this.findings++;
    this.kinds[finding.kind]++;
    const key = `${finding.code ?? '-'} ${finding.enhanced ?? '-'}`;
    let row = this.rows.get(key);
    if (!row) {
      if (this.rows.size >= MAX_ROWS) {
        this.other ??= { code: null, enhanced: null, count: 0, kinds: {} };
        row = this.other;
      } else {
        row = { code: finding.code, enhanced: finding.enhanced, count: 0, kinds: {} };
        this.rows.set(key, row);
      }
    }
    row.count++;
    row.kinds[finding.kind] = (row.kinds[finding.kind] ?? 0) + 1;
  }

  summary(locale: MeaningData = enMeanings): ScanSummary {
    const codes: SummaryRow[] = [...this.rows.values()]
      .sort((a, b) => b.count - a.count || (a.code ?? 1000) - (b.code ?? 1000) || (a.enhanced ?? '').localeCompare(b.enhanced ?? ''))
      .map((row) => {
        const enhanced = row.enhanced === null ? undefined : describeEnhanced(row.enhanced, locale);
        const severity = row.code !== null ? (severityOf(row.code) ?? null) : severityOfClass(enhanced?.class?.value);
        return {
          code: row.code,
          enhanced: row.enhanced,
          count: row.count,
          kinds: row.kinds,
          title: row.code === null ? null : (describeReply(row.code, locale)?.title ?? null),
          enhancedTitle: enhanced?.title ?? null,
          severity,
        };
      });
    if (this.other) codes.push({ ...this.other, title: null, enhancedTitle: null, severity: null, other: true });
    return { findings: this.findings, errors: this.errors, kinds: { ...this.kinds }, codes };
  }
}
