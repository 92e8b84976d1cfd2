// `@smtp-codes/explain/ru`: only Russian data and strings, no explanation code (that is in
// `@smtp-codes/explain`), so a page loads it only for Russian.

import { ruMeanings as data, ruReasons as reasons } from '@smtp-codes/constants/locales/ru';
import type { ExplainLanguage } from './language.js';
import { ru as messages } from './messages/ru.js';

/** Russian, for `explainFinding(finding, ru)`. */
export const ru: ExplainLanguage = { locale: 'ru', data, reasons, messages };
