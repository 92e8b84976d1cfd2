// Entry point `@smtp-codes/constants/locales/en`: only this language's texts.
export { en, enMeanings, enReasons } from '../generated/en.js';
export { enTitles } from '../generated/en-titles.js';
