import { enMeanings as data } from '@smtp-codes/constants';
import { en as messages } from '../i18n/en.js';
import type { ExplainLanguage } from './language.js';

/** English: the default of explainFinding. */
export const en: ExplainLanguage = { locale: 'en', data, messages };
