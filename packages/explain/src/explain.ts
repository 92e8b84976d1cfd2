// Everything to show about one finding, as plain data: meanings from @smtp-codes/constants, retry
// guidance from the parser's `classify`, the UI wording from the ExplainLanguage passed in. No
// language is imported here (the caller passes one), so a bundle of this module carries only the
// languages its page imports.

import { EnhancedClass, type LocaleId, lookupEnhanced, lookupReply } from '@smtp-codes/constants';
import { type Action, type ClassificationReason, classify, type Severity, severityOf } from '@smtp-codes/parser';
import type { ExplainLanguage } from './language.js';
import type { AdviceKey, IssueKind } from './messages/types.js';
import type { Finding, FindingContext, FindingKind } from './types.js';
import { type ExplainedProvider, type ExplainedReason, explainReason, reasonInput } from './why.js';

/** The meaning of a basic reply code. */
export interface BasicMeaning {
  code: number;
  /** False for a well-formed code no RFC defines: then the meaning is built from its digits. */
  known: boolean;
  title: string;
  description: string;
  /** The reply text the defining RFC gives (English), or null. */
  rfcText: string | null;
  /** First digit. */
  class: { digit: number; title: string };
  /** Second digit. */
  category: { digit: number; title: string };
}

/** The meaning of an enhanced status code and of its three parts. */
export interface EnhancedMeaning {
  code: string;
  /** Whether the registry lists this subject and detail. */
  known: boolean;
  /** Where title and description come from: the code itself, its subject, or its class (RFC 3463). */
  fallback: 'none' | 'subject' | 'class';
  /** The localized note about the fallback, or null. */
  fallbackNote: string | null;
  title: string;
  description: string;
  /** Null for the class-less form `X.1.1`. */
  class: { value: number; title: string } | null;
  subject: { value: number; title: string } | null;
  /** The detail's meaning is the code's title when the code is registered; null otherwise. */
  detail: { value: number; title: string | null };
  /** False when RFC 3463 and the registry allow the code only with other classes (X.7.1 is 5 only). */
  classAllowed: boolean;
  deprecated: boolean;
  /** A registry quirk worth knowing, or null. */
  note: string | null;
}

/** Retry guidance: the parser's `classify` for a reply code, the enhanced class alone otherwise. */
export interface RetryGuidance {
  action: Action;
  /** The server closes the connection after this reply (221, 421). */
  closing: boolean;
  reason: ClassificationReason;
  /** `reply`: classify() on the basic code, enhanced code and text; `enhanced`: only an enhanced code was found. */
  basis: 'reply' | 'enhanced';
  /** What to do, in the chosen language. */
  advice: string;
}

export interface ExplainedIssue {
  kind: string;
  line: number;
  /** The problem in the chosen language. */
  message: string;
}

/** Everything to show about one finding. This is also the `explain --json` object. */
export interface Explanation {
  kind: FindingKind;
  line: number;
  /** The excerpt of the input it was read from, as received. */
  source: string;
  code: number | null;
  enhanced: string | null;
  /** The reply text as received, without the codes (or the MTA's reason), or null. */
  text: string | null;
  /** The reply lines as received (after `NNN-`/`NNN `), or null when there is no parsed reply. */
  lines: string[] | null;
  locale: LocaleId;
  /** Meaning of the basic code; null when there is none or it is not a reply code. */
  basic: BasicMeaning | null;
  /** Meaning of the enhanced code; null when there is none. */
  enhancedStatus: EnhancedMeaning | null;
  /** The first digit's verdict (or the enhanced class's, when there is no basic code). */
  severity: Severity | null;
  retry: RetryGuidance | null;
  context: FindingContext;
  /**
   * Why it bounced (spec/reasons.yaml), from classifyReason on the codes, the text, the host and the
   * DSN action: id, title, description, action, severity and the deciding rule (`evidence`).
   */
  reason: ExplainedReason;
  /** The receiving mail provider, with its own meaning of the code when one of its documented codes matched; null when none is recognised. */
  provider: ExplainedProvider | null;
  /** Localized notes: unregistered or invalid codes, class mismatches, deprecation. */
  notes: string[];
  warnings: ExplainedIssue[];
  error: ExplainedIssue | null;
}

const ENHANCED_SEVERITY: Readonly<Record<number, Severity>> = {
  2: 'positive-completion',
  4: 'transient-negative',
  5: 'permanent-negative',
};

const ENHANCED_ACTION: Readonly<Record<number, Action>> = { 2: 'success', 4: 'retry', 5: 'fail' };

/** What an enhanced code's class says on its own (RFC 3463: it mirrors the basic code's first digit). */
export function severityOfClass(cls: number | undefined): Severity | null {
  return cls !== undefined && Object.hasOwn(ENHANCED_SEVERITY, cls) ? ENHANCED_SEVERITY[cls]! : null;
}

/**
 * Everything to show about a finding, in `language`: `en` from `@smtp-codes/explain`, or `ja`/`ru`
 * from `@smtp-codes/explain/ja` and `@smtp-codes/explain/ru`. There is no default: a default
 * would put the English texts into every bundle that calls this.
 *
 * @example
 * const [finding] = extract('550 5.1.1 <bob@example.com>: Recipient address rejected');
 * explainFinding(finding, en).retry.action
 * //=> 'fail'
 */
