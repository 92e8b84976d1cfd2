// What the page shows for a text, as plain data: the findings of the extraction of @smtp-codes/explain, explained
// and laid out by `@smtp-codes/explain`, plus what only the page needs (the summary line, the
// offending input line of a parse error, the strict verdict). Pure, so vitest checks it in Node.
import {
  type ExplainLanguage,
  type ExplanationLayout,
  explainFinding,
  extract,
  type Finding,
  isBidiControl,
  layoutExplanation,
} from '@smtp-codes/explain';

/** The page's own strings, read from the data-* attributes of #explain-summary. */
export interface PageStrings {
  copied: string;
  copyFailed: string;
  tooLong: string;
  empty: string;
  asReceived: string;
  /** Added to the summary when not every finding is shown: `{shown}`. */
  shownFirst: string;
  /** The last row of a list cut short: `{n}` lines left out. */
  moreLines: string;
  offendingLine: string;
  strictAccepted: string;
  strictRejected: string;
  count: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** Link to a reply code's page in the reference: `codes/{code}.html`. */
  replyHref: string;
  /** Link to an enhanced code's page: `codes/X.{subject}.{detail}.html`. */
  enhancedHref: string;
}

export interface ExplainedItem {
  layout: ExplanationLayout;
  /** The excerpt of the input the finding was read from, as received. */
  source: string;
  /** For a parse error: the input line it points at, as received; otherwise null. */
  errorLine: string | null;
  /** Links to the codes' entries in the reference, for the codes it lists. */
  links: { basic: string | null; enhanced: string | null };
}

export type StrictVerdict = { accepted: true; message: string } | { accepted: false; message: string; line: number; lineText: string };

export interface PageView {
  summary: string;
  /** The first MAX_ITEMS findings; `total` counts them all. */
  items: ExplainedItem[];
  total: number;
  /** Null when the strict verdict is not asked for, or there is nothing to judge. */
  strict: StrictVerdict | null;
}

export interface ViewOptions {
  language: ExplainLanguage;
  strings: PageStrings;
  /** Also parse in strict mode and give its verdict. */
  strict: boolean;
}

/**
 * What one page shows at most, whatever was pasted or put in a link: findings, rows of one list
 * (the lines of a multiline reply, warnings) and characters of an excerpt. The rest is counted.
 */
export const MAX_ITEMS = 100;
export const MAX_ROWS = 50;
export const MAX_EXCERPT = 4000;

/** The plural forms of a data-* string: `data-count-one`, `data-count-other` … */
export function plurals(d: DOMStringMap, name: string): Partial<Record<Intl.LDMLPluralRule, string>> {
  const out: Partial<Record<Intl.LDMLPluralRule, string>> = {};
  for (const rule of ['zero', 'one', 'two', 'few', 'many', 'other'] as const) {
    const text = d[`${name}${rule[0]!.toUpperCase()}${rule.slice(1)}`];
    if (text !== undefined) out[rule] = text;
  }
  return out;
}

/** Fills `{name}` placeholders of a UI string. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? String(values[name]) : whole));
}

/** Line `n` (1-based) of the text, without its line end; '' past the end. */
export function lineOf(text: string, n: number): string {
  let from = 0;
  for (let i = 1; i < n; i++) {
    const lf = text.indexOf('\n', from);
    if (lf < 0) return '';
    from = lf + 1;
  }
  const lf = text.indexOf('\n', from);
  const line = text.slice(from, lf < 0 ? text.length : lf);
  return line.endsWith('\r') ? line.slice(0, -1) : line;
}

/**
 * Control characters made visible, so that a stray CR or NUL in a reply shows where it is: C0
 * controls and DEL as their symbols (U+2400 block), C1 controls as `\x85`, and the bidi controls
 * as `\u{202e}`, the CLI's escapes. A bidi control left as it is would reorder how the server's
 * text reads on the page. Tabs and line ends stay as they are.
 */
export function visibleControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10) || c === 0x7f) out += String.fromCharCode(c === 0x7f ? 0x2421 : 0x2400 + c);
    else if (c >= 0x80 && c <= 0x9f) out += `\\x${c.toString(16)}`;
    else if (isBidiControl(c)) out += `\\u{${c.toString(16)}}`;
    else out += text[i];
  }
  return out;
}

