// Entry point `@smtp-codes/constants/locales/ja`: only this language's texts.
export { ja, jaMeanings, jaReasons } from '../generated/ja.js';
export { jaTitles } from '../generated/ja-titles.js';
