import type { EnhancedStatusValue, ReplyCodeValue } from './code-types.js';
import { enhancedCodes, replyCodes } from './generated/code-lists.js';

/**
 * True for a basic reply code the spec lists, as a number. A well-formed but unlisted code (`259`)
 * and the string `'550'` are not `ReplyCode`s; `toReplyCode` reads strings.
 *
 * @example
 * isReplyCode(550) //=> true
 * isReplyCode(259) //=> false
 */
export function isReplyCode(value: unknown): value is ReplyCodeValue {
  return typeof value === 'number' && replyCodes.includes(value as ReplyCodeValue);
}

/**
 * True for an enhanced status code of the registry in its `X.s.d` form, the form of the
 * `EnhancedStatus` constants. For a concrete code, test its registry form: `isEnhancedStatus(toGeneric('5.1.1'))`.
 *
 * @example
 * isEnhancedStatus('X.1.1') //=> true
 * isEnhancedStatus('5.1.1') //=> false
 */
export function isEnhancedStatus(value: unknown): value is EnhancedStatusValue {
  return typeof value === 'string' && enhancedCodes.includes(value as EnhancedStatusValue);
}
