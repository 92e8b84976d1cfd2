// Entry point `@smtp-codes/constants/locales/ru`: only this language's texts.
export { ru, ruMeanings, ruReasons } from '../generated/ru.js';
export { ruTitles } from '../generated/ru-titles.js';
