// `smtp-codes/explain/ru`: only Russian data and strings, no explanation code (that is in
// `smtp-codes/explain`), so a page loads it only for Russian.

import { ruMeanings as data } from '@smtp-codes/constants/locales/ru';
import { ru as messages } from '../i18n/ru.js';
import type { ExplainLanguage } from './language.js';

/** Russian, for `explainFinding(finding, ru)`. */
export const ru: ExplainLanguage = { locale: 'ru', data, messages };
