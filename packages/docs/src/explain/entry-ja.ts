// explain-ja.js: the Japanese texts, loaded only by site/ja/explain.html.
import { ja } from '@smtp-codes/explain/ja';
import { registerLanguage } from './languages.js';

registerLanguage(ja);
