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
