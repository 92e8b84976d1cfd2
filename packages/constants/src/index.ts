import type { EnhancedStatusValue, ReplyCodeValue } from './code-types.js';
import * as BounceReasonValues from './generated/bounce-reason.js';
import * as EnhancedClassValues from './generated/enhanced-class.js';
import * as EnhancedStatusValues from './generated/enhanced-status.js';
import * as EnhancedSubjectValues from './generated/enhanced-subject.js';
import * as ReplyCodeValues from './generated/reply-code.js';

// Each namespace is a value and a union type of the same name. (A `const` rather than
// `export * as`, whose value the bundled declaration files lose.)

/** Every basic reply code as a constant: `ReplyCode.ServiceReady === 220`. */
export const ReplyCode = ReplyCodeValues;
/** Union of every basic reply code the spec lists. */
export type ReplyCode = ReplyCodeValue;

/** Every enhanced status code of the IANA registry: `EnhancedStatus.BadDestinationMailboxAddress === 'X.1.1'`. */
export const EnhancedStatus = EnhancedStatusValues;
/** Union of every enhanced status code of the registry, in its `X.s.d` form. */
export type EnhancedStatus = EnhancedStatusValue;

/** The three classes of enhanced codes: `EnhancedClass.PermanentFailure === 5`. */
export const EnhancedClass = EnhancedClassValues;
export type EnhancedClass = (typeof EnhancedClassValues)[keyof typeof EnhancedClassValues];

/** The eight subjects of enhanced codes: `EnhancedSubject.AddressingStatus === 1`. */
export const EnhancedSubject = EnhancedSubjectValues;
export type EnhancedSubject = (typeof EnhancedSubjectValues)[keyof typeof EnhancedSubjectValues];

/** Every bounce reason: `BounceReason.UserUnknown === 'user-unknown'`. */
export const BounceReason = BounceReasonValues;
/** Union of every bounce reason id the spec lists. */
export type BounceReason = (typeof BounceReasonValues)[keyof typeof BounceReasonValues];

export { classOf, isPermanent, isSuccess, isTransient, toGeneric, withClass } from './classes.js';
export { type EnhancedParts, type EnhancedSyntax, type EnhancedToken, parseEnhanced, readEnhanced, toReplyCode } from './codes.js';
export {
  type CommandDescription,
  type DigitDescription,
  describeCommand,
  describeDigit,
  describeEnhanced,
  describeReference,
  describeReply,
  type EnhancedDescription,
  type EnhancedPartDescription,
  type ReplyDescription,
  type ReplyVariantDescription,
} from './describe.js';
export { enhancedCodes, replyCodes } from './generated/code-lists.js';
export { en, enMeanings, enReasons } from './generated/en.js';
export { enTitles } from './generated/en-titles.js';
export { commandFacts, documents, enhancedFacts, replyFacts } from './generated/facts.js';
export { providers, reasonFacts, reasonRules } from './generated/reason-facts.js';
export { isEnhancedStatus, isReplyCode } from './guards.js';
export type {
  EnhancedText,
  LocaleData,
  LocaleId,
  LocalizedText,
  MeaningData,
  ProviderCodeText,
  ReasonText,
  ReasonTextData,
  ReplyText,
  TitleData,
} from './locale.js';
export { type EnhancedLookup, lookupEnhanced, lookupReply, type ReplyLookup } from './lookup.js';
export {
  describeProvider,
  describeReason,
  lookupProvider,
  lookupReason,
  type ProviderCodeDescription,
  type ProviderDescription,
  type ReasonDescription,
} from './reasons.js';
export { enhancedStatusFor, replyCodeFor } from './reverse.js';
export { enhancedTitle, replyTitle } from './titles.js';
export type {
  CommandFact,
  DocumentFact,
  EnhancedFact,
  ProviderCodeFact,
  ProviderFact,
  ReasonFact,
  ReasonRuleTables,
  ReasonSeverity,
  Reference,
  ReplyFact,
  ReplyStatus,
  ReplyVariantFact,
} from './types.js';
