// The meaning lookups with the locale required. describeReply and describeEnhanced default to
// English, and a bundler keeps a default parameter's value: a bundle that always passes a locale
// would still carry every English text. These have no default, so a bundle carries only the
// locales its code imports.
import { type EnhancedParts, own, parseEnhanced, toReplyCode } from './codes.js';
import type { DigitDescription, EnhancedDescription, EnhancedPartDescription, ReplyDescription } from './describe.js';
import { deepFreeze } from './freeze.js';
import { enhancedFacts, replyFacts } from './generated/facts.js';
import type { LocalizedText, MeaningData } from './locale.js';
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
 * describeReply with the locale required (`enMeanings`, `jaMeanings`, `ruMeanings` or the full
 * `en`, `ja`, `ru`); the string `'en'` is not accepted.
 *
 * @example
 * lookupReply(550, jaMeanings).title //=> 'メールボックスが利用できない'
 */
export function lookupReply(code: number | string, meanings: MeaningData): ReplyDescription | undefined {
  const locale = requireMeanings(meanings, REPLY_TABLES);
  const n = toReplyCode(code);
  return n === undefined ? undefined : deepFreeze(replyDescription(n, locale));
}

/**
 * describeEnhanced with the locale required, as lookupReply.
 *
 * @example
 * lookupEnhanced('5.1.1', enMeanings).title //=> 'Bad destination mailbox address'
 */
export function lookupEnhanced(code: string, meanings: MeaningData): EnhancedDescription | undefined {
  const locale = requireMeanings(meanings, ENHANCED_TABLES);
  const parts = parseEnhanced(code);
  return parts ? deepFreeze(enhancedDescription(code, parts, locale)) : undefined;
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

export function replyDescription(n: number, locale: MeaningData): ReplyDescription | undefined {
  const first = digitDescription('first', Math.floor(n / 100), locale);
  const second = digitDescription('second', Math.floor(n / 10) % 10, locale);
  if (!first || !second) return undefined;
  const fact = own(replyFacts, n);
  const text = own(locale.replies, n);
  if (!fact || !text) {
    return {
      code: n,
      known: false,
      constant: undefined,
      text: null,
      status: undefined,
      references: [],
      commands: [],
      variants: [],
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
    constant: fact.constant,
    title: text.title,
    description: text.description,
    text: fact.text,
    status: fact.status,
    references: fact.references,
    commands: fact.commands,
    variants: fact.variants.map((v, i) => ({ ...v, ...(text.variants?.[i] ?? { title: v.text, description: '' }) })),
    class: first,
    category: second,
    locale: locale.locale,
  };
}

export function enhancedDescription(code: string, parts: EnhancedParts, locale: MeaningData): EnhancedDescription | undefined {
  const generic = `X.${parts.subject}.${parts.detail}`;
  const cls = parts.class === undefined ? undefined : part(parts.class, own(locale.classes, parts.class));
  const subject = part(parts.subject, own(locale.subjects, parts.subject));
  const fact = own(enhancedFacts, generic);
  const text = own(locale.enhanced, generic);
  const best: (LocalizedText & { note?: string }) | undefined = fact && text ? text : (subject ?? cls);
  if (!best) return undefined;
  return {
    code,
    generic,
    known: Boolean(fact && text),
    fallback: fact && text ? 'none' : subject ? 'subject' : 'class',
    constant: fact?.constant,
    title: best.title,
    description: best.description,
    class: cls,
    subject,
    detail: parts.detail,
    classAllowed: parts.class === undefined || !fact || fact.classes.includes(parts.class),
    note: fact && text ? text.note : undefined,
    associatedBasicCodes: fact?.associatedBasicCodes ?? [],
    references: fact?.references ?? [],
    deprecated: fact?.deprecated ?? false,
    locale: locale.locale,
  };
}

function part(value: number, text: LocalizedText | undefined): EnhancedPartDescription | undefined {
  return text ? { value, title: text.title, description: text.description } : undefined;
}
