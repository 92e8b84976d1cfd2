import { expectTypeOf, test } from 'vitest';
import { EnhancedClass, EnhancedStatus, ReplyCode, type ReplyCode as ReplyCodeType, withClass } from '../src/index.js';

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
