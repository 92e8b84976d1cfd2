import {
  describeEnhanced,
  describeReply,
  type EnhancedDescription,
  enMeanings,
  type MeaningData,
  type ReplyDescription,
} from '@smtp-codes/constants';
import { type Classification, classify } from './meaning.js';
import type { Reply } from './reply.js';

/** What a parsed reply means: its basic and enhanced code explained, and the retry guidance. */
export interface ReplyMeaning {
  /** The basic code (`reply.code`); undefined only for a code outside 200-559 (lenient mode keeps those). */
  readonly reply: ReplyDescription | undefined;
  /** The enhanced code (`reply.enhanced`), with RFC 3463 fall-backs; undefined when the reply has none. */
  readonly enhanced: EnhancedDescription | undefined;
  readonly classification: Classification;
}

/**
 * Explains a parsed reply in English or in the locale passed (from `@smtp-codes/constants/locales/ja`
 * or `/ru`), using `@smtp-codes/constants`. Any other locale, the string `'ja'` included, is a
 * TypeError that names the import to use.
 *
 * @example
 * import { ja } from '@smtp-codes/constants/locales/ja';
 * const meaning = meaningOf(parseReply('550 5.1.1 <bob@example.com>: Recipient address rejected\r\n'), ja);
 * meaning.enhanced?.title        //=> '宛先メールボックスのアドレスが正しくない'
 * meaning.classification.action  //=> 'fail'
 */
export function meaningOf(reply: Pick<Reply, 'code' | 'enhanced' | 'text'>, locale: MeaningData | 'en' = enMeanings): ReplyMeaning {
  // describeReply runs for every reply and checks the locale first, so a wrong locale is a
  // TypeError naming the import to use, whatever the reply.
  return Object.freeze({
    reply: describeReply(reply.code, locale),
    enhanced: reply.enhanced === null ? undefined : describeEnhanced(reply.enhanced, locale),
    classification: Object.freeze(classify(reply)),
  });
}
