// explain-en.js: the English texts, loaded only by site/en/explain.html.
import { en } from '@smtp-codes/explain';
import { registerLanguage } from './languages.js';

registerLanguage(en);
