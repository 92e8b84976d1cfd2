import type { LocaleId } from '@smtp-codes/constants';
import { en } from './en.js';
import { ja } from './ja.js';
import { ru } from './ru.js';
import type { Messages } from './types.js';

export type { AdviceKey, CommandName, IssueKind, Messages } from './types.js';
export { en, ja, ru };

const ALL: Readonly<Record<LocaleId, Messages>> = { en, ja, ru };

/** The UI strings of a language; English for anything unknown. */
export function messagesFor(locale: string): Messages {
  return Object.hasOwn(ALL, locale) ? ALL[locale as LocaleId] : en;
}
