// `@smtp-codes/explain/ja`: only Japanese data and strings, no explanation code (that is in
// `@smtp-codes/explain`), so a page loads it only for Japanese.

import { jaMeanings as data, jaReasons as reasons } from '@smtp-codes/constants/locales/ja';
import type { ExplainLanguage } from './language.js';
import { ja as messages } from './messages/ja.js';

/** Japanese, for `explainFinding(finding, ja)`. */
export const ja: ExplainLanguage = { locale: 'ja', data, reasons, messages };
