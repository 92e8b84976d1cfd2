import { own, parseEnhanced, toReplyCode } from './codes.js';
import { enTitles } from './generated/en-titles.js';
import type { TitleData } from './locale.js';
import { isObject, localeError } from './locale-arg.js';

/**
 * `enTitles` for 'en', the title tables passed, or a TypeError naming the import to use. A title
 * table is told by its shape: `enhanced` is an array there, never in a meanings object like `ja`.
 */
function titlesArg(locale: unknown): TitleData {
  if (locale === 'en') return enTitles;
  if (isObject(locale) && Array.isArray((locale as TitleData).enhanced)) return locale as TitleData;
  throw new TypeError(localeError(locale, 'Titles'));
}

/**
 * The title of a basic reply code, as `describeReply(code, locale).title` gives it, without
 * bundling any description: the default `enTitles`, or `jaTitles` / `ruTitles` from
 * `@smtp-codes/constants/locales/ja` and `/ru`. A well-formed code the spec does not list is
 * named by its digits; anything else gives undefined.
 *
 * @example
 * replyTitle(550)           //=> 'Mailbox unavailable'
 * replyTitle(550, jaTitles) //=> 'メールボックスが利用できない'
 * replyTitle(600)           //=> undefined
 */
export function replyTitle(code: number | string, locale: TitleData | 'en' = enTitles): string | undefined {
  const t = titlesArg(locale);
  const n = toReplyCode(code);
  if (n === undefined) return undefined;
  const [d1, d2] = String(n);
  const first = own(t.firstDigit, d1!);
  const second = own(t.secondDigit, d2!);
  if (!first || !second) return undefined;
  return own(t.replies, n) ?? `${first} — ${second}`;
}

/**
 * The title of an enhanced status code (`5.1.1` or `X.1.1`), as `describeEnhanced(code, locale).title`
 * gives it: an unregistered detail falls back to its subject's title and an unregistered subject
 * to its class's title (RFC 3463). Malformed input gives undefined.
 *
 * @example
 * enhancedTitle('5.1.1')  //=> 'Bad destination mailbox address'
 * enhancedTitle('9.9.9')  //=> undefined
 */
export function enhancedTitle(code: string, locale: TitleData | 'en' = enTitles): string | undefined {
  const t = titlesArg(locale);
  const parts = parseEnhanced(code);
  if (!parts) return undefined;
  return (
    (t.enhanced[parts.subject]?.split('\n')[parts.detail] || undefined) ??
    own(t.subjects, parts.subject) ??
    (parts.class === undefined ? undefined : own(t.classes, parts.class))
  );
}
