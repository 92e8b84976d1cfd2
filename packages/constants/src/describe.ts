import { type EnhancedParts, own, parseEnhanced, toReplyCode } from './codes.js';
import { deepFreeze } from './freeze.js';
import { en, enMeanings } from './generated/en.js';
import { commandFacts, documents, enhancedFacts, replyFacts } from './generated/facts.js';
import type { LocaleData, LocaleId, LocalizedText, MeaningData } from './locale.js';
import { localeArg } from './locale-arg.js';
import { digitDescription, enhancedLookup, replyLookup } from './lookup.js';
import type { DocumentFact, Reference, ReplyStatus } from './types.js';

/** The meaning of one digit of a basic reply code. */
export interface DigitDescription extends LocalizedText {
  readonly digit: number;
}

export interface ReplyVariantDescription extends LocalizedText {
  readonly commands: readonly string[];
  readonly text: string;
  readonly references: readonly Reference[];
}

export interface ReplyDescription extends LocalizedText {
  readonly code: number;
  /** False when the spec has no entry and the meaning is built from the digits (RFC 5321 4.2.1). */
  readonly known: boolean;
  readonly constant: string | undefined;
  /** The reply text the defining RFC gives, in English as the RFC writes it. */
  readonly text: string | null;
  readonly status: ReplyStatus | undefined;
  readonly references: readonly Reference[];
  readonly commands: readonly string[];
  /** Other meanings as the reply to particular commands (ETRN, ATRN, STARTTLS, AUTH ...). */
  readonly variants: readonly ReplyVariantDescription[];
  /** The first digit: 2 positive completion ... 5 permanent negative completion. */
  readonly class: DigitDescription;
  /** The second digit: 0 syntax ... 5 mail system. */
  readonly category: DigitDescription;
  readonly locale: LocaleId;
}

export interface EnhancedPartDescription extends LocalizedText {
  readonly value: number;
}

export interface EnhancedDescription extends LocalizedText {
  /** The code as asked for (`5.1.1` or `X.1.1`). */
  readonly code: string;
  /** Its registry form, `X.1.1`. */
  readonly generic: string;
  /** Whether the registry lists this subject and detail. */
  readonly known: boolean;
  /**
   * Where title and description come from (RFC 3463 section 2): `none` = the code itself,
   * `subject` = the detail is not registered, `class` = the subject is not registered either.
   */
  readonly fallback: 'none' | 'subject' | 'class';
  readonly constant: string | undefined;
  readonly class: EnhancedPartDescription | undefined;
  readonly subject: EnhancedPartDescription | undefined;
  readonly detail: number;
  /** False when RFC 3463 and the registry allow the code only with other classes (X.7.1 is 5 only). */
  readonly classAllowed: boolean;
  readonly note: string | undefined;
  readonly associatedBasicCodes: readonly number[];
  readonly references: readonly Reference[];
  readonly deprecated: boolean;
  readonly locale: LocaleId;
}

export interface CommandDescription extends LocalizedText {
  readonly command: string;
  readonly extension: string | undefined;
  readonly success: readonly number[];
  readonly intermediate: readonly number[];
  readonly errors: readonly number[];
  readonly references: readonly Reference[];
  readonly locale: LocaleId;
}

// The tables each lookup reads from its locale; a locale without them is a TypeError. Every
// meanings object has `thirdDigit` and no title table has it, so `jaTitles` is refused too.
const REPLY_TABLES = ['replies', 'firstDigit', 'secondDigit', 'thirdDigit'];
const ENHANCED_TABLES = ['enhanced', 'classes', 'subjects', 'thirdDigit'];
const DIGIT_TABLES = ['firstDigit', 'secondDigit', 'thirdDigit'];
const COMMAND_TABLES = ['commands'];

/**
 * What a basic reply code means, in English or in the locale passed. A code the spec does not
 * list but that is well-formed (first digit 2-5, second 0-5) is described by its digits, as
 * RFC 5321 tells clients to do; anything else returns undefined. The result is frozen.
 * `locale` is a locale object (`ja` or `jaMeanings` from `@smtp-codes/constants/locales/ja`) or
 * `'en'`; anything else, including the string `'ja'`, throws a TypeError naming the import.
 *
 * @example
 * describeReply(550).title          //=> 'Mailbox unavailable'
 * describeReply(550, ja).title      //=> 'メールボックスが利用できない'
 * describeReply(259)?.known         //=> false
 * describeReply(-1)                 //=> undefined
 */
export function describeReply(code: number | string, locale: MeaningData | 'en' = enMeanings): ReplyDescription | undefined {
  const meanings = localeArg(locale, enMeanings, REPLY_TABLES, 'Meanings');
  const n = toReplyCode(code);
  return n === undefined ? undefined : deepFreeze(replyDescription(n, meanings));
}

