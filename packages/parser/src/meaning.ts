// What a reply means, from its digits (RFC 5321 §4.2.1) and its enhanced code (RFC 3463).
// Wording and per-code descriptions belong to other packages; the enhanced-code syntax is read by
// @smtp-codes/constants, the one reader every package shares.

import { type EnhancedSyntax, readEnhanced } from '@smtp-codes/constants';
import type { Reply } from './reply.js';

/**
 * RFC 5321 §4.2.1, first digit: 2, 3, 4, 5.
 *
 * @example
 * ```
 * import {type Severity, severityOf} from '@smtp-codes/parser';
 *
 * const severity: Severity | undefined = severityOf(354);
 * //=> 'positive-intermediate'
 * ```
 */
export type Severity = 'positive-completion' | 'positive-intermediate' | 'transient-negative' | 'permanent-negative';

/**
 * RFC 5321 §4.2.1, second digit: 0, 1, 2, 3 and 4 (unspecified), 5.
 *
 * @example
 * ```
 * import {type Category, categoryOf} from '@smtp-codes/parser';
 *
 * const category: Category | undefined = categoryOf(221);
 * //=> 'connections'
 * ```
 */
export type Category = 'syntax' | 'information' | 'connections' | 'unspecified' | 'mail-system';

/**
 * The three parts of an enhanced status code (RFC 3463 §2).
 *
 * @example
 * ```
 * import {type EnhancedCode, enhancedStatusOf} from '@smtp-codes/parser';
 *
 * const status: EnhancedCode | null = enhancedStatusOf({enhanced: '4.2.2'});
 * //=> {class: 4, subject: 2, detail: 2}
 * ```
 */
export interface EnhancedCode {
  /** 2 success, 4 persistent transient failure, 5 permanent failure. */
  class: 2 | 4 | 5;
  subject: number;
  detail: number;
}

/**
 * A reply, or just its code.
 *
 * @example
 * ```
 * import {type CodeLike, severityOf} from '@smtp-codes/parser';
 *
 * const inputs: CodeLike[] = [550, {code: 250}];
 * inputs.map(severityOf);
 * //=> ['permanent-negative', 'positive-completion']
 * ```
 */
export type CodeLike = number | Pick<Reply, 'code'>;

const SEVERITIES: readonly (Severity | undefined)[] = [
  undefined,
  undefined,
  'positive-completion',
  'positive-intermediate',
  'transient-negative',
  'permanent-negative',
];

const CATEGORIES: readonly Category[] = ['syntax', 'information', 'connections', 'unspecified', 'unspecified', 'mail-system'];

function codeOf(reply: CodeLike): number | undefined {
  const code = typeof reply === 'number' ? reply : reply?.code;
  return typeof code === 'number' && Number.isInteger(code) && code >= 0 && code <= 999 ? code : undefined;
}

/**
 * What the first digit says (RFC 5321 §4.2.1). `undefined` for a first digit other than 2-5.
 *
 * @example
 * ```
 * import {parseReply, severityOf} from '@smtp-codes/parser';
 *
 * severityOf(parseReply('451 4.7.1 Try again later\r\n'));
 * //=> 'transient-negative'
 * severityOf(250);
 * //=> 'positive-completion'
 * severityOf(600);
 * //=> undefined
 * ```
 */
export function severityOf(reply: CodeLike): Severity | undefined {
  const code = codeOf(reply);
  return code === undefined ? undefined : SEVERITIES[(code / 100) | 0];
}

/**
 * What the second digit says (RFC 5321 §4.2.1); x3z and x4z are unspecified there. `undefined` for
 * a second digit above 5.
 *
 * @example
 * ```
 * import {categoryOf} from '@smtp-codes/parser';
 *
 * categoryOf(550);
 * //=> 'mail-system'
 * categoryOf({code: 421});
 * //=> 'connections'
 * ```
 */
export function categoryOf(reply: CodeLike): Category | undefined {
  const code = codeOf(reply);
  return code === undefined ? undefined : CATEGORIES[((code / 10) | 0) % 10];
}

/** What `Status:` fields and `reply.enhanced` may hold: RFC 3463's syntax, leading zeros allowed. */
const LENIENT_SYNTAX: EnhancedSyntax = { leadingZeros: true };

/**
 * The parts of the enhanced code that fills `value[start, end)` exactly (1-3 digits each, class 2,
 * 4 or 5, leading zeros read as numbers), by the constants package's one reader of the syntax.
 * @internal Shared with dsn.ts.
 */
export function enhancedCodeIn(value: string, start: number, end: number): EnhancedCode | undefined {
  const token = readEnhanced(value, start, end, LENIENT_SYNTAX);
  if (token === undefined || token.end !== end || token.class === undefined) {
    return undefined;
  }
  return { class: token.class, subject: token.subject, detail: token.detail };
}

/**
 * The parts of `reply.enhanced`, or null when the reply has no enhanced code.
 *
 * @example
 * ```
 * import {enhancedStatusOf, parseReply} from '@smtp-codes/parser';
 *
 * enhancedStatusOf(parseReply('550 5.1.1 User unknown\r\n'));
 * //=> {class: 5, subject: 1, detail: 1}
 * enhancedStatusOf(parseReply('250 OK\r\n'));
 * //=> null
 * ```
 */
