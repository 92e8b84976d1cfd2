// Entry point `@smtp-codes/constants/locales/ja`: only this language's texts.
export { ja, jaMeanings } from '../generated/ja.js';
export { jaTitles } from '../generated/ja-titles.js';
