// Shapes of the spec as the loader returns it (see spec/spec.schema.json for the field docs).

export type Locale = 'en' | 'ja' | 'ru';
export const LOCALES: readonly Locale[] = ['en', 'ja', 'ru'];
export type Localized = Record<Locale, string>;

export interface Reference {
  doc: string;
  section?: string;
}

export interface Document {
  id: string;
  title: string;
  url: string;
  status?: string;
}

export interface RegistryInfo {
  name: string;
  url: string;
  updated: string;
}

export interface Topic {
  title: Localized;
  description: Localized;
  references?: Reference[];
}

export interface Digit extends Topic {
  digit: number;
  constant: string;
  references: Reference[];
}

export interface Concept extends Topic {
  id: string;
  references: Reference[];
}

export type ReplyStatus = 'standard' | 'deprecated' | 'registry-only' | 'experimental';

export interface ReplyVariant {
  commands: string[];
  text: string;
  title: Localized;
  description: Localized;
  references: Reference[];
}

/** A reply a real server sent, quoted exactly, and who sends it. */
export interface ReplyExample {
  reply: string;
  source: string;
}

export interface ReplyCode {
  code: number;
  constant: string;
  text: string | null;
  status: ReplyStatus;
  source: 'rfc' | 'iana';
  references: Reference[];
  title: Localized;
  description: Localized;
  variants?: ReplyVariant[];
  examples?: ReplyExample[];
  /** Derived from commands.yaml. */
  commands: string[];
}

export interface EnhancedClass {
  class: 2 | 4 | 5;
  constant: string;
  title: Localized;
  description: Localized;
  references: Reference[];
}

export interface EnhancedSubject {
  subject: number;
  constant: string;
  title: Localized;
  description: Localized;
  references: Reference[];
}

export interface EnhancedCode {
  code: string;
  constant: string;
  title: Localized;
  description: Localized;
  registryBasicCodes: string;
  associatedBasicCodes: number[];
  references: Reference[];
  deprecated: boolean;
  source: 'iana';
  /** Ascending; what RFC 3463 (or the defining RFC) and the registry allow. */
  classes: Array<2 | 4 | 5>;
  /** Where the classes come from (spec.schema.json explains each). */
  classesFrom: Array<'rfc' | 'registry' | 'meaning'>;
  note?: Localized;
  examples?: ReplyExample[];
  /** Derived from code. */
  subject: number;
  /** Derived from code. */
  detail: number;
}

export interface Command {
  command: string;
  title: Localized;
  description: Localized;
  references: Reference[];
  extension?: string;
  success: number[];
  intermediate: number[];
  errors: number[];
  note?: Localized;
}

export type Severity = 'hard' | 'soft' | 'depends' | 'none';

export interface Reason {
  id: string;
  constant: string;
  severity: Severity;
  title: Localized;
  description: Localized;
  action: Localized;
  /** Names other tools give this reason, by tool: `{ sisimai: ['userunknown'] }`. */
  aliases: Record<string, string[]>;
}

/** Every reason name of another tool (each is mapped by exactly one reason). */
export interface AliasSet {
  tool: string;
  url: string;
  names: string[];
}

export interface ReasonPattern {
  pattern: string;
  reason: string;
  examples: string[];
}

export interface ReasonRules {
  patterns: ReasonPattern[];
  /** `X.s.d`, `X.s`, or one class only: `C.s.d`, `C.s`, `C`. */
  enhanced: Array<{ code: string; reason: string }>;
  reply: Array<{ code: number; reason: string }>;
}

export interface ProviderCode {
  reply?: number;
  enhanced: string | null;
  text?: string;
  reason: string;
  meaning: Localized;
  action: Localized;
}

export interface Provider {
  id: string;
  constant: string;
  name: string;
  url: string;
  recognise: { hosts: string[]; patterns: Array<{ pattern: string; examples: string[] }> };
  codes: ProviderCode[];
}

export interface Spec {
  registry: RegistryInfo;
  references: Document[];
  digits: { first: Digit[]; second: Digit[]; third: Topic };
  concepts: Concept[];
  replyCodes: ReplyCode[];
  enhanced: { classes: EnhancedClass[]; subjects: EnhancedSubject[]; codes: EnhancedCode[] };
  commands: Command[];
  reasons: Reason[];
  reasonAliasSets: AliasSet[];
  reasonRules: ReasonRules;
  providers: Provider[];
}

/** The published dataset: the spec plus the version of the package that ships it. */
export type Dataset = { version: string } & Spec;
