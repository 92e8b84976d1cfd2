import { expectTypeOf, test } from 'vitest';
import {
  describeReply,
  EnhancedClass,
  EnhancedStatus,
  type EnhancedStatus as EnhancedStatusType,
  enhancedCodes,
  enhancedStatusFor,
  enhancedTitle,
  isEnhancedStatus,
  isReplyCode,
  ReplyCode,
  type ReplyCode as ReplyCodeType,
  replyCodeFor,
  replyCodes,
  replyTitle,
  type TitleData,
  withClass,
} from '../src/index.js';
import { jaMeanings } from '../src/locales/ja.js';

test('constants have literal types', () => {
  expectTypeOf(ReplyCode.ServiceReady).toEqualTypeOf<220>();
  expectTypeOf(ReplyCode.MailboxUnavailable).toEqualTypeOf<550>();
  expectTypeOf(EnhancedStatus.BadDestinationMailboxAddress).toEqualTypeOf<'X.1.1'>();
  expectTypeOf(EnhancedClass.PermanentFailure).toEqualTypeOf<5>();
});

test('ReplyCode is the union of the codes', () => {
  expectTypeOf<220>().toExtend<ReplyCodeType>();
  expectTypeOf<550>().toExtend<ReplyCodeType>();
  expectTypeOf<299>().not.toExtend<ReplyCodeType>();
});

test('withClass makes a literal concrete code', () => {
  expectTypeOf(withClass(5, EnhancedStatus.BadDestinationMailboxAddress)).toEqualTypeOf<'5.1.1'>();
  expectTypeOf(withClass(4, EnhancedStatus.MailboxFull)).toEqualTypeOf<'4.2.2'>();
});

test('withClass gives a literal for a registry constant, and string | undefined for anything else', () => {
  expectTypeOf(withClass(5, 'X.1.99' as string)).toEqualTypeOf<`${2 | 4 | 5}.${number}.${number}` | undefined>();
  expectTypeOf(withClass(9, 'X.1.1')).toEqualTypeOf<`${2 | 4 | 5}.${number}.${number}` | undefined>();
});

test('the guards narrow to the unions', () => {
  const value: unknown = 550;
  if (isReplyCode(value)) expectTypeOf(value).toEqualTypeOf<ReplyCodeType>();
  if (isEnhancedStatus(value)) expectTypeOf(value).toEqualTypeOf<EnhancedStatusType>();
  expectTypeOf(replyCodes).toEqualTypeOf<readonly ReplyCodeType[]>();
  expectTypeOf(enhancedCodes).toEqualTypeOf<readonly EnhancedStatusType[]>();
});

test('the reverse lookups and the title lookups', () => {
  expectTypeOf(replyCodeFor('MailboxUnavailable')).toEqualTypeOf<ReplyCodeType | undefined>();
  expectTypeOf(enhancedStatusFor('MailboxFull')).toEqualTypeOf<EnhancedStatusType | undefined>();
  expectTypeOf(replyTitle(550)).toEqualTypeOf<string | undefined>();
  expectTypeOf(enhancedTitle).parameter(1).toEqualTypeOf<TitleData | 'en' | undefined>();
  // @ts-expect-error: Japanese is an import, not a string
  replyTitle(550, 'ja');
  // @ts-expect-error: a meanings object is not a title table
  replyTitle(550, jaMeanings);
  // @ts-expect-error: Japanese is an import, not a string
  describeReply(550, 'ja');
});
