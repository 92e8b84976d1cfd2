import { enMeanings as data, enReasons as reasons } from '@smtp-codes/constants';
import type { ExplainLanguage } from './language.js';
import { en as messages } from './messages/en.js';

/** English, for `explainFinding(finding, en)`. */
export const en: ExplainLanguage = { locale: 'en', data, reasons, messages };