export function enhancedStatusOf(reply: Pick<Reply, 'enhanced'>): EnhancedCode | null {
  const value = reply?.enhanced;
  return typeof value === 'string' ? (enhancedCodeIn(value, 0, value.length) ?? null) : null;
}

/**
 * What a client should do next.
 *
 * @example
 * ```
 * import {type Action, classify} from '@smtp-codes/parser';
 *
 * const action: Action = classify({code: 451, enhanced: '4.7.1', text: 'later'}).action;
 * //=> 'retry'
 * ```
 */
export type Action = 'success' | 'intermediate' | 'retry' | 'fail';

/**
 * Why {@link classify} chose its action: the severity of the first digit, or one of the special
 * cases `service-closing` (421), `too-many-recipients` (552 read as 452) and `unknown-code`.
 *
 * @example
 * ```
 * import {classify, type ClassificationReason} from '@smtp-codes/parser';
 *
 * const reason: ClassificationReason = classify({code: 421, enhanced: null, text: 'closing'}).reason;
 * //=> 'service-closing'
 * ```
 */
export type ClassificationReason = Severity | 'service-closing' | 'too-many-recipients' | 'unknown-code';

/**
 * Advisory retry guidance for one reply.
 *
 * @example
 * ```
 * import {type Classification, classify, parseReply} from '@smtp-codes/parser';
 *
 * const guidance: Classification = classify(parseReply('221 2.0.0 Bye\r\n'));
 * //=> {action: 'success', closing: true, reason: 'positive-completion'}
 * ```
 */
export interface Classification {
  action: Action;
  /** The server closes the transmission channel after this reply (221, 421). */
  closing: boolean;
  reason: ClassificationReason;
}

const TOO_MANY_RECIPIENTS = 'too many recipients';

/** `phrase` (lowercase ASCII) occurs in `text`, ASCII letters compared without case. */
function includesCaseless(text: string, phrase: string): boolean {
  const last = text.length - phrase.length;
  outer: for (let i = 0; i <= last; i++) {
    for (let j = 0; j < phrase.length; j++) {
      let char = text.charCodeAt(i + j);
      if (char >= 0x41 && char <= 0x5a) {
        char += 0x20;
      }
      if (char !== phrase.charCodeAt(j)) {
        continue outer;
      }
    }
    return true;
  }
  return false;
}

/**
 * Advisory retry guidance (RFC 5321 §4.2.1, "interpret the first digit"): 2xx `success`, 3xx
 * `intermediate`, 4xx `retry`, 5xx `fail`; any other first digit `fail` (`unknown-code`: no client
 * should proceed on a reply it cannot read, and retrying it forever helps no one).
 *
 * Special cases:
 * - 421: `retry`, `closing: true`, `service-closing` (RFC 5321 §3.8). 221 is `success` with
 *   `closing: true`.
 * - 552 that means "too many recipients": `retry`, `too-many-recipients` (RFC 5321 §4.5.3.1.10:
 *   RFC 821 listed 552 for it, the correct code is 452, and clients SHOULD treat it as temporary).
 *   The rule: code 552 and either `enhanced` is `5.5.3` (RFC 3463: "Too many recipients") or
 *   `text` contains the phrase `too many recipients` (ASCII letters in any case, single spaces). There is no command
 *   context; both signals name this condition whatever the command.
 *
 * @example
 * ```
 * import {classify, parseReply} from '@smtp-codes/parser';
 *
 * classify(parseReply('250 2.1.5 Ok\r\n'));
 * //=> {action: 'success', closing: false, reason: 'positive-completion'}
 * classify(parseReply('421 4.7.0 Too many connections, closing\r\n'));
 * //=> {action: 'retry', closing: true, reason: 'service-closing'}
 * classify(parseReply('552 5.5.3 Too many recipients\r\n'));
 * //=> {action: 'retry', closing: false, reason: 'too-many-recipients'}
 * classify(parseReply('550 5.1.1 User unknown\r\n'));
 * //=> {action: 'fail', closing: false, reason: 'permanent-negative'}
 * ```
 */
export function classify(reply: Pick<Reply, 'code' | 'enhanced' | 'text'>): Classification {
  const code = reply.code;
  if (code === 421) {
    return { action: 'retry', closing: true, reason: 'service-closing' };
  }
  if (
    code === 552 &&
    (reply.enhanced === '5.5.3' || (typeof reply.text === 'string' && includesCaseless(reply.text, TOO_MANY_RECIPIENTS)))
  ) {
    return { action: 'retry', closing: false, reason: 'too-many-recipients' };
  }
  const severity = severityOf(code);
  switch (severity) {
    case 'positive-completion': {
      return { action: 'success', closing: code === 221, reason: severity };
    }
    case 'positive-intermediate': {
      return { action: 'intermediate', closing: false, reason: severity };
    }
    case 'transient-negative': {
      return { action: 'retry', closing: false, reason: severity };
    }
    case 'permanent-negative': {
      return { action: 'fail', closing: false, reason: severity };
    }
    default: {
      return { action: 'fail', closing: false, reason: 'unknown-code' };
    }
  }
}
