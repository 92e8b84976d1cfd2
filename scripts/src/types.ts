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

export interface Spec {
  registry: RegistryInfo;
  references: Document[];
  digits: { first: Digit[]; second: Digit[]; third: Topic };
  concepts: Concept[];
  replyCodes: ReplyCode[];
  enhanced: { classes: EnhancedClass[]; subjects: EnhancedSubject[]; codes: EnhancedCode[] };
  commands: Command[];
}

/** The published dataset: the spec plus the version of the package that ships it. */
export type Dataset = { version: string } & Spec;
