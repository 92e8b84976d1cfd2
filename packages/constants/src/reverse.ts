// From a name to a code: the constant's name (`MailboxUnavailable`) or the exact English title.
import type { EnhancedStatusValue, ReplyCodeValue } from './code-types.js';
import { own } from './codes.js';
import { enTitles } from './generated/en-titles.js';
import * as EnhancedStatusValues from './generated/enhanced-status.js';
import * as ReplyCodeValues from './generated/reply-code.js';

// Built on first use, so that an import that never looks up a title pays nothing at load time.
let replyByTitle: Map<string, ReplyCodeValue> | undefined;
let enhancedByTitle: Map<string, EnhancedStatusValue> | undefined;

function byTitle<C>(entries: Array<[string, string]>, toCode: (key: string) => C): Map<string, C> {
  // An empty title is a gap in the registry, not a name.
  return new Map(entries.flatMap(([key, title]) => (title === '' ? [] : [[title, toCode(key)] as [string, C]])));
}

/**
 * The basic reply code whose constant name or exact English title is given; undefined otherwise.
 *
 * @example
 * replyCodeFor('MailboxUnavailable')  //=> 550
 * replyCodeFor('Mailbox unavailable') //=> 550
 * replyCodeFor('mailbox unavailable') //=> undefined (titles match exactly)
 */
export function replyCodeFor(nameOrTitle: string): ReplyCodeValue | undefined {
  if (typeof nameOrTitle !== 'string') return undefined;
  const byName = own<ReplyCodeValue>(ReplyCodeValues, nameOrTitle);
  if (byName !== undefined) return byName;
  replyByTitle ??= byTitle(Object.entries(enTitles.replies), (key) => Number(key) as ReplyCodeValue);
  return replyByTitle.get(nameOrTitle);
}

/**
 * The enhanced status code (`X.s.d`) whose constant name or exact English title is given;
 * undefined otherwise.
 *
 * @example
 * enhancedStatusFor('MailboxFull')  //=> 'X.2.2'
 * enhancedStatusFor('Mailbox full') //=> 'X.2.2'
 */
export function enhancedStatusFor(nameOrTitle: string): EnhancedStatusValue | undefined {
  if (typeof nameOrTitle !== 'string') return undefined;
  const byName = own<EnhancedStatusValue>(EnhancedStatusValues, nameOrTitle);
  if (byName !== undefined) return byName;
  const entries = enTitles.enhanced.flatMap((row, s) => row.split('\n').map((title, d): [string, string] => [`X.${s}.${d}`, title]));
  enhancedByTitle ??= byTitle(entries, (key) => key as EnhancedStatusValue);
  return enhancedByTitle.get(nameOrTitle);
}
