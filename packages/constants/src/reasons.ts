import { own } from './codes.js';
import { deepFreeze } from './freeze.js';
import { enReasons } from './generated/en.js';
import { providers, reasonFacts } from './generated/reason-facts.js';
import type { LocaleId, ReasonTextData } from './locale.js';
import { localeArg } from './locale-arg.js';
import type { ProviderCodeFact, ReasonSeverity } from './types.js';

export interface ReasonDescription {
  readonly id: string;
  readonly constant: string;
  readonly severity: ReasonSeverity;
  readonly title: string;
  readonly description: string;
  /** What the sender should do. */
  readonly action: string;
  /** The names other tools give this reason, by tool: `{ sisimai: ['userunknown'] }`. */
  readonly aliases: Readonly<Record<string, readonly string[]>>;
  readonly locale: LocaleId;
}

export interface ProviderCodeDescription extends ProviderCodeFact {
  /** The provider's meaning, in the locale's language. */
  readonly meaning: string;
  readonly action: string;
}

export interface ProviderDescription {
  readonly id: string;
  readonly constant: string;
  readonly name: string;
  readonly url: string;
  readonly recognise: { readonly hosts: readonly string[]; readonly patterns: readonly string[] };
  readonly codes: readonly ProviderCodeDescription[];
  readonly locale: LocaleId;
}

const REASON_TABLES = ['reasons', 'providers'];

/**
 * A bounce reason in English or in the locale passed (`ja` or `jaReasons` from
 * `@smtp-codes/constants/locales/ja`, or `'en'`); undefined for an id the spec does not list. The
 * result is frozen; a locale that is not one throws a TypeError naming the import.
 *
 * @example
 * describeReason('user-unknown').title      //=> 'Recipient address does not exist'
 * describeReason('user-unknown', ja).title  //=> '宛先不明'
 * describeReason('mailbox-full')?.severity  //=> 'soft'
 */
export function describeReason(id: string, locale: ReasonTextData | 'en' = enReasons): ReasonDescription | undefined {
  const texts = localeArg(locale, enReasons, REASON_TABLES, 'Reasons');
  const fact = own(reasonFacts, id);
  const text = own(texts.reasons, id);
  if (!fact || !text) return undefined;
  return deepFreeze({
    id,
    constant: fact.constant,
    severity: fact.severity,
    title: text.title,
    description: text.description,
    action: text.action,
    aliases: fact.aliases,
    locale: texts.locale,
  });
}

/**
 * A provider with its documented codes, their meaning and action in English or the locale passed;
 * undefined for an id the spec does not list. Frozen, like every result.
 *
 * @example
 * describeProvider('gmail')?.name  //=> 'Gmail / Google Workspace'
 */
export function describeProvider(id: string, locale: ReasonTextData | 'en' = enReasons): ProviderDescription | undefined {
  const texts = localeArg(locale, enReasons, REASON_TABLES, 'Reasons');
  const fact = own(providers, id);
  const text = own(texts.providers, id);
  if (!fact || !text) return undefined;
  return deepFreeze({
    id: fact.id,
    constant: fact.constant,
    name: fact.name,
    url: fact.url,
    recognise: fact.recognise,
    codes: fact.codes.map((code, i) => ({ ...code, meaning: text.codes[i]?.meaning ?? '', action: text.codes[i]?.action ?? '' })),
    locale: texts.locale,
  });
}
