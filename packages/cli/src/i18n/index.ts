// The command line's languages: each is an explanation language of @smtp-codes/explain with the
// command line's own strings added. The command line speaks all three, so it imports them all.

import type { LocaleId } from '@smtp-codes/constants';
import { type ExplainLanguage, en as explainEn } from '@smtp-codes/explain';
import { ja as explainJa } from '@smtp-codes/explain/ja';
import { ru as explainRu } from '@smtp-codes/explain/ru';
import { en } from './en.js';
import { ja } from './ja.js';
import { ru } from './ru.js';
import type { Messages } from './types.js';

/** An explanation language whose strings also cover the command line. */
export interface Language extends ExplainLanguage {
  readonly messages: Messages;
}

export const LANGUAGES: Readonly<Record<LocaleId, Language>> = {
  en: { ...explainEn, messages: en },
  ja: { ...explainJa, messages: ja },
  ru: { ...explainRu, messages: ru },
};

export type { CommandName, Messages } from './types.js';
export { en, ja, ru };
