/** A document a code is defined in: `{ doc: 'RFC5321', section: '4.2.2' }`. */
export interface Reference {
  readonly doc: string;
  readonly section?: string;
}

export type ReplyStatus = 'standard' | 'deprecated' | 'registry-only' | 'experimental';

/** Language-independent facts of a basic reply code. */
export interface ReplyFact {
  readonly constant: string;
  /** The reply text the defining RFC gives; null for codes only the enhanced-code registry names. */
  readonly text: string | null;
  readonly status: ReplyStatus;
  readonly references: readonly Reference[];
  /** Commands that may return the code (RFC 5321 section 4.3.2 and the extensions). */
  readonly commands: readonly string[];
  /** Other meanings the code has as the reply to particular commands (ETRN, ATRN, AUTH ...). */
  readonly variants: readonly ReplyVariantFact[];
}

export interface ReplyVariantFact {
  readonly commands: readonly string[];
  readonly text: string;
  readonly references: readonly Reference[];
}

/** Language-independent facts of an enhanced status code of the IANA registry. */
export interface EnhancedFact {
  readonly constant: string;
  /** The registry's "associated basic status code" column: informative, not an allow-list. */
  readonly associatedBasicCodes: readonly number[];
  readonly registryBasicCodes: string;
  /** The classes RFC 3463 (or the RFC that defines the code) and the registry allow, ascending. */
  readonly classes: readonly (2 | 4 | 5)[];
  /**
   * Where the classes come from: `rfc` the defining RFC's text ("useful only as a permanent
   * error"), `registry` the classes of its basic codes, `meaning` neither (a failure takes 4 and 5).
   */
  readonly classesFrom: readonly ('rfc' | 'registry' | 'meaning')[];
  readonly references: readonly Reference[];
  readonly deprecated: boolean;
}

export interface CommandFact {
  readonly references: readonly Reference[];
  /** The EHLO keyword of the extension that adds the command. */
  readonly extension?: string;
  readonly success: readonly number[];
  readonly intermediate: readonly number[];
  readonly errors: readonly number[];
}

export interface DocumentFact {
  /** How citations name it: `RFC 5321`, `IANA registry`. */
  readonly name: string;
  readonly title: string;
  readonly url: string;
}

/** hard: retrying the same message to the address will not help; soft: a later attempt can succeed; depends: the class of the code decides; none: not a failure. */
export type ReasonSeverity = 'hard' | 'soft' | 'depends' | 'none';

/** Language-independent facts of a bounce reason. */
export interface ReasonFact {
  readonly constant: string;
  readonly severity: ReasonSeverity;
  /** The names other tools give this reason, by tool: `{ sisimai: ['userunknown'] }`. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
}

/** The rules that find a reason, as data (spec/reason-rules.yaml). */
export interface ReasonRuleTables {
  /** Case-insensitive regular-expression sources, in order: the first that matches wins. */
  readonly patterns: readonly { readonly pattern: string; readonly reason: string }[];
  /** By `C.s.d`, `C.s`, `C` (one class) and `X.s.d`, `X.s` (any class). */
  readonly enhanced: Readonly<Record<string, string>>;
  /** By basic reply code. */
  readonly reply: Readonly<Record<number, string>>;
}

/** A code as a provider documents it; it applies when every field given matches. */
export interface ProviderCodeFact {
  readonly reply?: number;
  /** The full code (`4.7.28`), or null when the provider gives none. */
  readonly enhanced: string | null;
  /** A fragment of the provider's reply text, matched case-insensitively. */
  readonly text?: string;
  readonly reason: string;
}

export interface ProviderFact {
  readonly id: string;
  readonly constant: string;
  /** The product name (not translated). */
  readonly name: string;
  /** The provider's own public page for its codes. */
  readonly url: string;
  /** Host-name suffixes of its servers, and case-insensitive patterns of its reply texts. */
  readonly recognise: { readonly hosts: readonly string[]; readonly patterns: readonly string[] };
  readonly codes: readonly ProviderCodeFact[];
}
