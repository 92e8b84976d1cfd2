// The meaning lookups with the locale required. describeReply and describeEnhanced default to
// English, and a bundler keeps a default parameter's value: a bundle that always passes a locale
// would still carry every English text. These have no default, so a bundle carries only the
// locales its code imports.
import { type EnhancedParts, own, parseEnhanced, toReplyCode } from './codes.js';
import type { DigitDescription, EnhancedPartDescription } from './describe.js';
import { deepFreeze } from './freeze.js';
import { enhancedUse, replyTexts } from './generated/lookup-facts.js';
import type { LocaleId, LocalizedText, MeaningData } from './locale.js';
import { isObject } from './locale-arg.js';

const REPLY_TABLES = ['replies', 'firstDigit', 'secondDigit', 'thirdDigit'];
const ENHANCED_TABLES = ['enhanced', 'classes', 'subjects', 'thirdDigit'];

/** `meanings` if it has every table a lookup reads; otherwise a TypeError naming what to pass. */
function requireMeanings(meanings: unknown, tables: readonly string[]): MeaningData {
  if (isObject(meanings) && tables.every((t) => isObject((meanings as Record<string, unknown>)[t]))) return meanings as MeaningData;
  const name = typeof meanings === 'string' ? meanings.slice(0, 20) : typeof meanings;
  throw new TypeError(`locale ${name} is not a locale object: pass enMeanings, jaMeanings or ruMeanings (or en, ja, ru)`);
}

/**
 * What a basic reply code means, as describeReply says it, with the locale required (`enMeanings`,
 * `jaMeanings`, `ruMeanings` or the full `en`, `ja`, `ru`; the string `'en'` is not accepted) and
 * without the references, commands and variants: what an explanation shows.
 *
 * @example
 * lookupReply(550, jaMeanings).title //=> 'メールボックスが利用できない'
 */
export function lookupReply(code: number | string, meanings: MeaningData): ReplyLookup | undefined {
  const locale = requireMeanings(meanings, REPLY_TABLES);
  const n = toReplyCode(code);
  return n === undefined ? undefined : deepFreeze(replyLookup(n, locale));
}

/**
 * What an enhanced status code means, as describeEnhanced says it, with the locale required as for
 * lookupReply, without references and basic codes, and with the `classes` the code is used with.
 *
 * @example
 * lookupEnhanced('5.1.1', enMeanings).title //=> 'Bad destination mailbox address'
 */
export function lookupEnhanced(code: string, meanings: MeaningData): EnhancedLookup | undefined {
  const locale = requireMeanings(meanings, ENHANCED_TABLES);
  const parts = parseEnhanced(code);
  return parts ? deepFreeze(enhancedLookup(code, parts, locale)) : undefined;
}

/** A digit's meaning from a checked locale (describeDigit checks it). */
export function digitDescription(position: 'first' | 'second' | 'third', digit: number, locale: MeaningData): DigitDescription | undefined {
  if (!Number.isInteger(digit) || digit < 0 || digit > 9) return undefined;
  const text =
    position === 'first'
      ? own(locale.firstDigit, digit)
      : position === 'second'
        ? own(locale.secondDigit, digit)
        : position === 'third'
          ? locale.thirdDigit
          : undefined;
  return text ? Object.freeze({ digit, title: text.title, description: text.description }) : undefined;
}

/** What lookupReply gives: describeReply's meaning without the references, commands and variants. */
export interface ReplyLookup extends LocalizedText {
  readonly code: number;
  /** False when the spec has no entry and the meaning is built from the digits (RFC 5321 4.2.1). */
  readonly known: boolean;
  /** The reply text the defining RFC gives, in English as the RFC writes it. */
  readonly text: string | null;
  readonly class: DigitDescription;
  readonly category: DigitDescription;
  readonly locale: LocaleId;
}

/** What lookupEnhanced gives: describeEnhanced's meaning without references and basic codes, plus the classes it is used with. */
export interface EnhancedLookup extends LocalizedText {
  readonly code: string;
  readonly generic: string;
  readonly known: boolean;
  readonly fallback: 'none' | 'subject' | 'class';
  readonly class: EnhancedPartDescription | undefined;
  readonly subject: EnhancedPartDescription | undefined;
  readonly detail: number;
  /** The classes RFC 3463 and the registry allow the code with; null for an unregistered code. */
  readonly classes: readonly number[] | null;
  readonly classAllowed: boolean;
  readonly note: string | undefined;
  readonly deprecated: boolean;
  readonly locale: LocaleId;
}

/** The meaning of reply code `n` from a checked locale, or undefined for a malformed code. */
export function replyLookup(n: number, locale: MeaningData): ReplyLookup | undefined {
  const first = digitDescription('first', Math.floor(n / 100), locale);
  const second = digitDescription('second', Math.floor(n / 10) % 10, locale);
  if (!first || !second) return undefined;
  const text = Object.hasOwn(replyTexts, n) ? own(locale.replies, n) : undefined;
  if (!text) {
    return {
      code: n,
      known: false,
      text: null,
      title: `${first.title} — ${second.title}`,
      description: `${first.description} ${second.description}`,
      class: first,
      category: second,
      locale: locale.locale,
    };
  }
  return {
    code: n,
    known: true,
    title: text.title,
    description: text.description,
    text: replyTexts[n] ?? null,
    class: first,
    category: second,
    locale: locale.locale,
  };
}

/** The meaning of an enhanced code from a checked locale, or undefined when not even its class is known. */
export function enhancedLookup(code: string, parts: EnhancedParts, locale: MeaningData): EnhancedLookup | undefined {
  const generic = `X.${parts.subject}.${parts.detail}`;
  const cls = parts.class === undefined ? undefined : part(parts.class, own(locale.classes, parts.class));
  const subject = part(parts.subject, own(locale.subjects, parts.subject));
  const use = own(enhancedUse, generic);
  const text = own(locale.enhanced, generic);
  const known = Boolean(use && text);
  const best: (LocalizedText & { note?: string }) | undefined = known ? text : (subject ?? cls);
  if (!best) return undefined;
  return {
    code,
    generic,
    known,
    fallback: known ? 'none' : subject ? 'subject' : 'class',
    title: best.title,
    description: best.description,
    class: cls,
    subject,
    detail: parts.detail,
    classes: use ? use.classes : null,
    classAllowed: parts.class === undefined || !use || use.classes.includes(parts.class),
    note: known ? text?.note : undefined,
    deprecated: use?.deprecated ?? false,
    locale: locale.locale,
  };
}

function part(value: number, text: LocalizedText | undefined): EnhancedPartDescription | undefined {
  return text ? { value, title: text.title, description: text.description } : undefined;
}