export function explainFinding(finding: Finding, language: ExplainLanguage): Explanation {
  const { data: locale, messages } = language;
  const notes: string[] = [];
  let basic: BasicMeaning | null = null;
  if (finding.code !== null) {
    const d = lookupReply(finding.code, locale);
    if (d) {
      basic = {
        code: d.code,
        known: d.known,
        title: d.title,
        description: d.description,
        rfcText: d.text,
        class: { digit: d.class.digit, title: d.class.title },
        category: { digit: d.category.digit, title: d.category.title },
      };
      if (!d.known) notes.push(messages.notes.unknownReply(d.code));
    } else {
      notes.push(messages.notes.invalidReply(finding.code));
    }
  }
  let enhancedStatus: EnhancedMeaning | null = null;
  if (finding.enhanced !== null) {
    const d = lookupEnhanced(finding.enhanced, locale);
    if (d) {
      const fallbackNote =
        d.fallback === 'subject'
          ? messages.notes.fallbackSubject(finding.enhanced)
          : d.fallback === 'class'
            ? messages.notes.fallbackClass(finding.enhanced)
            : null;
      enhancedStatus = {
        code: d.code,
        known: d.known,
        fallback: d.fallback,
        fallbackNote,
        title: d.title,
        description: d.description,
        class: d.class ? { value: d.class.value, title: d.class.title } : null,
        subject: d.subject ? { value: d.subject.value, title: d.subject.title } : null,
        detail: { value: d.detail, title: d.known ? d.title : null },
        classAllowed: d.classAllowed,
        deprecated: d.deprecated,
        note: d.note ?? null,
      };
      const forms = wireForms(d.generic, d.classes);
      if (!d.class) notes.push(messages.notes.generic(forms));
      if (!d.classAllowed) notes.push(messages.notes.classNotAllowed(finding.enhanced, forms));
      if (d.deprecated) notes.push(messages.notes.deprecated);
      if (d.class && finding.code !== null && Math.floor(finding.code / 100) !== d.class.value) {
        notes.push(messages.notes.classMismatch(finding.enhanced, finding.code));
      }
    } else {
      notes.push(messages.notes.invalidEnhanced(finding.enhanced));
    }
  }

  let severity: Severity | null = null;
  let retry: RetryGuidance | null = null;
  if (finding.code !== null) {
    severity = severityOf(finding.code) ?? null;
    const c = classify({ code: finding.code, enhanced: finding.enhanced, text: finding.text ?? '' });
    retry = { ...c, basis: 'reply', advice: messages.advice[adviceKey(c.action, c.closing, c.reason)] };
  } else if (enhancedStatus?.class) {
    const cls = enhancedStatus.class.value;
    severity = severityOfClass(cls);
    const action = ENHANCED_ACTION[cls];
    if (severity && action) {
      retry = { action, closing: false, reason: severity, basis: 'enhanced', advice: messages.advice[adviceKey(action, false, severity)] };
    }
  }

  const issue = (i: { kind: string; line: number }): ExplainedIssue => ({
    kind: i.kind,
    line: i.line,
    message: Object.hasOwn(messages.issues, i.kind) ? messages.issues[i.kind as IssueKind] : i.kind,
  });
  const why = explainReason(
    reasonInput({
      code: finding.code,
      enhanced: finding.enhanced,
      text: finding.text,
      host: finding.context.host,
      action: finding.context.action,
    }),
    language.reasons,
  );
  return {
    kind: finding.kind,
    line: finding.line,
    source: finding.source,
    code: finding.code,
    enhanced: finding.enhanced,
    text: finding.text,
    lines: finding.reply ? [...finding.reply.lines] : null,
    locale: language.locale,
    basic,
    enhancedStatus,
    severity,
    retry,
    context: { ...finding.context },
    reason: why.reason,
    provider: why.provider,
    notes,
    warnings: finding.warnings.map(issue),
    error: finding.error ? issue(finding.error) : null,
  };
}

function adviceKey(action: Action, closing: boolean, reason: ClassificationReason): AdviceKey {
  if (reason === 'too-many-recipients') return 'too-many-recipients';
  if (reason === 'unknown-code') return 'unknown-code';
  if (action === 'success') return closing ? 'success-closing' : 'success';
  if (action === 'retry') return closing ? 'retry-closing' : 'retry';
  return action;
}

/** True when the explanation says what at least one code means. */
export function isExplained(explanation: Explanation): boolean {
  return explanation.basic !== null || explanation.enhancedStatus !== null;
}

/** Every class, from the constants (a namespace object lists its names alphabetically: sort by value). */
const ALL_CLASSES: readonly number[] = Object.values(EnhancedClass).sort((a, b) => a - b);

/** The forms a code is used as, from its allowed classes: X.7.1 -> ['5.7.1']; all three when not registered. */
function wireForms(generic: string, classes: readonly number[] | null): string[] {
  return (classes ?? ALL_CLASSES).map((c) => `${c}${generic.slice(1)}`);
}
