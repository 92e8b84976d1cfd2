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
 * Makes a concrete enhanced code from a registry code and a class.
 *
 * @example
 * withClass(5, EnhancedStatus.BadDestinationMailboxAddress) //=> '5.1.1' (typed as '5.1.1')
 */
export function withClass<C extends 2 | 4 | 5, G extends Generic>(cls: C, code: G): WithClass<C, G> {
  return `${cls}${code.slice(1)}` as WithClass<C, G>;
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