/**
 * What an enhanced status code means (`5.1.1` or the registry form `X.1.1`). An unregistered
 * detail falls back to its subject and an unregistered subject to its class, as RFC 3463 asks;
 * `fallback` says which. Malformed input returns undefined.
 *
 * @example
 * describeEnhanced('5.1.1').title     //=> 'Bad destination mailbox address'
 * describeEnhanced('5.1.99').fallback //=> 'subject'
 * describeEnhanced('9.9.9')           //=> undefined
 */
export function describeEnhanced(code: string, locale: MeaningData | 'en' = enMeanings): EnhancedDescription | undefined {
  const meanings = localeArg(locale, enMeanings, ENHANCED_TABLES, 'Meanings');
  const parts = parseEnhanced(code);
  return parts ? deepFreeze(enhancedDescription(code, parts, meanings)) : undefined;
}

/** lookupReply's meaning with the facts only describeReply gives. */
function replyDescription(n: number, locale: MeaningData): ReplyDescription | undefined {
  const core = replyLookup(n, locale);
  if (!core) return undefined;
  const fact = core.known ? own(replyFacts, n) : undefined;
  const texts = own(locale.replies, n);
  return {
    code: n,
    known: core.known,
    constant: fact?.constant,
    title: core.title,
    description: core.description,
    text: core.text,
    status: fact?.status,
    references: fact?.references ?? [],
    commands: fact?.commands ?? [],
    variants: fact ? fact.variants.map((v, i) => ({ ...v, ...(texts?.variants?.[i] ?? { title: v.text, description: '' }) })) : [],
    class: core.class,
    category: core.category,
    locale: core.locale,
  };
}

/** lookupEnhanced's meaning with the facts only describeEnhanced gives. */
function enhancedDescription(code: string, parts: EnhancedParts, locale: MeaningData): EnhancedDescription | undefined {
  const core = enhancedLookup(code, parts, locale);
  if (!core) return undefined;
  const fact = own(enhancedFacts, core.generic);
  return {
    code,
    generic: core.generic,
    known: core.known,
    fallback: core.fallback,
    constant: fact?.constant,
    title: core.title,
    description: core.description,
    class: core.class,
    subject: core.subject,
    detail: core.detail,
    classAllowed: core.classAllowed,
    note: core.note,
    associatedBasicCodes: fact?.associatedBasicCodes ?? [],
    references: fact?.references ?? [],
    deprecated: core.deprecated,
    locale: core.locale,
  };
}

/**
 * The meaning of a digit position of a basic reply code (RFC 5321 section 4.2.1).
 *
 * @example
 * describeDigit('first', 4)?.title  //=> 'Transient negative completion'
 * describeDigit('second', 1)?.title //=> 'Information'
 * describeDigit('fourth', 1)        //=> undefined
 */
export function describeDigit(
  position: 'first' | 'second' | 'third',
  digit: number,
  locale: MeaningData | 'en' = enMeanings,
): DigitDescription | undefined {
  return digitDescription(position, digit, localeArg(locale, enMeanings, DIGIT_TABLES, 'Meanings'));
}

/**
 * Which replies an SMTP command may get (RFC 5321 section 4.3.2 and the extensions).
 * `CONNECT` stands for the greeting after the connection is opened.
 *
 * @example
 * describeCommand('RCPT')?.success //=> [250, 251]
 */
export function describeCommand(command: string, locale: LocaleData | 'en' = en): CommandDescription | undefined {
  const texts = localeArg(locale, en, COMMAND_TABLES, '');
  if (typeof command !== 'string') return undefined;
  const name = command.toUpperCase();
  const fact = own(commandFacts, name);
  const text = own(texts.commands, name);
  if (!fact || !text) return undefined;
  return Object.freeze({
    command: name,
    extension: fact.extension,
    ...text,
    success: fact.success,
    intermediate: fact.intermediate,
    errors: fact.errors,
    references: fact.references,
    locale: texts.locale,
  });
}

/**
 * Title and address of a document that `references` name.
 *
 * @example
 * describeReference({ doc: 'RFC5321', section: '4.2.2' })?.url //=> 'https://www.rfc-editor.org/rfc/rfc5321#section-4.2.2'
 */
export function describeReference(ref: Reference): (Pick<DocumentFact, 'title' | 'url'> & { label: string }) | undefined {
  const doc = ref && typeof ref.doc === 'string' ? own(documents, ref.doc) : undefined;
  if (!doc) return undefined;
  return Object.freeze({
    title: doc.title,
    url: ref.doc.startsWith('RFC') && ref.section ? `${doc.url}#section-${ref.section}` : doc.url,
    label: ref.section ? `${doc.name} §${ref.section}` : doc.name,
  });
}