function summary(text: string, count: number, strings: PageStrings, language: ExplainLanguage): string {
  if (text.trim() === '') return strings.empty;
  if (count === 0) return language.messages.notes.nothingFound;
  const rule = new Intl.PluralRules(language.locale).select(count);
  const found = fill(strings.count[rule] ?? strings.count.other ?? '{n}', { n: count });
  return count > MAX_ITEMS ? `${found} ${fill(strings.shownFirst, { shown: MAX_ITEMS })}` : found;
}

/** The first MAX_ROWS rows, and a last one saying how many were left out. */
function capRows<T extends { label: string; value: string }>(list: readonly T[], strings: PageStrings, blank: T): readonly T[] {
  if (list.length <= MAX_ROWS) return list;
  return [...list.slice(0, MAX_ROWS - 1), { ...blank, value: fill(strings.moreLines, { n: list.length - MAX_ROWS + 1 }) }];
}

/** The start of a long excerpt, and how many lines were left out. */
function capText(text: string, strings: PageStrings): string {
  if (text.length <= MAX_EXCERPT) return text;
  const head = text.slice(0, MAX_EXCERPT);
  let left = 0;
  for (let i = text.indexOf('\n', MAX_EXCERPT); i >= 0; i = text.indexOf('\n', i + 1)) left++;
  return `${head}…\n${fill(strings.moreLines, { n: left })}`;
}

/** A layout with its long lists cut to what a page can show. */
function capLayout(layout: ExplanationLayout, strings: PageStrings): ExplanationLayout {
  const facts = capRows(layout.facts, strings, { label: '', value: '' });
  const warnings =
    layout.warnings && layout.warnings.items.length > MAX_ROWS
      ? { ...layout.warnings, items: layout.warnings.items.slice(0, MAX_ROWS) }
      : layout.warnings;
  return facts === layout.facts && warnings === layout.warnings ? layout : { ...layout, facts, warnings };
}

function strictVerdict(text: string, options: ViewOptions): StrictVerdict | null {
  const findings = extract(text, { mode: 'strict' });
  if (findings.length === 0) return null;
  const failed = findings.find((f) => f.error !== null);
  if (!failed) return { accepted: true, message: options.strings.strictAccepted };
  const error = explainFinding(failed, options.language).error!;
  return {
    accepted: false,
    message: fill(options.strings.strictRejected, { line: error.line, message: error.message, kind: error.kind }),
    line: error.line,
    lineText: capText(lineOf(text, error.line), options.strings),
  };
}

/**
 * One finding explained and laid out for the page. `text` is the input the finding's line numbers
 * count in, for the offending line of a parse error; null when they count in something else.
 */
export function explainItem(finding: Finding, text: string | null, options: ViewOptions): ExplainedItem {
  const explanation = explainFinding(finding, options.language);
  const { basic, enhancedStatus: status } = explanation;
  const { replyHref, enhancedHref } = options.strings;
  return {
    layout: capLayout(layoutExplanation(explanation, options.language.messages), options.strings),
    source: capText(finding.source, options.strings),
    errorLine: explanation.error && text !== null ? capText(lineOf(text, explanation.error.line), options.strings) : null,
    links: {
      basic: basic?.known ? fill(replyHref, { code: basic.code }) : null,
      // A code known only by its subject or class has no entry of its own.
      enhanced:
        status?.known && status.fallback === 'none' && status.subject
          ? fill(enhancedHref, { subject: status.subject.value, detail: status.detail.value })
          : null,
    },
  };
}

/** Everything the page shows for `text`. Never throws on any input. */
export function explainText(text: string, options: ViewOptions): PageView {
  const { language } = options;
  const findings = extract(text, { mode: 'lenient' });
  // Only what is shown is explained: a link can hold a hundred thousand lines.
  const items = findings.slice(0, MAX_ITEMS).map((finding) => explainItem(finding, text, options));
  return {
    summary: summary(text, findings.length, options.strings, language),
    items,
    total: findings.length,
    strict: options.strict && text.trim() !== '' ? strictVerdict(text, options) : null,
  };
}
