// The words an explanation is shown with, one file per language (en.ts, ja.ts, ru.ts). Code
// meanings themselves come from @smtp-codes/constants; the command line adds its own strings.

import type { LocaleId } from '@smtp-codes/constants';
import type { ErrorKind, Severity, WarningKind } from '@smtp-codes/parser';
import type { NoticeKind } from '../bounce/types.js';
import type { FindingKind } from '../types.js';

/** Retry advice keys: the parser's `classify` action and reason, and the enhanced class alone. */
export type AdviceKey =
  | 'success'
  | 'success-closing'
  | 'intermediate'
  | 'retry'
  | 'retry-closing'
  | 'too-many-recipients'
  | 'fail'
  | 'unknown-code';

/** Parser warning and error kinds, plus the extraction's own: a new parser kind must get a message. */
export type IssueKind = ErrorKind | WarningKind | 'dsn-status-syntax';

export interface ExplainMessages {
  readonly locale: LocaleId;
  /** Where a finding came from. */
  readonly kinds: Readonly<Record<FindingKind, string>>;
  readonly labels: {
    /** "line 3" */
    readonly line: (n: number) => string;
    /** "Postfix log line, line 3" */
    readonly where: (kind: string, line: number) => string;
    readonly replyCode: string;
    readonly enhancedCode: string;
    readonly class: string;
    readonly subject: string;
    readonly detail: string;
    readonly replyText: string;
    readonly recipient: string;
    readonly host: string;
    readonly command: string;
    readonly status: string;
    readonly dsn: string;
    readonly action: string;
    readonly diagnosticType: string;
    readonly reason: string;
    readonly retry: string;
    readonly warnings: string;
    readonly error: string;
    readonly rfcText: string;
    readonly references: string;
    readonly commands: string;
    readonly variants: string;
    readonly note: string;
    readonly associated: string;
    readonly associatedEnhanced: string;
    readonly classes: string;
    readonly registryStatus: string;
    readonly firstDigit: string;
    readonly secondDigit: string;
  };
  readonly notes: {
    /** An enhanced code whose detail is not registered: its subject's meaning is shown. */
    readonly fallbackSubject: (code: string) => string;
    /** Neither detail nor subject is registered: the class's meaning is shown. */
    readonly fallbackClass: (code: string) => string;
    /** A well-formed basic code that no RFC defines: read by its digits. */
    readonly unknownReply: (code: number) => string;
    /** Not a valid basic reply code at all. */
    readonly invalidReply: (code: number) => string;
    /** Not a valid enhanced status code. */
    readonly invalidEnhanced: (code: string) => string;
    /** The code is not defined with this class; `forms` are the ones it is used as (5.7.1). */
    readonly classNotAllowed: (code: string, forms: readonly string[]) => string;
    /** Class of the enhanced code and first digit of the basic code differ. */
    readonly classMismatch: (enhanced: string, code: number) => string;
    readonly deprecated: string;
    /** The stem that, found in a title, already says the code is deprecated (устаревш-). */
    readonly deprecatedStem: string;
    /** A code's note after the label: `Note: …`. */
    readonly noteLine: (note: string) => string;
    /** The code was given without class (X.1.1); `forms` are the ones it is used as (5.1.1). */
    readonly generic: (forms: readonly string[]) => string;
    readonly nothingFound: string;
    readonly registryStatus: Readonly<Record<'standard' | 'deprecated' | 'registry-only' | 'experimental', string>>;
    /** Where a code's allowed classes come from, after the list; `rfc` shows the RFC's name instead. */
    readonly classesFrom: Readonly<Record<'registry' | 'meaning', string>>;
  };
  /** Words for a whole notice read by parseBounce. */
  readonly notice: {
    /** The notice's kind, as a heading. */
    readonly kinds: Readonly<Record<NoticeKind, string>>;
    /** "Written by" (the MTA or provider that wrote the notice). */
    readonly writtenBy: string;
    /** The author when neither MTA nor provider could be recognised. */
    readonly unknownAuthor: string;
    readonly reportingMta: string;
    readonly returned: string;
    readonly recipient: string;
    readonly originalRecipient: string;
    readonly lastAttempt: string;
    /** What the reporting MTA said itself. */
    readonly summary: string;
    /** A message that is not a delivery report. */
    readonly noReport: string;
    /** A notice from which no recipient could be read. */
    readonly noRecipients: string;
    /** "message 2" of an mbox file. */
    readonly message: (n: number) => string;
    readonly actions: Readonly<Record<'failed' | 'delayed' | 'delivered' | 'relayed' | 'expanded', string>>;
  };
  /** Words for the bounce reason and the provider (issue 15). */
  readonly why: {
    /** "Bounce reason" */
    readonly reason: string;
    /** "What to do" */
    readonly whatToDo: string;
    /** "Decided by" (the rule that gave the reason) */
    readonly decidedBy: string;
    readonly provider: string;
    /** "Gmail says" before the provider's own meaning of the code. */
    readonly providerSays: (name: string) => string;
    /** "Registry" before the registry's meaning, shown beside the provider's. */
    readonly registry: string;
    /** The rule that decided, in words. */
    readonly rules: {
      readonly provider: (name: string) => string;
      readonly pattern: (match: string) => string;
      readonly enhanced: (code: string) => string;
      readonly subject: (code: string) => string;
      /** A class-only rule (`2`, `5`). */
      readonly class: (code: string) => string;
      readonly reply: (code: number) => string;
      readonly action: (action: string) => string;
      readonly none: string;
    };
  };
  readonly severity: Readonly<Record<Severity, string>>;
  readonly advice: Readonly<Record<AdviceKey, string>>;
  /** One line per parser warning or error kind. */
  readonly issues: Readonly<Record<IssueKind, string>>;
}
