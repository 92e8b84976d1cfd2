// explain-ru.js: the Russian texts, loaded only by site/ru/explain.html.
import { ru } from '@smtp-codes/explain/ru';
import { registerLanguage } from './languages.js';

registerLanguage(ru);
