import type { EnhancedStatusValue } from './code-types.js';
import { parseEnhanced, toReplyCode } from './codes.js';

/**
 * The class of a basic reply code (its first digit, 2-5) or of an enhanced code (2, 4, 5).
 * Returns undefined for anything else, including the class-less `X.1.1`.
 *
 * @example
 * classOf(550)      //=> 5
 * classOf('4.2.2')  //=> 4
 * classOf('X.1.1')  //=> undefined
 */
export function classOf(code: number | string): 2 | 3 | 4 | 5 | undefined {
  const reply = toReplyCode(code);
  if (reply !== undefined) return Math.floor(reply / 100) as 2 | 3 | 4 | 5;
  return parseEnhanced(code)?.class;
}

/**
 * True for a transient failure: a 4yz reply or a 4.x.x enhanced code. Retrying later may succeed.
 *
 * @example
 * isTransient(451)     //=> true
 * isTransient('5.1.1') //=> false
 */
export function isTransient(code: number | string): boolean {
  return classOf(code) === 4;
}

/**
 * True for a permanent failure: a 5yz reply or a 5.x.x enhanced code. Do not repeat the request unchanged.
 *
 * @example
 * isPermanent(550)     //=> true
 * isPermanent('4.2.2') //=> false
 */
export function isPermanent(code: number | string): boolean {
  return classOf(code) === 5;
}

/**
 * True for success: a 2yz reply or a 2.x.x enhanced code.
 *
 * @example
 * isSuccess(250) //=> true
 */
export function isSuccess(code: number | string): boolean {
  return classOf(code) === 2;
}

type Generic = `X.${number}.${number}`;
type WithClass<C extends 2 | 4 | 5, G extends string> = G extends `X.${infer Rest}` ? `${C}.${Rest}` : never;

/**
 * Makes a concrete enhanced code from a class (2, 4 or 5) and a code in the registry form
 * (`X.s.d`). Anything else, such as class 9, `'5.1.1'` or a malformed code, gives undefined.
 *
 * @example
 * withClass(5, EnhancedStatus.BadDestinationMailboxAddress) //=> '5.1.1' (typed as '5.1.1')
 * withClass(9, 'X.1.1')                                     //=> undefined
 */
export function withClass<C extends 2 | 4 | 5, G extends EnhancedStatusValue>(cls: C, code: G): WithClass<C, G>;
export function withClass(cls: number, code: string): `${2 | 4 | 5}.${number}.${number}` | undefined;
export function withClass(cls: unknown, code: unknown): string | undefined {
  if (cls !== 2 && cls !== 4 && cls !== 5) return undefined;
  const parts = parseEnhanced(code);
  return parts && parts.class === undefined ? `${cls}.${parts.subject}.${parts.detail}` : undefined;
}

/**
 * The registry form (`X.s.d`) of an enhanced code, or undefined if it is not one.
 *
 * @example
 * toGeneric('5.1.1') //=> 'X.1.1'
 */
export function toGeneric(code: string): Generic | undefined {
  const parts = parseEnhanced(code);
  return parts ? (`X.${parts.subject}.${parts.detail}` as Generic) : undefined;
}
